using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>
/// The README's screenshots, 1280 wide. Every run takes them (into TestResults/screenshots) and checks
/// each page rendered; with ADRDESK_SCREENSHOTS=1 they go to docs/img instead, to refresh the docs:
/// <c>ADRDESK_SCREENSHOTS=1 dotnet test AdrDesk.Tests --filter Screenshots</c>.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class Screenshots(AppHost app, BrowserFixture browser)
{
    private static string Folder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img")
        : Path.Combine(AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots");

    [Fact]
    public Task Docs_screenshots_of_home_login_and_admin_home() =>
        browser.RunAsync(app, async page =>
        {
            Directory.CreateDirectory(Folder);
            await page.GotoAsync("");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await ShootAsync(page, "home.png");

            await page.GotoAsync("account/login");
            await Assertions.Expect(page.GetByLabel("E-mailadres")).ToBeVisibleAsync();
            await ShootAsync(page, "login.png");

            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeVisibleAsync();
            await ShootAsync(page, "admin-home.png");

            await page.GotoAsync("admin/users");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "admin@demo.adrdesk.nl" })).ToBeVisibleAsync();
            await ShootAsync(page, "admin-users.png");

            await page.GotoAsync("admin/outbox");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitgaande e-mail" })).ToBeVisibleAsync();
            await ShootAsync(page, "admin-outbox.png");
        });

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var path = Path.Combine(Folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty");
    }
}
