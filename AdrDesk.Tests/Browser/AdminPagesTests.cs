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

    [Fact]
    public Task Admin_creates_a_staff_account_in_a_dialog_and_links_a_business_account_to_its_webshop() =>
        browser.RunAsync(app, async page =>
        {
            // A fresh business account: the demo webshop account stays linked to its own shop for other tests.
            var shopEmail = await app.CreateUserAsync(AdrDesk.Security.Roles.Business, displayName: "Mode Medewerker");
            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await page.GotoAsync("admin/users");
            await BrowserFixture.WaitForInteractiveAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw medewerkersaccount" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Volledige naam").FillAsync("mr. Nieuwe Collega");
            await dialog.GetByLabel("E-mailadres").FillAsync("collega@desk.example");
            await dialog.GetByText("Mediator", new() { Exact = true }).ClickAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots", "admin-new-staff.png") });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "collega@desk.example" })).ToContainTextAsync("Mediator");

            var webshopRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = shopEmail });
            await webshopRow.GetByRole(AriaRole.Button, new() { Name = "Koppelen aan organisatie" }).ClickAsync();
            var linkDialog = page.GetByRole(AriaRole.Dialog);
            await linkDialog.GetByLabel("Zoek in het register (naam, website of KvK-nummer)").FillAsync("Mode & Meer");
            // Wait for the filtered list before clicking: the unfiltered one re-renders under the pointer.
            var choices = linkDialog.GetByRole(AriaRole.Listitem);
            await Assertions.Expect(choices).ToHaveCountAsync(1);
            await choices.GetByRole(AriaRole.Button).Filter(new() { HasText = "Mode & Meer" }).ClickAsync();
            await Assertions.Expect(linkDialog).ToHaveCountAsync(0);
            await Assertions.Expect(webshopRow).ToContainTextAsync("Mode & Meer");
        });
}
