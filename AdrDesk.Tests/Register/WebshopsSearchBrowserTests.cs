using System.Text.RegularExpressions;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.Register;

/// <summary>
/// The public list of affiliated webshops (D18) searched by a visitor: in place once the page is interactive, and as a
/// plain GET (/webshops?q=…) rendered by the server when the page is not (yet) interactive: the lab's load runner found
/// a search pressed while the page connected, which reloaded the page and lost the words.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class WebshopsSearchBrowserTests(AppHost app, BrowserFixture browser)
{
    private const string Names = "section[aria-labelledby=affiliated-title] tbody td[data-label='Statutaire naam']";

    // Other tests of the shared app add webshops: take a name no other name on the page contains.
    private static string Unique(IReadOnlyList<string> names)
    {
        var trimmed = names.Select(n => n.Trim()).ToList();
        Assert.True(trimmed.Count >= 2, $"the test needs two webshops in the register, found {trimmed.Count}");
        return trimmed.First(n => trimmed.Count(m => m.Contains(n, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    // The list shows the name searched for, and only webshops whose name holds it (it is no other's web address or KvK number).
    private static async Task OnlyMatchingAsync(IPage page, string name)
    {
        await page.WaitForFunctionAsync(
            "([sel, n]) => { const cells = [...document.querySelectorAll(sel)]; return cells.length > 0 && cells.every(td => td.textContent.toLowerCase().includes(n.toLowerCase())); }",
            new object[] { Names, name }, new() { Timeout = 20_000 });
        Assert.Contains(name, (await page.Locator(Names).AllTextContentsAsync()).Select(t => t.Trim()));
    }

    [Fact, Trait("Rule", "D18")]
    public async Task Without_script_a_search_is_sent_as_q_and_the_server_shows_the_matching_webshops()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, JavaScriptEnabled = false, Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("webshops");
            var all = await page.Locator(Names).AllTextContentsAsync();
            var name = Unique(all);

            await page.Locator("#webshop-search").FillAsync(name);
            await page.Locator("#webshop-search").PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(new Regex("/webshops\\?q="));
            await OnlyMatchingAsync(page, name);
            await Expect(page.Locator("#webshop-search")).ToHaveValueAsync(name);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact, Trait("Rule", "D18")]
    public Task Once_interactive_a_search_shows_the_matching_webshops_in_place_and_a_q_link_opens_searched() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("webshops");
            await BrowserFixture.WaitForInteractiveAsync(page);
            var all = await page.Locator(Names).AllTextContentsAsync();
            var name = Unique(all);

            await page.Locator("#webshop-search").FillAsync(name);
            await page.Locator("#webshop-search").PressAsync("Enter");
            await OnlyMatchingAsync(page, name);
            Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal); // searched in the circuit, not by a reload

            await page.GotoAsync($"webshops?q={Uri.EscapeDataString(name)}");
            await OnlyMatchingAsync(page, name);
            await Expect(page.Locator("#webshop-search")).ToHaveValueAsync(name);
        });
}
