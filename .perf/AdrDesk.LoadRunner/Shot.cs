using Microsoft.Playwright;

namespace AdrDesk.LoadRunner;

/// <summary>
/// `AdrDesk.LoadRunner shot --url URL --account EMAIL --path PATH --out FILE.png [--html FILE]`: signs in,
/// opens the page, waits for the circuit, and saves a screenshot (and the DOM), to look at what a script drives.
/// </summary>
public static class Shot
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback = "") => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var url = Arg("--url").TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var context = await browser.NewContextAsync(new() { BaseURL = url + "/", Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        if (Arg("--account") is { Length: > 0 } account)
        {
            await page.GotoAsync("account/login");
            await page.Locator("#email").FillAsync(account);
            await page.Locator("#password").FillAsync(LoadLab.DemoPassword);
            await page.Locator("form button[type=submit]").ClickAsync();
            await LoadLab.PassSecondFactorAsync(page);
            await page.GetByTestId("signed-in-user").WaitForAsync(new() { Timeout = 30_000 });
        }
        await page.GotoAsync(Arg("--path"));
        await page.WaitForFunctionAsync("() => document.body.getAttribute('data-circuit') === 'up'", null, new() { Timeout = 30_000 });
        await Task.Delay(1500);
        await page.ScreenshotAsync(new() { Path = Arg("--out", "shot.png"), FullPage = true });
        if (Arg("--html") is { Length: > 0 } html) await File.WriteAllTextAsync(html, await page.ContentAsync());
        Console.WriteLine($"{page.Url}: {Arg("--out", "shot.png")}");
        return 0;
    }
}
