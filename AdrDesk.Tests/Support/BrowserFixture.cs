using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Support;

/// <summary>
/// One headless Chromium (the Debian package) per test run; each test gets a fresh context
/// (no cookies, Dutch) through <see cref="RunAsync"/>, which saves a screenshot to
/// TestResults/screenshots/ when the test fails.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("ADRDESK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static string ScreenshotFolder => Path.Combine(AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // Expect() waits 5 s by default: too short when CI's 2 cores also run the app and Chromium.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A new context (own cookies) and page at <paramref name="baseUrl"/>, 1280 wide.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "nl-NL",
        });
        // Generous: CI has 2 cores shared by the app, Chromium and the parallel test collections.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a fresh page; on failure saves
    /// TestResults/screenshots/{test name}.png and rethrows. The context is closed afterwards.
    /// </summary>
    public async Task RunAsync(AppHost app, Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        var page = await NewPageAsync(app.BaseUrl);
        // An uncaught script error or a Blazor error in the console fails the test: a broken
        // circuit often shows nothing else. Failed resource loads (a 404 page) are expected.
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                scriptErrors.Add(message.Text);
            }
        };
        try
        {
            await test(page);
            Assert.True(scriptErrors.Count == 0, "Script errors in the page:\n" + string.Join("\n", scriptErrors));
        }
        catch
        {
            try
            {
                Directory.CreateDirectory(ScreenshotFolder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
            }
            catch (PlaywrightException) { /* the page may be gone; the original failure matters */ }
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Signs in through the login form and waits until the header shows the person.</summary>
    /// <summary>Waits until the page's circuit is up (MainLayout marks the body): clicks before that hit the prerendered page.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("body[data-circuit='up']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Keys shown on the set-up page, by e-mail address, as the person's authenticator app would keep them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SetUpKeys = new();

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await PassSecondFactorAsync(page, email: email);
        await page.GetByTestId("signed-in-user").WaitForAsync();
    }

    /// <summary>
    /// Issue 19 item 3: after the password, staff pass the second step. An account with the authenticator on (the demo
    /// staff and <see cref="AppHost.CreateUserAsync"/>'s staff use <see cref="AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey"/>)
    /// gets the code page; a staff account without it the set-up page, where the key shown is read as a person's app reads it.
    /// Anyone else is already signed in.
    /// </summary>
    public static async Task PassSecondFactorAsync(IPage page, string? key = null, string? email = null)
    {
        // Identity's authenticator provider checks codes on the real clock (DateTime.UtcNow), not on the app's
        // TimeProvider, so a journey that moves the app's clock weeks ahead still needs a code of now.
        static DateTimeOffset Now() => DateTimeOffset.UtcNow;
        var code = page.Locator("#two-factor-code");
        await page.Locator("[data-testid='signed-in-user'], #two-factor-code").First.WaitForAsync();
        if (await code.CountAsync() == 0) return;
        var setupKey = page.GetByTestId("authenticator-key");
        if (await setupKey.CountAsync() > 0)
        {
            var shown = (await setupKey.InnerTextAsync()).Replace(" ", "");
            // The person's app keeps this key: the next sign-in of the same account (after a cookie expired) needs it.
            if (email is not null) SetUpKeys[email.ToLowerInvariant()] = shown;
            await code.FillAsync(Totp.Code(shown, Now()));
            await page.GetByRole(AriaRole.Button, new() { Name = "Inschakelen" }).ClickAsync();
            await page.GetByTestId("recovery-codes").WaitForAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
            return;
        }
        key ??= email is not null && SetUpKeys.TryGetValue(email.ToLowerInvariant(), out var setUp) ? setUp : null;
        await code.FillAsync(Totp.Code(key ?? AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey, Now()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
