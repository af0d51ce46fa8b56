using AdrDesk.Domain.Mediation;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>
/// Issue 16 item 2: the shell at a phone's width (390 px), a tablet's and a desktop's. Each role's main page is opened
/// at 390 px, photographed into TestResults/screenshots/responsive/ and fails on a horizontal page scroll. Pages that
/// still overflow wait for their screen's conversion to MudBlazor (<see cref="StillOverflowing"/>); they are
/// photographed and measured too, and the list shrinks as screens move over.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class ResponsiveShellTests(AppHost app, BrowserFixture browser)
{
    private const int Phone = 390;

    /// <summary>Pages measured wider than 390 px on 2026-12-06, before their screens are converted.</summary>
    public static readonly string[] StillOverflowing =
    [
    ];

    public static TheoryData<string, string> MainPages() => new()
    {
        { "", "/" },
        { "", "/account/login" },
        { "consument@demo.adrdesk.nl", "/" },
        { "consument@demo.adrdesk.nl", "/my-cases" },
        { "webshop@demo.adrdesk.nl", "/my-cases" },
        { "beoordelaar@demo.adrdesk.nl", "/workbench" },
        { "mediator@demo.adrdesk.nl", "/mediations" },
        { "mediator@demo.adrdesk.nl", "/agenda" },
        { "balie@demo.adrdesk.nl", "/desk" },
        { "balie@demo.adrdesk.nl", "/register" },
        { "balie@demo.adrdesk.nl", "/desk/print-queue" },
        { "admin@demo.adrdesk.nl", "/admin/users" },
        { "admin@demo.adrdesk.nl", "/admin/outbox" },
    };

    [Theory, MemberData(nameof(MainPages))]
    public Task Main_page_at_390_px_has_no_horizontal_page_scroll(string email, string path) =>
        browser.RunAsync(app, async page =>
        {
            if (email.Length > 0)
            {
                // Signed in at 1280 px: SignInAsync waits for the person's name, which the phone header leaves out.
                await BrowserFixture.SignInAsync(page, email, DemoAccounts.Password);
            }
            await page.SetViewportSizeAsync(Phone, 844);
            await page.GotoAsync(path.TrimStart('/'));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
            if (!path.StartsWith("/account", StringComparison.Ordinal))
            {
                await BrowserFixture.WaitForInteractiveAsync(page);
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (scroll, client) = await WidthsAsync(page);
            await ShootAsync(page, $"390-{(email.Length > 0 ? email.Split('@')[0] : "anonymous")}{path.Replace('/', '-')}");

            var key = $"{email}{path}";
            if (StillOverflowing.Contains(key))
            {
                Assert.True(scroll > client, $"{key} no longer overflows at 390 px ({scroll} ≤ {client}): take it off StillOverflowing");
            }
            else
            {
                Assert.True(scroll <= client, $"{key} scrolls sideways at 390 px: the page is {scroll} px wide in a {client} px viewport");
            }
        }, $"{nameof(Main_page_at_390_px_has_no_horizontal_page_scroll)}-{email}{path.Replace('/', '-')}");

    [Fact]
    public Task At_390_px_the_menu_is_behind_a_button_and_its_links_still_navigate() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            await page.SetViewportSizeAsync(Phone, 844);
            await page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
            await Assertions.Expect(nav).Not.ToBeInViewportAsync();
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
            var box = await menu.BoundingBoxAsync();
            Assert.True(box is { Width: >= 44, Height: >= 44 }, $"menu button {box?.Width}×{box?.Height}");

            await menu.ClickAsync();
            await Assertions.Expect(nav).ToBeInViewportAsync();
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
            var link = nav.GetByRole(AriaRole.Link, new() { Name = "Register" });
            var linkBox = await link.BoundingBoxAsync();
            Assert.True(linkBox is { Height: >= 44 }, $"menu link {linkBox?.Height} px high");
            await AxeCheck.AssertNoSeriousViolationsAsync(page);
            await ShootAsync(page, "390-balie-menu-open");

            await link.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
            await Assertions.Expect(nav).Not.ToBeInViewportAsync();
            var (scroll, client) = await WidthsAsync(page);
            Assert.True(scroll <= client, $"the shell scrolls sideways at 390 px: {scroll} > {client}");
        });

    [Fact]
    public Task At_390_px_the_menu_button_works_on_a_statically_rendered_account_page() =>
        browser.RunAsync(app, async page =>
        {
            await page.SetViewportSizeAsync(Phone, 844);
            await page.GotoAsync("account/login");
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            await Assertions.Expect(nav).Not.ToBeInViewportAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Start" })).ToBeInViewportAsync();
        });

    [Theory]
    [InlineData(768)]
    [InlineData(1366)]
    public Task The_shell_at_tablet_and_desktop_width_passes_axe_without_page_scroll(int width) =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            await page.SetViewportSizeAsync(width, 900);
            await page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
            if (width >= 960)
            {
                // Permanent drawer: no button.
                await Assertions.Expect(nav).ToBeInViewportAsync();
                await Assertions.Expect(menu).ToBeHiddenAsync();
            }
            else
            {
                await Assertions.Expect(nav).Not.ToBeInViewportAsync();
                await menu.ClickAsync();
                await Assertions.Expect(nav).ToBeInViewportAsync();
            }
            await AxeCheck.AssertNoSeriousViolationsAsync(page);
            await AssertTouchTargetsAsync(page, width);
            var (scroll, client) = await WidthsAsync(page);
            Assert.True(scroll <= client, $"the shell scrolls sideways at {width} px: {scroll} > {client}");
            await ShootAsync(page, $"{width}-balie-home");
        }, $"{nameof(The_shell_at_tablet_and_desktop_width_passes_axe_without_page_scroll)}-{width}");

    [Fact]
    public Task The_shell_at_390_px_passes_axe() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "beoordelaar@demo.adrdesk.nl", DemoAccounts.Password);
            await page.SetViewportSizeAsync(Phone, 844);
            await page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            await AxeCheck.AssertNoSeriousViolationsAsync(page);
            await AssertTouchTargetsAsync(page, Phone);
            // The menu's links too, once the drawer is open.
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })).ToBeInViewportAsync();
            await AssertTouchTargetsAsync(page, Phone);
        });

    [Theory]
    [InlineData(Phone)]
    [InlineData(768)]
    [InlineData(1366)]
    public Task An_anonymous_visitors_header_has_44_px_touch_targets(int width) =>
        browser.RunAsync(app, async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync("");
            await BrowserFixture.WaitForInteractiveAsync(page);
            await AssertTouchTargetsAsync(page, width);
            await page.GotoAsync("account/login");
            await Assertions.Expect(page.GetByLabel("E-mailadres")).ToBeVisibleAsync();
            await AssertTouchTargetsAsync(page, width);
            var submit = await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).BoundingBoxAsync();
            Assert.True(submit is { Height: >= 44 }, $"the sign-in button is {submit?.Height} px high");
            var field = await page.GetByLabel("E-mailadres").BoundingBoxAsync();
            Assert.True(field is { Height: >= 44 }, $"the e-mail field is {field?.Height} px high");
            var (scroll, client) = await WidthsAsync(page);
            Assert.True(scroll <= client, $"the login page scrolls sideways at {width} px: {scroll} > {client}");
            await ShootAsync(page, $"{width}-anonymous-login");
        }, $"{nameof(An_anonymous_visitors_header_has_44_px_touch_targets)}-{width}");

    /// <summary>
    /// Issue 16 item 2: the mediator's slot proposal (M5, M7) on a phone. Every button of the form (the pickers' own, "add",
    /// "send") is at least 44 × 44 px; the duration has no spin buttons (MudBlazor's are far under 44 px), it is typed, and
    /// the arrow keys still step it by 15 minutes. Nothing is proposed: the demo mediation stays as it was.
    /// </summary>
    [Fact, Trait("Rule", "M5")]
    public Task At_390_px_the_mediators_slot_proposal_has_44_px_targets_and_a_typed_duration() =>
        browser.RunAsync(app, async page =>
        {
            var number = await MediationWithSlotFormAsync();
            // A two-digit count on the bell: it used to widen the header beside the icon and push the sign-out button past
            // a 390-px screen (seen in a full run, where earlier tests had left the mediator unread notices).
            await UnreadNoticesAsync("mediator@demo.adrdesk.nl", number, 12);
            await BrowserFixture.SignInAsync(page, "mediator@demo.adrdesk.nl", DemoAccounts.Password);
            await page.SetViewportSizeAsync(Phone, 844);
            await page.GotoAsync($"mediations/{number}");
            await BrowserFixture.WaitForInteractiveAsync(page);
            var form = page.GetByRole(AriaRole.Region, new() { Name = "Tijdstippen voorstellen" });
            await form.ScrollIntoViewIfNeededAsync();
            var duration = form.GetByLabel("Duur (minuten)");
            await Assertions.Expect(duration).ToHaveValueAsync("120");

            Assert.Equal(0, await form.Locator(".mud-input-numeric-spin button").CountAsync());
            var small = await form.EvaluateAsync<string[]>(@"f => [...f.querySelectorAll('button, a')]
                .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.height < 44 || r.width < 44)
                .map(([e, r]) => `${(e.getAttribute('aria-label') || e.textContent || e.className || '').trim()} ${Math.round(r.width)}x${Math.round(r.height)}`)");
            Assert.True(small.Length == 0, "touch targets under 44 px in the slot proposal at 390 px:\n" + string.Join("\n", small));

            await duration.FocusAsync();
            await duration.PressAsync("ArrowUp");
            await Assertions.Expect(duration).ToHaveValueAsync("135");
            await duration.FillAsync("90");
            await duration.PressAsync("Tab");
            await Assertions.Expect(duration).ToHaveValueAsync("90");
            var (scroll, client) = await WidthsAsync(page);
            // What widens the page: elements past the screen's edge that are not inside a box that scrolls sideways itself.
            var wide = await page.EvaluateAsync<string[]>(@"w => {
                const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > w + 0.5 && !scrolls(e))
                  .slice(0, 12).map(e => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} right ${Math.round(e.getBoundingClientRect().right)} position ${getComputedStyle(e).position}`); }", client);
            Assert.True(scroll <= client, $"the mediation page scrolls sideways at 390 px: {scroll} > {client}:\n" + string.Join("\n", wide));
            await ShootAsync(page, "390-mediator-propose-slots");
        });

    private async Task UnreadNoticesAsync(string email, string number, int count)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        for (var i = 0; i < count; i++)
            db.Add(new UserNotification
            {
                Id = Guid.NewGuid(), UserId = user, CaseNumber = number, Kind = "MessagePosted", Link = "/mediations/" + number,
                CreatedAt = DateTimeOffset.UtcNow,
            });
        await db.SaveChangesAsync();
    }

    /// <summary>A demo mediation of the demo mediator where the slot form shows (positions exchanged or in joint sessions).</summary>
    private async Task<string> MediationWithSlotFormAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var mediator = await db.Users.Where(u => u.Email == "mediator@demo.adrdesk.nl").Select(u => u.Id).SingleAsync();
        var cases = await db.Set<MediationCase>().AsNoTracking().Where(c => c.MediatorId == mediator).ToListAsync();
        var found = cases.FirstOrDefault(c => c.State is MediationState.PositionsExchanged or MediationState.JointSessions)
            ?? throw new InvalidOperationException("the demo data has no mediation of mediator@demo in PositionsExchanged or JointSessions");
        return found.Number.ToString();
    }

    /// <summary>Issue 16 item 6: every visible link and button of the header and the menu is at least 44 × 44 px (WCAG 2.5.5).</summary>
    private static async Task AssertTouchTargetsAsync(IPage page, int width)
    {
        var small = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('.adr-appbar a, .adr-appbar button, .adr-nav a')]
            .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
            .map(e => [e, e.getBoundingClientRect()])
            .filter(([e, r]) => r.height < 44 || r.width < 44)
            .map(([e, r]) => `${(e.getAttribute('aria-label') || e.textContent || '').trim()} ${Math.round(r.width)}x${Math.round(r.height)}`)");
        Assert.True(small.Length == 0, $"touch targets under 44 px at {width} px:\n" + string.Join("\n", small));
    }

    private static async Task<(int Scroll, int Client)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "responsive");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
