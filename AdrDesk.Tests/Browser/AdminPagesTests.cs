using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed class AdminPagesTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task Admin_users_page_lists_the_demo_accounts_with_their_roles() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await page.GotoAsync("admin/users");

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "beoordelaar@demo.adrdesk.nl" });
            await Assertions.Expect(row).ToContainTextAsync("mr. Eva Bakker");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "admin@demo.adrdesk.nl" })).ToContainTextAsync("Beheerder");
        });
}
