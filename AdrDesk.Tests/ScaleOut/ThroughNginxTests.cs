using System.Diagnostics;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>
/// Issue 17 item 5 in Chromium, through nginx (.dev/scaleout) in front of two AdrDesk processes on one PostgreSQL
/// database. Which server a browser reaches is chosen with nginx's sticky cookie (adrdesk_server=a|b), as nginx itself
/// sets it; each response names the server that answered in that cookie.
/// </summary>
[Collection("scaleout-site"), Trait("Provider", "Postgres"), Trait("Category", "Browser")]
public sealed class ThroughNginxTests(ScaleOutSite site, BrowserFixture browser) : IClassFixture<ScaleOutSite>, IClassFixture<BrowserFixture>
{
    public const string Password = "Demo-2026-adr";
    public const string Webshop = "webshop@demo.adrdesk.nl";

    [Fact]
    public async Task A_user_signed_in_on_server_A_is_still_signed_in_when_routed_to_server_B()
    {
        var page = await PageOnAsync(site, browser, "a");
        try
        {
            await BrowserFixture.SignInAsync(page, Webshop, Password);
            Assert.Equal("a", await ServedByAsync(await page.GotoAsync("")));

            await RouteToAsync(page, site, "b");
            var response = await page.GotoAsync("");
            Assert.Equal("b", await ServedByAsync(response));
            await Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_message_sent_on_server_A_appears_within_1_second_on_the_open_case_page_served_by_server_B()
    {
        var number = await SettlementCaseAsync(site);
        var onB = await PageOnAsync(site, browser, "b");
        var onA = await PageOnAsync(site, browser, "a");
        try
        {
            await BrowserFixture.SignInAsync(onB, Webshop, Password);
            await OpenMessagesAsync(onB, number, "b");
            await BrowserFixture.SignInAsync(onA, Webshop, Password);
            await OpenMessagesAsync(onA, number, "a");

            var text = "Over servers heen " + Guid.NewGuid().ToString("N")[..6];
            await onA.GetByLabel("Uw bericht").FillAsync(text);
            await onA.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
            // Server A shows it once it is committed; from then on B has at most a second.
            await Expect(onA.GetByTestId("messages").GetByText(text)).ToBeVisibleAsync();
            var committed = Stopwatch.StartNew();
            await Expect(onB.GetByTestId("messages").GetByText(text)).ToBeVisibleAsync(new() { Timeout = 5000 });
            Assert.True(committed.ElapsedMilliseconds <= 1000, $"Server B's page showed the message {committed.ElapsedMilliseconds} ms after server A's");
        }
        finally
        {
            await onA.Context.CloseAsync();
            await onB.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_mail_is_sent_once_while_both_servers_run_their_dispatchers()
    {
        var ids = new List<Guid>();
        await using (var db = new PostgresAdrDbContext(TestProvider.PostgresOptions(site.ConnectionString)))
        {
            for (var i = 0; i < 30; i++)
            {
                var message = OutboxMessage.Create($"scaleout-{i}@test.adrdesk.nl", "Twee servers", $"Eenmaal {i}", "tekst", "nl", DateTimeOffset.UtcNow);
                ids.Add(message.Id);
                db.Add(message);
            }
            await db.SaveChangesAsync();
        }

        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var db = new PostgresAdrDbContext(TestProvider.PostgresOptions(site.ConnectionString));
            if (await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.SentAt != null) == ids.Count) break;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the outbox was not sent within 60 s");
            await Task.Delay(250);
        }
        await Task.Delay(2000); // a second send, if any, would now be written too

        var files = site.OutboxFolders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*.eml")).ToList();
        foreach (var id in ids)
        {
            Assert.Single(files, f => f.EndsWith($"-{id:N}.eml", StringComparison.Ordinal));
        }
    }

    internal static async Task<IPage> PageOnAsync(ScaleOutSite site, BrowserFixture browser, string server)
    {
        var page = await browser.NewPageAsync(site.BaseUrl + "/");
        await RouteToAsync(page, site, server);
        return page;
    }

    /// <summary>Sends the page's next requests to server <paramref name="server"/> (a or b), by nginx's sticky cookie.</summary>
    /// <remarks>
    /// nginx sets the cookie on every response, so a response still in flight from the page's server (its circuit's
    /// negotiate, a script) would set it back after the switch: the page leaves for about:blank first, so nothing is in flight.
    /// </remarks>
    internal static async Task RouteToAsync(IPage page, ScaleOutSite site, string server)
    {
        if (page.Url != "about:blank") await page.GotoAsync("about:blank");
        await page.Context.AddCookiesAsync([new Cookie { Name = "adrdesk_server", Value = server, Url = site.BaseUrl + "/" }]);
    }

    /// <summary>The server that answered, from nginx's sticky cookie on the response.</summary>
    internal static async Task<string?> ServedByAsync(IResponse? response)
    {
        Assert.NotNull(response);
        var cookies = await response.HeaderValuesAsync("set-cookie");
        return cookies.SelectMany(c => c.Split('\n')).Select(c => c.Trim())
            .Where(c => c.StartsWith("adrdesk_server=", StringComparison.Ordinal))
            .Select(c => c["adrdesk_server=".Length..].Split(';')[0]).LastOrDefault();
    }

    internal static async Task OpenMessagesAsync(IPage page, string number, string server)
    {
        Assert.Equal(server, await ServedByAsync(await page.GotoAsync($"cases/{number}")));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Zaak {number}" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.cf-live') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();
    }

    /// <summary>The demo's binding-ruling case in the settlement attempt (the webshop and the consumer exchange messages).</summary>
    internal static async Task<string> SettlementCaseAsync(ScaleOutSite site)
    {
        await using var db = new PostgresAdrDbContext(TestProvider.PostgresOptions(site.ConnectionString));
        return await db.Set<CaseSummary>().Where(s => s.State == "SettlementAttempt").Select(s => s.Number).FirstAsync();
    }
}
