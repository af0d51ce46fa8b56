using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>
/// Issue 16 item 1: MudBlazor logged "Missing &lt;MudPopoverProvider /&gt; in the active render scope" for every
/// prerendered page with a popover-based component: MudDatePicker registers its popover while the page prerenders, and the
/// layout rendered the provider only once interactive. The provider now renders in every render (MainLayout).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class PopoverProviderTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task A_page_with_date_pickers_prerenders_and_runs_without_a_missing_provider_error() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "mediator@demo.adrdesk.nl", DemoAccounts.Password);
            var before = app.Logs.Count;

            await page.GotoAsync("agenda/availability");
            await BrowserFixture.WaitForInteractiveAsync(page);
            var from = page.GetByLabel("Van datum");
            await Assertions.Expect(from).ToBeVisibleAsync();
            // The picker's popover works in the circuit: the calendar opens from its button.
            await page.GetByRole(AriaRole.Button, new() { Name = "Kalender openen" }).First.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-picker-calendar-container").First).ToBeVisibleAsync();

            AssertNoMissingProvider(app.Logs.Since(before));
        });

    [Fact]
    public Task A_statically_rendered_account_page_logs_no_missing_provider_error() =>
        browser.RunAsync(app, async page =>
        {
            var before = app.Logs.Count;
            await page.GotoAsync("account/login");
            await Assertions.Expect(page.GetByLabel("E-mailadres")).ToBeVisibleAsync();
            AssertNoMissingProvider(app.Logs.Since(before));
        });

    internal static void AssertNoMissingProvider(IEnumerable<LogCapture.Entry> entries)
    {
        var missing = entries.Where(e => e.Level >= LogLevel.Error && e.Category.StartsWith("MudBlazor", StringComparison.Ordinal)
                                         && e.Message.Contains("Missing <Mud", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "MudBlazor logged:\n" + string.Join("\n", missing.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
    }
}
