using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>
/// Issue 17 item 5: server A is killed (-9) while a user acts on it. The circuit is lost with the process; Blazor's
/// reconnect goes through nginx to server B, which does not know the circuit, so the page reloads there, signed in, and
/// shows everything that was committed. A site of its own: the test kills a server.
/// </summary>
[Collection("scaleout-site"), Trait("Provider", "Postgres"), Trait("Category", "Browser")]
public sealed class ServerKilledTests(ScaleOutSite site, BrowserFixture browser) : IClassFixture<ScaleOutSite>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Server_A_killed_while_the_user_acts_the_page_reloads_on_server_B_signed_in_and_nothing_committed_is_lost()
    {
        var number = await ThroughNginxTests.SettlementCaseAsync(site);
        var page = await ThroughNginxTests.PageOnAsync(site, browser, "a");
        try
        {
            await BrowserFixture.SignInAsync(page, ThroughNginxTests.Webshop, ThroughNginxTests.Password);
            await ThroughNginxTests.OpenMessagesAsync(page, number, "a");
            var committed = "Vastgelegd voor de storing " + Guid.NewGuid().ToString("N")[..6];
            await page.GetByLabel("Uw bericht").FillAsync(committed);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
            await Expect(page.GetByTestId("messages").GetByText(committed)).ToBeVisibleAsync();
            await page.EvaluateAsync("() => window.__beforeKill = true");

            await site.KillAAsync();

            // The page reloads by itself (a new document) once B refuses the unknown circuit: no user action needed.
            await page.WaitForFunctionAsync("() => window.__beforeKill !== true", null, new() { Timeout = 60_000 });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Zaak {number}" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
            var cookies = await page.Context.CookiesAsync([site.BaseUrl + "/"]);
            Assert.Equal("b", cookies.Single(c => c.Name == "adrdesk_server").Value);

            // The reloaded page is prerendered first: the tab answers once B's circuit is up.
            await BrowserFixture.WaitForInteractiveAsync(page);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();
            // Server B read it from the database: what A committed before it died is there.
            await Expect(page.GetByTestId("messages").GetByText(committed)).ToBeVisibleAsync();

            // Acting goes on, on B.
            var after = "Na de storing " + Guid.NewGuid().ToString("N")[..6];
            await page.GetByLabel("Uw bericht").FillAsync(after);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
            await Expect(page.GetByTestId("messages").GetByText(after)).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
