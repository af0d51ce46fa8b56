using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>The side navigation: plain links, one marked as the current page, reachable with Tab.</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class NavigationTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task The_most_specific_entry_is_the_current_page_and_follows_navigation() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            var current = nav.Locator("a[aria-current=page]");

            await page.GotoAsync("desk/print-queue");
            await BrowserFixture.WaitForInteractiveAsync(page);
            // "/desk" also prefixes this address; only the Printwachtrij entry is the current page.
            await Assertions.Expect(current).ToHaveCountAsync(1);
            await Assertions.Expect(current).ToHaveAccessibleNameAsync("Printwachtrij");

            await nav.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
            await Assertions.Expect(current).ToHaveCountAsync(1);
            await Assertions.Expect(current).ToHaveAccessibleNameAsync("Register");

            await page.GotoAsync("workbench");
            await BrowserFixture.WaitForInteractiveAsync(page);
            // No entry for the workbench in the desk's menu, and "Start" (/) is not current on other pages.
            await Assertions.Expect(current).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_entries_are_links_in_the_tab_order() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            // Once the circuit is up: its first render replaces the prerendered menu, and with it the focused link.
            await BrowserFixture.WaitForInteractiveAsync(page);
            var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });
            var links = nav.GetByRole(AriaRole.Link);
            Assert.True(await links.CountAsync() >= 5);
            await links.First.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("/register", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
        });
}
