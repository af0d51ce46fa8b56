using System.Diagnostics;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

/// <summary>
/// Issue 9: after 10 s offline the circuit resumes within 3 s with the wizard's input intact (App.razor starts
/// Blazor with adrdesk.js's retry schedule; the browser's "online" event tries at once). The 4-minute case (the
/// circuit gone, the draft back from the database) takes longer than a test should: the load runner measures it
/// (`--long-offline`, docs/performance.md).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class ReconnectTests(AppHost app, BrowserFixture browser)
{
    // Offline emulation does not close an open WebSocket (Playwright documents this): keep the page's sockets so
    // that the test can drop them the way a lost network does (an abnormal close).
    private const string KeepSockets = """
        (() => {
          const Native = window.WebSocket;
          window.__sockets = [];
          window.WebSocket = function (...args) { const s = new Native(...args); window.__sockets.push(s); return s; };
          window.WebSocket.prototype = Native.prototype;
          for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) window.WebSocket[k] = Native[k];
        })();
        """;

    [Fact]
    public async Task After_10_s_offline_the_wizard_resumes_within_3_s_with_its_input_intact()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        var uncaught = new List<string>();
        page.PageError += (_, error) => uncaught.Add(error);
        try
        {
            await page.Context.AddInitScriptAsync(KeepSockets);
            await BrowserFixture.SignInAsync(page, await app.CreateUserAsync(), AppHost.TestPassword);
            await page.GotoAsync("intake/bindend-advies");
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wie bent u", Level = 2 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Radio, new() { Name = "Als particulier", Exact = true }).CheckAsync();
            foreach (var (label, value) in new[] { ("Uw naam", "Sanne de Vries"), ("E-mailadres", "sanne@test.adrdesk.nl"), ("Straat en huisnummer", "Kerkstraat 1"), ("Postcode", "3511 AB"), ("Woonplaats", "Utrecht") })
                await page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
            await page.GetByLabel("Woonplaats", new() { Exact = true }).PressAsync("Tab");
            await Task.Delay(500); // the last change reaches the circuit

            var modal = page.Locator("#components-reconnect-modal");
            await page.Context.SetOfflineAsync(true);
            await page.EvaluateAsync("() => window.__sockets.filter(s => s.readyState === 1).forEach(s => s.close(4000, 'offline'))");
            await Assertions.Expect(modal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-show"));
            await Task.Delay(TimeSpan.FromSeconds(10));
            Assert.Contains("components-reconnect-show", await modal.GetAttributeAsync("class")); // still trying, not "failed"

            var online = Stopwatch.StartNew();
            await page.Context.SetOfflineAsync(false);
            await Assertions.Expect(modal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-hide"), new() { Timeout = 10_000 });
            Assert.True(online.Elapsed < TimeSpan.FromSeconds(3), $"resumed {online.Elapsed.TotalSeconds:F1} s after the network came back");

            Assert.Equal("Sanne de Vries", await page.GetByLabel("Uw naam", new() { Exact = true }).InputValueAsync());
            // The same circuit: it has the answers, so "Volgende" moves on (a new circuit would show the step's errors).
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De webshop", Level = 2 })).ToBeVisibleAsync();
            Assert.Empty(uncaught);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
