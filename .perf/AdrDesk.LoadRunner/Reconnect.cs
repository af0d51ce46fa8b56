using System.Diagnostics;
using AdrDesk.LoadRunner.Scripts;
using Microsoft.Playwright;

namespace AdrDesk.LoadRunner;

/// <summary>
/// Issue 9 on the intake wizard, signed in as a consumer of the runner's own:
/// <list type="bullet">
/// <item>10 s offline (circuit kept): the first step is filled in, the page goes offline and comes back. Resumed when the
/// reconnect modal hides; the input is intact in the page, and the circuit's state is intact when "Volgende" then
/// moves on to the next step (a new circuit would not have the answers and would stay on the step with errors).</item>
/// <item>4 minutes offline (past the server's 3-minute retention): the first step is done (the draft is saved on each
/// step), the page goes offline; when it comes back the circuit is gone, the page reloads (adrdesk.js on
/// "rejected") and the wizard must show the saved step again, with the saved answers.</item>
/// </list>
/// </summary>
public static class ReconnectTest
{
    private const string Name = "Herstel Vierduizend";

    public static async Task<ReconnectResult> RunAsync(LoadLab lab, TimeSpan offline, string account)
    {
        var circuitGone = offline > TimeSpan.FromMinutes(3);
        Console.WriteLine($"\n== Reconnect: {offline.TotalSeconds:F0} s offline on /{Wizard.Route} as {account}");
        var context = await lab.NewContextAsync(account);
        try
        {
            var page = await context.NewPageAsync();
            await Wizard.OpenAsync(page, 30_000);
            if (await Wizard.CurrentAsync(page) != Wizard.Who)
            {
                // A draft of an earlier run: back to the first step.
                while (await Wizard.CurrentAsync(page) != Wizard.Who)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
                    await Task.Delay(300);
                }
            }
            if (circuitGone)
            {
                // The first step done: the draft in the database holds its answers and "step 2".
                var first = await Wizard.StepAsync(page, 15_000, "reconnect");
                if (first.Error is not null) throw new InvalidOperationException($"the wizard's first step failed: {first.Error}");
                await page.GetByLabel("Zoek de webshop", new() { Exact = true }).FillAsync("Fiets"); // typed, not saved: lost with the circuit
            }
            else
            {
                await page.GetByRole(AriaRole.Radio, new() { Name = "Als particulier", Exact = true }).CheckAsync();
                foreach (var (label, value) in new[] { ("Uw naam", Name), ("E-mailadres", "herstel@load.adrdesk.nl"), ("Straat en huisnummer", "Kerkstraat 1"), ("Postcode", "3511 AB"), ("Woonplaats", "Utrecht") })
                    await page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
                await page.GetByLabel("Woonplaats", new() { Exact = true }).PressAsync("Tab"); // @bind: the server gets a field on change
            }
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
            // Past the circuit's retention the page may already have reloaded itself (blazor.web.js refreshes when the
            // server has released the circuit): a destroyed context here is an outcome to report, not a crash.
            var stateOffline = await TryEvaluateAsync(page, "() => window.__adrPerf.modalState()", "(page navigated while offline)");
            var backAt = await TryEvaluateAsync(page, "() => performance.now()", 0.0);
            var online = Stopwatch.StartNew();
            await context.SetOfflineAsync(false);

            return circuitGone
                ? await AfterCircuitGoneAsync(page, offline, droppedByOffline, shown, stateOffline, online, note)
                : await AfterShortOutageAsync(page, offline, droppedByOffline, shown, backAt, note);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static async Task<ReconnectResult> AfterShortOutageAsync(IPage page, TimeSpan offline, bool droppedByOffline, bool shown, double backAt, string note)
    {
        // Resumed: the modal lost its "show" class (hidden again), or it says failed/rejected.
        await WaitAsync(page, "() => !window.__adrPerf.modalState().includes('components-reconnect-show')", 60_000);
        var state = await page.EvaluateAsync<string>("() => window.__adrPerf.modalState()");
        var hideAt = await page.EvaluateAsync<double?>("() => window.__adrPerf.lastHideAt");
        var resumed = state.Contains("components-reconnect-hide", StringComparison.Ordinal) || !state.Contains("components-reconnect-", StringComparison.Ordinal);
        double? resumedAfter = resumed && hideAt is not null ? Math.Max(0, hideAt.Value - backAt) : null;

        var inputIntact = await page.GetByLabel("Uw naam", new() { Exact = true }).InputValueAsync() == Name;
        var serverIntact = false;
        if (resumed)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            serverIntact = await WaitAsync(page, $"() => {Wizard.HeadingIs(Wizard.Webshop)}", 10_000);
        }
        if (!resumed) note += $" The circuit did not resume (modal: '{state}').";
        Console.WriteLine($"   reconnect shown {shown}; resumed {(resumedAfter is { } ms ? $"{ms:F0} ms after going online" : "no")}; " +
                          $"input intact in the page {inputIntact}; circuit state intact (Volgende moved on) {serverIntact}; modal '{state}'");
        Console.WriteLine($"   {note}");
        return new ReconnectResult(offline.TotalSeconds, droppedByOffline, shown, resumedAfter, state, inputIntact, serverIntact, note);
    }

    private static async Task<ReconnectResult> AfterCircuitGoneAsync(
        IPage page, TimeSpan offline, bool droppedByOffline, bool shown, string stateOffline, Stopwatch online, string note)
    {
        // The circuit is gone: the page must reload by itself and the wizard come back at the saved step.
        var restored = false;
        while (!restored && online.Elapsed < TimeSpan.FromSeconds(60)) // a reload in the middle of a wait ends that wait: wait again
            restored = await WaitAsync(page, $"() => window.__adrPerf && {Wizard.HeadingIs(Wizard.Webshop)} && window.__adrPerf.openSockets() > 0", 60_000);
        double? restoredAfter = restored ? online.Elapsed.TotalMilliseconds : null;
        var reloaded = await TryEvaluateAsync(page, "() => window.__adrPerf.reconnectShows", -1) is 0 or -1; // a new document: the probe started afresh
        var answers = false;
        if (restored)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
            answers = await WaitAsync(page, "() => [...document.querySelectorAll('label')].some(l => l.textContent.trim() === 'Uw naam' && document.getElementById(l.htmlFor)?.value === 'Sanne de Vries')", 10_000);
        }
        note += $" Modal while offline: '{stateOffline}'.";
        Console.WriteLine($"   reconnect shown {shown}; page reloaded {reloaded}; draft restored (saved step and answers) {restored && answers}" +
                          $"{(restoredAfter is { } ms ? $", {ms:F0} ms after going online" : "")}");
        Console.WriteLine($"   {note}");
        return new ReconnectResult(offline.TotalSeconds, droppedByOffline, shown, null, stateOffline, answers, restored, note,
            Reloaded: reloaded, DraftRestored: restored && answers, DraftRestoredAfterMs: restoredAfter);
    }

    private static async Task<T> TryEvaluateAsync<T>(IPage page, string script, T whenNavigated)
    {
        try
        {
            return await page.EvaluateAsync<T>(script);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
                                            || e.Message.Contains("navigation", StringComparison.OrdinalIgnoreCase))
        {
            return whenNavigated;
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
        catch (PlaywrightException)
        {
            return false; // the page navigated (reloaded) while the condition was evaluated: the caller waits again
        }
    }
}
