using System.Diagnostics;
using Microsoft.Playwright;

namespace AdrDesk.LoadRunner;

/// <summary>
/// Issue 9: after 10 s offline a circuit resumes within 3 s with the input intact. Uses the register's
/// search box (the intake wizard is not there yet): type, let the change reach the server, go offline,
/// come back, then submit without typing: the grid shows "no match for '…'" only if the server-side
/// state of the circuit survived (a new circuit would search for nothing).
/// </summary>
public static class ReconnectTest
{
    private const string Text = "Herstel 4711";

    public static async Task<ReconnectResult> RunAsync(LoadLab lab, TimeSpan offline)
    {
        Console.WriteLine($"\n== Reconnect: {offline.TotalSeconds:F0} s offline on /register");
        var context = await lab.NewContextAsync(Scripts.ScriptCatalog.Desk);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("register");
            await page.WaitForFunctionAsync("() => window.__adrPerf.openSockets() > 0 && window.__adrPerf.messagesIn >= 2", null, new() { Timeout = 30_000 });
            await Task.Delay(500);
            var box = page.Locator("input[name=register-search]");
            await box.FillAsync(Text);
            await box.DispatchEventAsync("change"); // @bind-Value: the server gets the text on change
            await Task.Delay(1000);

            // Offline emulation blocks new requests; an open WebSocket may stay up (Playwright issue 4910).
            await context.SetOfflineAsync(true);
            var watch = Stopwatch.StartNew();
            var droppedByOffline = await WaitAsync(page, "() => window.__adrPerf.reconnectShows > 0 || window.__adrPerf.openSockets() === 0", 3000);
            var note = droppedByOffline
                ? "SetOfflineAsync(true) dropped the WebSocket by itself."
                : "SetOfflineAsync(true) left the WebSocket open (as Playwright documents for WebSockets); the probe closed it (code 4000) while offline.";
            if (!droppedByOffline) await page.EvaluateAsync<int>("() => window.__adrPerf.dropSockets()");
            var shown = await WaitAsync(page, "() => window.__adrPerf.reconnectShows > 0", 5000);

            var rest = offline - watch.Elapsed;
            if (rest > TimeSpan.Zero) await Task.Delay(rest);
            var backAt = await page.EvaluateAsync<double>("() => performance.now()");
            await context.SetOfflineAsync(false);

            // Resumed: the modal lost its "show" class (hidden again) — or it says failed/rejected.
            await WaitAsync(page, "() => !window.__adrPerf.modalState().includes('components-reconnect-show')", 60_000);
            var state = await page.EvaluateAsync<string>("() => window.__adrPerf.modalState()");
            var hideAt = await page.EvaluateAsync<double?>("() => window.__adrPerf.lastHideAt");
            var resumed = !state.Contains("components-reconnect-", StringComparison.Ordinal) || state.Contains("components-reconnect-hide", StringComparison.Ordinal);
            double? resumedAfter = resumed && hideAt is not null ? Math.Max(0, hideAt.Value - backAt) : null;

            var inputIntact = await box.InputValueAsync() == Text;
            var serverIntact = false;
            if (resumed)
            {
                await page.Locator("form[role=search] button[type=submit]").ClickAsync();
                serverIntact = await WaitAsync(page, $"() => document.querySelector('.adr-empty-grid')?.textContent.includes('{Text}') === true", 10_000);
            }
            if (!resumed) note += $" The circuit did not resume (modal: '{state}').";
            var result = new ReconnectResult(offline.TotalSeconds, droppedByOffline, shown, resumedAfter, state, inputIntact, serverIntact, note);
            Console.WriteLine($"   reconnect shown {shown}; resumed {(resumedAfter is { } ms ? $"{ms:F0} ms after going online" : "no")}; " +
                              $"input intact in the page {inputIntact}; server state intact {serverIntact}; modal '{state}'");
            Console.WriteLine($"   {note}");
            return result;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<bool> WaitAsync(IPage page, string condition, int timeoutMs)
    {
        try
        {
            await page.WaitForFunctionAsync(condition, null, new() { Timeout = timeoutMs, PollingInterval = 20 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
