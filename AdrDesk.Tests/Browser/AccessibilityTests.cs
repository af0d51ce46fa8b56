using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed class AccessibilityTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData("")]
    [InlineData("account/login")]
    [InlineData("account/register")]
    [InlineData("account/forgot-password")]
    [InlineData("no-such-page")]
    public Task Page_has_no_serious_or_critical_axe_violations(string path) =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync(path);
            await AssertNoSeriousViolationsAsync(page);
        }, nameof(Page_has_no_serious_or_critical_axe_violations) + path.Replace('/', '-'));

    [Fact]
    public Task Admin_home_and_outbox_have_no_serious_or_critical_axe_violations() =>
        browser.RunAsync(app, async page =>
        {
            await AddOutboxRowsInEveryStateAsync();
            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await AssertNoSeriousViolationsAsync(page);

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Uitgaande e-mail" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitgaande e-mail" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Mislukt", new() { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("In de wachtrij (pogingen: 1)").First).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(page);
        });

    /// <summary>A sent, a pending and a given-up mail, so every status badge is on the outbox page.</summary>
    private async Task AddOutboxRowsInEveryStateAsync()
    {
        // Dated a day ahead so that they head the newest-first list, whatever mail other tests add meanwhile.
        var now = DateTimeOffset.UtcNow.AddDays(1);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var sent = OutboxMessage.Create("a11y-sent@test.adrdesk.nl", "Verzonden", "Badge verstuurd", "tekst", "nl", now);
        sent.MarkSent(now, "a11y.eml");
        var pending = OutboxMessage.Create("a11y-pending@test.adrdesk.nl", "Wachtend", "Badge wachtrij", "tekst", "nl", now);
        pending.MarkFailed(now, "tijdelijk"); // due a day from now: the dispatcher leaves it
        var gaveUp = OutboxMessage.Create("a11y-gaveup@test.adrdesk.nl", "Opgegeven", "Badge opgegeven", "tekst", "nl", now);
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            gaveUp.MarkFailed(now, "blijvend");
        }
        db.Outbox.AddRange(sent, pending, gaveUp);
        await db.SaveChangesAsync();
    }

    private static Task AssertNoSeriousViolationsAsync(IPage page) => AxeCheck.AssertNoSeriousViolationsAsync(page);
}
