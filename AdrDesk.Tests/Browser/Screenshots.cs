using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>Runs only when ADRDESK_SCREENSHOTS=1, so a normal test run leaves docs/ untouched.</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") != "1")
        {
            Skip = "Set ADRDESK_SCREENSHOTS=1 to refresh docs/img.";
        }
    }
}

/// <summary>
/// The README's screenshots, 1280 wide: <c>ADRDESK_SCREENSHOTS=1 dotnet test AdrDesk.Tests --filter Screenshots</c>.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class Screenshots(AppHost app, BrowserFixture browser)
{
    private static string Folder => Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img");

    [ScreenshotFact]
    public Task Docs_screenshots_of_home_login_and_admin_home() =>
        browser.RunAsync(app, async page =>
        {
            Directory.CreateDirectory(Folder);
            await page.GotoAsync("");
            await ShootAsync(page, "home.png");

            await page.GotoAsync("account/login");
            await ShootAsync(page, "login.png");

            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeVisibleAsync();
            await ShootAsync(page, "admin-home.png");
        });

    private static async Task ShootAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name) });
    }
}
