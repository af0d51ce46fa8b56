using Microsoft.Extensions.DependencyInjection;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed class SignInTests(AppHost app, BrowserFixture browser)
{
    private static readonly string[] AdminEntries = ["Uitgaande e-mail", "Gebruikers"];

    public static TheoryData<string> EveryRole() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public Task Demo_user_of_each_role_signs_in_sees_own_navigation_and_signs_out(string role) =>
        browser.RunAsync(app, async page =>
        {
            var (email, name, _, _) = DemoAccounts.All.First(a => a.Role == role);

            await BrowserFixture.SignInAsync(page, email, DemoAccounts.Password);

            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(name);
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Start" })).ToBeVisibleAsync();
            foreach (var entry in AdminEntries)
            {
                var link = nav.GetByRole(AriaRole.Link, new() { Name = entry });
                if (role == Roles.Admin)
                {
                    await Assertions.Expect(link).ToBeVisibleAsync();
                }
                else
                {
                    await Assertions.Expect(link).ToHaveCountAsync(0);
                }
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inloggen", Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
            foreach (var entry in AdminEntries)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = entry })).ToHaveCountAsync(0);
            }
        }, $"{nameof(Demo_user_of_each_role_signs_in_sees_own_navigation_and_signs_out)}_{role}");

    [Fact, Trait("Issue", "19")]
    public Task Wrong_passwords_are_throttled_alike_for_known_and_unknown_addresses_and_lock_no_account() =>
        browser.RunAsync(app, async page =>
        {
            var email = await app.CreateUserAsync();
            foreach (var address in new[] { email, "niemand-" + Guid.NewGuid().ToString("N")[..8] + "@test.adrdesk.nl" })
            {
                for (var attempt = 1; attempt <= 5; attempt++)
                {
                    await SubmitLoginAsync(page, address, "Niet-het-wachtwoord-1");
                    await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("E-mailadres of wachtwoord is onjuist.");
                }
                // The sixth try, even with the right password, waits: the same words for an address without an account.
                await SubmitLoginAsync(page, address, AppHost.TestPassword);
                await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Te veel mislukte pogingen met dit e-mailadres");
                await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
            }

            // Nothing was locked: the account itself is as it was (a stranger's guesses cannot lock its owner out).
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AdrDesk.Infrastructure.Identity.AppUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.False(await users.IsLockedOutAsync(user!));
            Assert.Equal(0, await users.GetAccessFailedCountAsync(user!));
        });

    [Fact]
    public Task Unknown_address_gets_the_same_message_as_a_wrong_password() =>
        browser.RunAsync(app, async page =>
        {
            await SubmitLoginAsync(page, "niemand@test.adrdesk.nl", "Wat-dan-ook-1");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("E-mailadres of wachtwoord is onjuist.");
        });

    [Fact]
    public Task Consumer_opening_a_staff_page_sees_access_denied_and_not_the_content() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "consument@demo.adrdesk.nl", DemoAccounts.Password);

            var response = await page.GotoAsync("admin/outbox");

            await Assertions.Expect(page.GetByText("U heeft geen toegang tot deze pagina.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitgaande e-mail" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("main table, main .mud-table")).ToHaveCountAsync(0);
            Assert.DoesNotContain("@demo.adrdesk.nl", await page.Locator("main").InnerTextAsync());
            Assert.NotNull(response);
        });

    [Fact]
    public Task Anonymous_visitor_of_a_staff_page_is_sent_to_the_login_and_back_after_signing_in() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("admin/users");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?returnUrl=%2Fadmin%2Fusers", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

            await page.GetByLabel("E-mailadres").FillAsync("admin@demo.adrdesk.nl");
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await BrowserFixture.PassSecondFactorAsync(page); // staff: the authenticator's code (issue 19 item 3), then back

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers" })).ToBeVisibleAsync();
        });

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public Task Sign_in_with_an_off_site_return_url_stays_on_the_site(string returnUrl) =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync($"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
            await page.GetByLabel("E-mailadres").FillAsync("consument@demo.adrdesk.nl");
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

            await page.GetByTestId("signed-in-user").WaitForAsync();
            Assert.StartsWith(app.BaseUrl, page.Url);
        }, nameof(Sign_in_with_an_off_site_return_url_stays_on_the_site) + returnUrl.Length);

    private static async Task SubmitLoginAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
