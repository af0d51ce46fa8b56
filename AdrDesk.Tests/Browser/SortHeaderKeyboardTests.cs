using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>
/// Issue 16 (keyboard): a MudTable sort header is reached with Tab and sorts with Enter, as with the mouse. The register
/// of the demo data, sorted by name at first; Tab from the name header reaches the KvK header, Enter sorts by KvK number.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Issue", "16")]
public sealed class SortHeaderKeyboardTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task The_registers_sort_header_is_reached_with_Tab_and_sorts_with_Enter() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            await page.GotoAsync("register");
            await BrowserFixture.WaitForInteractiveAsync(page);
            var rows = page.Locator("table tbody tr");
            await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            var byName = page.GetByRole(AriaRole.Button, new() { Name = "Statutaire naam", Exact = true });
            var byKvk = page.GetByRole(AriaRole.Button, new() { Name = "KvK-nummer", Exact = true });
            await byName.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(byKvk).ToBeFocusedAsync();

            await page.Keyboard.PressAsync("Enter");
            await UntilAsync(page, k => k.SequenceEqual(k.Order(StringComparer.Ordinal)), "ascending by KvK number");
            await page.Keyboard.PressAsync("Enter");
            await UntilAsync(page, k => k.SequenceEqual(k.OrderDescending(StringComparer.Ordinal)), "descending by KvK number");
        });

    // The other three server-sorted tables (admin users, mediations, bemiddeling) hold the same button in each sort label:
    // Tab from the first sort header reaches the second, Enter sorts by it, a second Enter reverses it.
    [Fact]
    public Task The_users_sort_header_is_reached_with_Tab_and_sorts_with_Enter() =>
        KeyboardSortsAsync("admin@demo.adrdesk.nl", "admin/users", "Volledige naam", "E-mailadres");

    [Fact]
    public Task The_mediations_sort_header_is_reached_with_Tab_and_sorts_with_Enter() =>
        KeyboardSortsAsync("mediator@demo.adrdesk.nl", "mediations", "Zaaknummer", "Fase");

    [Fact]
    public Task The_bemiddeling_sort_header_is_reached_with_Tab_and_sorts_with_Enter() =>
        KeyboardSortsAsync("balie@demo.adrdesk.nl", "bemiddeling", "Zaaknummer", "Consument");

    private Task KeyboardSortsAsync(string email, string url, string first, string second) =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, email, DemoAccounts.Password);
            await page.GotoAsync(url);
            await BrowserFixture.WaitForInteractiveAsync(page);
            var labels = page.Locator("th .mud-table-sort-label");
            await Assertions.Expect(labels.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            Assert.Equal(await labels.CountAsync(), await page.Locator("th .mud-table-sort-label button[type=button].adr-sort-button").CountAsync());

            var from = page.GetByRole(AriaRole.Button, new() { Name = first, Exact = true });
            var to = page.GetByRole(AriaRole.Button, new() { Name = second, Exact = true });
            await from.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(to).ToBeFocusedAsync();

            // The label's arrow tells the table's order (MudBlazor sets mud-direction-asc/-desc on it when it sorts by that column).
            var arrow = page.Locator("th .mud-table-sort-label").Filter(new() { Has = to }).Locator(".mud-table-sort-label-icon");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(arrow).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-direction-asc"), new() { Timeout = 30_000 });
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(arrow).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-direction-desc"), new() { Timeout = 30_000 });
        });

    /// <summary>Waits (the sort is a server round trip) until the page's KvK column, of distinct numbers, is in that order.</summary>
    private static async Task UntilAsync(IPage page, Func<List<string>, bool> sorted, string order)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> kvk;
        while (!((kvk = await KvkNumbersAsync(page)).Distinct().Count() > 1 && sorted(kvk)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not {order}: {string.Join(", ", kvk)}");
            await Task.Delay(250);
        }
    }

    private static async Task<List<string>> KvkNumbersAsync(IPage page) =>
        (await page.Locator("table tbody tr td:nth-child(2)").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
}
