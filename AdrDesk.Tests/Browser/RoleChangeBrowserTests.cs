using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Browser;

/// <summary>Issue 19 item 3: a role the admin removes is gone from the person's open page without a reload.</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class RoleChangeBrowserTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task An_admin_removes_a_role_and_the_colleagues_open_page_loses_access_without_reload() =>
        browser.RunAsync(app, async admin =>
        {
            var name = "Collega " + Guid.NewGuid().ToString("N")[..6];
            var email = await app.CreateUserAsync(Roles.CaseManager, displayName: name);
            var colleague = await browser.NewPageAsync(app.BaseUrl);
            try
            {
                await BrowserFixture.SignInAsync(colleague, email, AppHost.TestPassword);
                await colleague.GotoAsync("desk");
                await BrowserFixture.WaitForInteractiveAsync(colleague);
                await Assertions.Expect(colleague).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk$"));

                await BrowserFixture.SignInAsync(admin, "admin@demo.adrdesk.nl", DemoAccounts.Password);
                await admin.GotoAsync("admin/users");
                await BrowserFixture.WaitForInteractiveAsync(admin);
                var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
                await row.GetByRole(AriaRole.Button, new() { Name = $"Rollen van {name} wijzigen" }).ClickAsync();
                var dialog = admin.GetByRole(AriaRole.Dialog);
                await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Balie" }).UncheckAsync();
                await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Consument" }).CheckAsync();
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
                await Assertions.Expect(dialog).ToContainTextAsync("Eraf: Balie");
                await Assertions.Expect(dialog).ToContainTextAsync("Erbij: Consument");
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Rollen wijzigen" }).ClickAsync();
                await Assertions.Expect(row).ToContainTextAsync("Consument");
                await Assertions.Expect(row).Not.ToContainTextAsync("Balie");

                // No reload of the colleague's page: its circuit is told and signs out, which sends it to the login.
                await Assertions.Expect(colleague).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("account/login"), new() { Timeout = 60_000 });
            }
            finally
            {
                await colleague.Context.CloseAsync();
            }
        });
}
