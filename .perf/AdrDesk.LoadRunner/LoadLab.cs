using System.Diagnostics;
using System.Reflection;
using AdrDesk.LoadRunner.Measure;
using AdrDesk.LoadRunner.Scripts;
using AdrDesk.Tests.Documents;
using Microsoft.Playwright;

namespace AdrDesk.LoadRunner;

/// <summary>
/// One browser, many contexts: each page has its own context (own circuit, own cookies from the shared
/// sign-in of its account). Phases: baseline (the counter page), then the app (grid pages first, for the
/// memory figure; then each page moves to its script's page), each with N pages acting at the set rate.
/// </summary>
public sealed class LoadLab(Options options, AppUnderTest app, IBrowser browser, LoadResults results) : IAsyncDisposable
{
    private static readonly string Probe = ReadProbe();
    private readonly Dictionary<string, string> _states = [];

    public async Task RunAsync()
    {
        if (options.Baseline)
        {
            var baseline = Enumerable.Range(0, options.Pages).Select(_ => ScriptCatalog.Baseline).ToList();
            results.Phases.Add(await PhaseAsync("baseline", baseline, ScriptCatalog.Baseline.Route));
        }

        var available = new List<PageScript>();
        foreach (var script in ScriptCatalog.App.Where(s => options.Scripts is null || options.Scripts.Contains(s.Name)))
        {
            var skipped = await CheckAsync(script);
            while (PageScript.Notes.TryDequeue(out var observed)) Note(observed);
            if (skipped is not null)
            {
                Note(skipped);
                if (skipped.Contains("only searches", StringComparison.Ordinal)) available.Add(script);
            }
            else
            {
                available.Add(script);
            }
        }
        if (available.Count == 0)
        {
            Note("No app page could be scripted: app phase skipped.");
            return;
        }
        var mix = Assign(available, options.Pages);
        var grid = available.FirstOrDefault(s => s.IsGrid);
        results.Phases.Add(await PhaseAsync("app", mix, grid?.Route));
    }

    private void Note(string note)
    {
        Console.WriteLine($"NOTE: {note}");
        results.Notes.Add(note);
    }

    /// <summary>Pages per script by weight, interleaved so that every script has pages even at small N.</summary>
    private static List<PageScript> Assign(IReadOnlyList<PageScript> scripts, int pages)
    {
        var cycle = scripts.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToList();
        var interleaved = scripts.Concat(cycle).ToList(); // one of each first
        return Enumerable.Range(0, pages).Select(i => interleaved[i < scripts.Count ? i : scripts.Count + (i - scripts.Count) % cycle.Count]).ToList();
    }

    // Issue 21 item 5: a run with the app phase and the cost phases (--smoke, the full run) probed every script twice, each
    // probe a browser context, a page load and a wait for its circuit; the answer does not change within one run.
    private readonly Dictionary<PageScript, string?> _checked = [];

    /// <summary>Probes the script's route (404: not there yet) and what the script needs on the page; once per run.</summary>
    private async Task<string?> CheckAsync(PageScript script)
    {
        if (_checked.TryGetValue(script, out var known)) return known;
        var skipped = await ProbeAsync(script);
        _checked[script] = skipped;
        return skipped;
    }

    private async Task<string?> ProbeAsync(PageScript script)
    {
        IBrowserContext context;
        try
        {
            context = await NewContextAsync(script.Accounts[0]);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"/{script.Route}: {script.Accounts[0]} could not sign in ({FirstLine(e.Message)}); script '{script.Name}' skipped";
        }
        var page = await context.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(script.Route);
            if (response is { Status: 404 }) return $"/{script.Route}: 404, the page is not there yet; script '{script.Name}' skipped";
            if (response is { Ok: false }) return $"/{script.Route}: HTTP {response.Status}; script '{script.Name}' skipped";
            if (page.Url.Contains("account/login", StringComparison.Ordinal) || page.Url.Contains("access-denied", StringComparison.Ordinal))
                return $"/{script.Route}: {script.Accounts[0]} may not open it; script '{script.Name}' skipped";
            await WaitInteractiveAsync(page);
            // A page that loads its content after the circuit starts (the wizard reads the person's draft) is given the time
            // its phase gives it (ReadySelector): checking at once skipped the intake in runs just after the app started.
            if (script.ReadySelector is { } ready)
            {
                try { await page.Locator(ready).First.WaitForAsync(new() { Timeout = 30_000 }); }
                catch (TimeoutException) { /* CheckAsync names what is missing */ }
            }
            return await script.CheckAsync(page);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"/{script.Route}: {FirstLine(e.Message)}; script '{script.Name}' skipped (fit its selectors in .perf/AdrDesk.LoadRunner/Scripts)";
        }
        finally
        {
            await CloseAsync(new LoadPage(script, page, -1)); // releases the probe's circuit at once
        }
    }

    /// <summary>
    /// Issue 5 item 12: N wizard pages, each signed in as a consumer of its own, open the intake (memory per idle
    /// wizard circuit), then step through it and submit, again and again, at --intake-rate for --duration.
    /// </summary>
    public async Task<PhaseResult> IntakeLoadAsync(string name, double rate)
    {
        var scripts = Enumerable.Range(0, options.IntakeLoad).Select(_ => ScriptCatalog.Intake).ToList();
        return await PhaseAsync(name, scripts, Wizard.Route, rate, warmUp: false, options.IntakeDurationSeconds);
    }

    /// <summary>
    /// Issue 21 item 1: AdrDesk's own cost per user action, independent of the load's browsers. First its CPU with no
    /// circuit open (background services, timers, polling); then one short phase per workflow with only that workflow's
    /// pages (the baseline page first), so each workflow's process CPU, allocations and collections divide by its own
    /// actions. The pages act at --cost-rate: slow enough that the load's Chromium does not starve the server.
    /// </summary>
    public async Task<CostResult> CostAsync()
    {
        var drained = await app.WaitForCircuitsAsync(0, TimeSpan.FromSeconds(60));
        var idle = options.IdleSeconds > 0 ? await IdleAsync("after start", drained.OpenCircuits) : null;

        var workflows = new List<PhaseResult>();
        var scripts = new List<PageScript> { ScriptCatalog.Baseline };
        // The navigation floor next to the baseline (issue 21): a page change in the shell, nothing else; read each
        // workflow that changes pages against it as well as against the counter.
        foreach (var script in new[] { ScriptCatalog.Navigation }.Concat(ScriptCatalog.App).Where(s => options.Scripts is null || options.Scripts.Contains(s.Name)))
        {
            var skipped = await CheckAsync(script);
            while (PageScript.Notes.TryDequeue(out _)) { }
            if (skipped is null || skipped.Contains("only searches", StringComparison.Ordinal)) scripts.Add(script);
            else Note($"cost: {skipped}");
        }
        foreach (var script in scripts)
        {
            var pages = Enumerable.Range(0, options.CostPages).Select(_ => script).ToList();
            workflows.Add(await PhaseAsync(CostResult.CostPhaseName(script.Name), pages, memoryRoute: null, options.CostRate, warmUp: true, options.CostSeconds));
            await app.WaitForCircuitsAsync(0, TimeSpan.FromSeconds(30));
        }
        // The same interval once more after the workflows, every page closed: the first one, a minute after start, still
        // holds the start's own work (tiering up what start-up and seeding ran); this one is the steady idle.
        IdleResult? steady = null;
        if (options.IdleSeconds > 0)
        {
            var closed = await app.WaitForCircuitsAsync(0, TimeSpan.FromSeconds(60));
            steady = await IdleAsync("after the workflows", closed.OpenCircuits);
        }
        var result = new CostResult(idle, workflows) { SteadyIdle = steady };
        PrintCost(result);
        return result;
    }

    /// <summary>AdrDesk's CPU over the idle interval with no page open (background services, timers, polling).</summary>
    private async Task<IdleResult> IdleAsync(string when, int openCircuits)
    {
        // Settle first: the forced collection of the figure itself, and whatever the last phase left (a closing
        // circuit's disposal, a pending outbox poll), are not idle cost.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var from = await app.ServerAsync(collect: false);
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var to = await app.ServerAsync(collect: false);
        var idle = new IdleResult(watch.Elapsed.TotalSeconds, to.CpuSeconds - from.CpuSeconds, to.AllocatedBytes - from.AllocatedBytes, openCircuits);
        Console.WriteLine($"\n== Idle {when}, {openCircuits} circuits open, {idle.Seconds:F0} s: AdrDesk used {idle.CpuSeconds * 1000:F0} ms of CPU = {idle.PercentOfACore:F2} % of a core " +
                          $"(target < 0.5 %), allocated {idle.AllocatedBytes / 1024.0:F0} KB");
        return idle;
    }

    /// <summary>One line per workflow: `CPU per action: N.N ms (N.N× baseline)`, allocations and collections beside it.</summary>
    public static void PrintCost(CostResult cost)
    {
        Console.WriteLine("\n== Server cost per action (AdrDesk's process only; each workflow alone)");
        var baseMs = cost.Baseline?.Cpu?.Cost?.CpuMsPerAction;
        foreach (var w in cost.Workflows)
        {
            if (w.Cpu?.Cost is not { } c) continue;
            var ratio = baseMs is > 0 ? $"{c.CpuMsPerAction / baseMs.Value:F1}× baseline" : "no baseline";
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"   {w.Name[6..],-12} CPU per action: {c.CpuMsPerAction:F1} ms ({ratio}); allocated {c.AllocatedKbPerAction:F0} KB per action; " +
                $"GC gen0/1/2 {c.Gen0}/{c.Gen1}/{c.Gen2}; {c.Actions} actions in {w.DurationSeconds:F0} s on {w.Pages} pages"));
        }
        if (cost.Idle is { } idle)
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"   idle         CPU {idle.PercentOfACore:F2} % of a core with {idle.OpenCircuits} circuits open, a minute after start (target < 0.5 %)"));
        if (cost.SteadyIdle is { } steady)
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"   idle         CPU {steady.PercentOfACore:F2} % of a core with {steady.OpenCircuits} circuits open, after the workflows (target < 0.5 %)"));
    }

    /// <summary>Which account page <paramref name="i"/> signs in as: its own where the script needs that, else shared in turn.</summary>
    private static string[] AccountsOf(IReadOnlyList<PageScript> scripts)
    {
        var ordinal = new Dictionary<PageScript, int>();
        return scripts.Select((s, i) =>
        {
            var n = ordinal.GetValueOrDefault(s);
            ordinal[s] = n + 1;
            return s.Accounts[(s.AccountPerPage ? n : i) % s.Accounts.Count];
        }).ToArray();
    }

    private async Task<PhaseResult> PhaseAsync(string name, IReadOnlyList<PageScript> scripts, string? memoryRoute, double? rate = null, bool warmUp = true, int? seconds = null)
    {
        var actionsPerSecond = rate ?? options.Rate;
        var durationSeconds = seconds ?? options.DurationSeconds;
        var mixText = string.Join(", ", scripts.GroupBy(s => s.Name).Select(g => $"{g.Count()} {g.Key}"));
        Console.WriteLine($"\n== Phase {name}: {scripts.Count} pages ({mixText}), {actionsPerSecond} actions/s each, {durationSeconds} s");
        var recorder = new Recorder();
        var accounts = AccountsOf(scripts);
        var signIn = Stopwatch.StartNew();
        using (var gate = new SemaphoreSlim(options.OpenConcurrency))
        {
            await Task.WhenAll(accounts.Distinct().Select(async account =>
            {
                await gate.WaitAsync();
                try { await SignInAsync(account); }
                finally { gate.Release(); }
            }));
        }
        Console.WriteLine($"Signed in {accounts.Distinct().Count()} accounts in {signIn.Elapsed.TotalSeconds:F0} s");

        // The memory figure is about idle circuits on the grid page: only the grid scripts' pages (staff accounts) open
        // there first; the others (parties' accounts, which may not open it) open on their own pages after the figure.
        bool OnMemoryPage(PageScript script) => memoryRoute is null || script.IsGrid || script.Route == memoryRoute;

        // One primer page on the memory page before the "before" figure: the first circuit on a page also fills the
        // process's caches (EF Core's compiled queries, MudBlazor's and Blazor's reflection caches, resource sets) that the
        // next circuits do not pay again. Counted per circuit, those would overstate what one circuit holds (with 58
        // circuits, 2 MB of caches is 35 KB each). It stays open, and outside the figures, until the phase ends.
        var primer = await OpenPrimerAsync(scripts, accounts, OnMemoryPage, memoryRoute, warmUp);

        var before = await app.ServerAsync();
        var pages = new LoadPage?[scripts.Count];
        var openErrors = 0;
        async Task OpenAllAsync(Func<PageScript, bool> which, bool later)
        {
            using var gate = new SemaphoreSlim(options.OpenConcurrency);
            var opened = Stopwatch.StartNew();
            await Task.WhenAll(scripts.Select(async (script, i) =>
            {
                if (!which(script)) return;
                await gate.WaitAsync();
                try
                {
                    pages[i] = await OpenAsync(script, accounts[i], later ? script.Route : memoryRoute ?? script.Route, recorder, i, warmUp);
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    Interlocked.Increment(ref openErrors);
                    recorder.Error("open page", FirstLine(e.Message));
                }
                finally
                {
                    gate.Release();
                }
            }));
            Console.WriteLine($"Opened {scripts.Count(which)} pages{(later ? " on their own pages" : memoryRoute is null ? "" : $" on /{memoryRoute}")} in {opened.Elapsed.TotalSeconds:F0} s ({openErrors} failed so far)");
        }
        await OpenAllAsync(OnMemoryPage, later: false);

        await Task.Delay(TimeSpan.FromSeconds(3)); // let the last renders and acknowledgements settle
        var idle = await app.ServerAsync();
        var circuits = Math.Max(1, idle.OpenCircuits - before.OpenCircuits);
        var chromium = ChromiumProcesses.Mine();
        var memory = new MemoryResult(before, idle, idle, circuits,
            (idle.ManagedHeapBytes - before.ManagedHeapBytes) / 1024.0 / circuits,
            (idle.WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / circuits,
            chromium.Sum(p => p.ResidentKb) / 1024.0, chromium.Count, AvailableMb());
        Console.WriteLine($"Idle on /{memoryRoute ?? scripts[0].Route}: {idle.OpenCircuits} circuits (+{circuits}); managed {memory.ManagedKbPerCircuit:F0} KB/circuit, " +
                          $"working set {memory.WorkingSetKbPerCircuit:F0} KB/circuit; Chromium {memory.ChromiumProcesses} processes, {memory.ChromiumResidentMb:F0} MB resident (sum of RSS, shared pages counted per process); machine memory available {memory.MachineAvailableMb:F0} MB");

        if (scripts.Any(s => !OnMemoryPage(s))) await OpenAllAsync(s => !OnMemoryPage(s), later: true);
        var open = pages.OfType<LoadPage>().ToList();

        // Grid pages whose script lives elsewhere move there now (a new circuit each; the grid circuit is released).
        await Task.WhenAll(open.Where(p => OnMemoryPage(p.Script) && p.Script.Route != (memoryRoute ?? p.Script.Route)).Select(async p =>
        {
            try
            {
                p.Doing = "opening";
                await p.Page.GotoAsync(p.Script.Route);
                await WaitInteractiveAsync(p.Page);
                if (p.Script.ReadySelector is { } ready) await p.Page.Locator(ready).First.WaitForAsync(new() { Timeout = 90_000 });
                await p.Script.StepAsync(p.Page, 0, new Random(p.Index), options.ActionTimeoutMs); // warm-up, not recorded
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                recorder.Error("open page", FirstLine(e.Message));
            }
        }));

        var cpuFrom = await app.ServerAsync(collect: false, reset: true);
        var machineFrom = MachineCpu.Read();
        var treeFrom = app.ProcessId is { } appPid ? ProcessTreeCpu.Seconds(appPid) : (double?)null;
        var loadFrom = LoadCpuSample.Take(Environment.ProcessId, app.ProcessId);
        recorder.Recording = true;
        var watch = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(durationSeconds);
        await Task.WhenAll(open.Select(p => ActAsync(p, recorder, watch, end, actionsPerSecond)));
        var duration = watch.Elapsed.TotalSeconds;
        recorder.Recording = false;
        var machineTo = MachineCpu.Read();
        var treeTo = app.ProcessId is { } pidNow ? ProcessTreeCpu.Seconds(pidNow) : (double?)null;
        var loadTo = LoadCpuSample.Take(Environment.ProcessId, app.ProcessId);
        var cpuTo = await app.ServerAsync(collect: false);
        var all = recorder.All();
        var cpu = new CpuResult(Environment.ProcessorCount, MachineCpu.BusyPercent(machineFrom, machineTo),
            duration > 0 ? (cpuTo.CpuSeconds - cpuFrom.CpuSeconds) / duration : 0, cpuTo.Operations ?? [],
            treeFrom is { } a && treeTo is { } b && duration > 0 ? (b - a) / duration : null,
            duration > 0 ? LoadCpuSample.Cores(loadFrom, loadTo, duration) : null,
            ServerCost.Between(cpuFrom, cpuTo, all.Count + all.Errors));

        var reconnects = 0;
        foreach (var p in open)
        {
            try { reconnects += await p.Page.EvaluateAsync<int>("() => window.__adrPerf.reconnectShows"); }
            catch (PlaywrightException) { }
        }
        var endFigures = await app.ServerAsync(collect: false);
        memory = memory with { End = endFigures };
        await Task.WhenAll(open.Select(CloseAsync));
        var drained = await app.WaitForCircuitsAsync(before.OpenCircuits, TimeSpan.FromSeconds(30));
        if (drained.OpenCircuits > before.OpenCircuits)
            Note($"Phase {name}: {drained.OpenCircuits - before.OpenCircuits} circuits still open 30 s after the pages closed");
        if (primer is not null) await CloseAsync(primer);

        var result = new PhaseResult(name, open.Count, mixText, $"/{memoryRoute ?? scripts[0].Route}", duration, recorder.All(), recorder.Actions(),
            openErrors, open.Sum(p => p.PageErrors), reconnects, recorder.Frames(), memory, recorder.ErrorSamples, cpu);
        Print(result);
        return result;
    }

    private async Task ActAsync(LoadPage p, Recorder recorder, Stopwatch watch, TimeSpan end, double rate)
    {
        var random = new Random(20261122 + p.Index);
        var interval = 1.0 / rate;
        var next = TimeSpan.FromSeconds(random.NextDouble() * interval);
        for (var step = 1; next < end; step++)
        {
            var wait = next - watch.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            try
            {
                p.Doing = p.Script.Describe(step);
                var measured = await p.Script.StepAsync(p.Page, step, random, options.ActionTimeoutMs);
                if (measured.Error is null) recorder.Latency(measured.Action, measured.Milliseconds);
                else recorder.Error(measured.Action, measured.Error);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                recorder.Error(p.Script.Name, FirstLine(e.Message));
            }
            next += TimeSpan.FromSeconds(interval * (0.5 + random.NextDouble()));
            if (next < watch.Elapsed) next = watch.Elapsed; // behind schedule: go on at once, do not catch up in a burst
        }
    }

    private async Task<LoadPage?> OpenPrimerAsync(IReadOnlyList<PageScript> scripts, string[] accounts, Func<PageScript, bool> onMemoryPage, string? memoryRoute, bool warmUp)
    {
        var first = scripts.Select((script, i) => (script, i)).FirstOrDefault(x => onMemoryPage(x.script));
        if (first.script is null) return null;
        try
        {
            // Its own recorder: its frames and errors are not the phase's.
            var primer = await OpenAsync(first.script, accounts[first.i], memoryRoute ?? first.script.Route, new Recorder(), -1, warmUp);
            await Task.Delay(TimeSpan.FromSeconds(2)); // its last renders and acknowledgements
            return primer;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Note($"The primer page on /{memoryRoute ?? first.script.Route} did not open ({FirstLine(e.Message)}); memory per circuit includes the first circuit's caches");
            return null;
        }
    }

    private async Task<LoadPage> OpenAsync(PageScript script, string account, string route, Recorder recorder, int index, bool warmUp = true)
    {
        var context = await NewContextAsync(account);
        var page = await context.NewPageAsync();
        var loadPage = new LoadPage(script, page, index);
        page.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) => recorder.Frame(true, Size(frame), $"{page.Url} ({loadPage.Doing})");
            socket.FrameReceived += (_, frame) => recorder.Frame(false, Size(frame), $"{page.Url} ({loadPage.Doing})");
        };
        page.PageError += (_, error) => { loadPage.CountError(); recorder.Error("page error", FirstLine(error)); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                loadPage.CountError();
                recorder.Error("console error", FirstLine(message.Text));
            }
        };
        var response = await page.GotoAsync(route);
        if (response is { Ok: false }) throw new PlaywrightException($"/{route}: HTTP {response.Status}");
        await WaitInteractiveAsync(page);
        loadPage.Doing = "warm-up";
        if (route == script.Route && script.ReadySelector is { } ready) await page.Locator(ready).First.WaitForAsync(new() { Timeout = 90_000 });
        if (route == script.Route && warmUp)
        {
            // Warm-up (not recorded): proves the circuit answers before the measured actions start.
            var warm = await script.StepAsync(page, 0, new Random(index), options.ActionTimeoutMs * 2);
            if (warm.Error is not null) throw new PlaywrightException($"warm-up on /{route}: {warm.Error}");
        }
        return loadPage;
    }

    private static double AvailableMb()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    private static int Size(IWebSocketFrame frame) => frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? "");

    /// <summary>The circuit is up: the page's WebSocket is open and the server has sent its first messages.</summary>
    private static async Task WaitInteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.__adrPerf && window.__adrPerf.openSockets() > 0 && window.__adrPerf.messagesIn >= 2",
            null, new() { Timeout = 90_000, PollingInterval = 50 });
        await Task.Delay(200);
    }

    private static async Task CloseAsync(LoadPage p)
    {
        try
        {
            // Leaving the page sends Blazor's disconnect beacon, so the server releases the circuit at once.
            await p.Page.GotoAsync("about:blank", new() { Timeout = 10_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException) { }
        await p.Page.Context.CloseAsync();
    }

    public async Task<IBrowserContext> NewContextAsync(string account)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl + "/",
            StorageState = await SignInAsync(account),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "nl-NL",
        });
        context.SetDefaultTimeout(options.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(120_000);
        await context.AddInitScriptAsync(Probe);
        return context;
    }

    /// <summary>Signs in once per account through the login form; its pages reuse the cookies (storage state).</summary>
    public async Task<string> SignInAsync(string account)
    {
        lock (_states)
        {
            if (_states.TryGetValue(account, out var known)) return known;
        }
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl + "/", Locale = "nl-NL" });
        // On a machine shared with other builds the load's niced Chromium may take long for a page: generous timeouts.
        context.SetDefaultTimeout(Math.Max(options.ActionTimeoutMs, 60_000));
        context.SetDefaultNavigationTimeout(120_000);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("account/login");
            await page.Locator("#email").FillAsync(account);
            await page.Locator("#password").FillAsync(DemoPassword);
            await page.Locator("form button[type=submit]").ClickAsync();
            await PassSecondFactorAsync(page);
            await page.GetByTestId("signed-in-user").WaitForAsync(new() { Timeout = 120_000 });
            var state = await context.StorageStateAsync();
            lock (_states) _states[account] = state;
            // The home page after signing in opens a circuit: leave it so that it is released before the measurements. Only
            // once the circuit is up: leaving while it was still connecting (the header is prerendered, so the page looked
            // ready) sent no disconnect beacon, and the server kept that circuit for its 3-minute retention; the smoke then
            // waited 90 s for two of them before its idle figure (docs/performance-cost.md, "Stop 9").
            try { await page.Locator("body[data-circuit='up']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 }); }
            catch (TimeoutException) { /* a page without a circuit: nothing to release */ }
            await page.GotoAsync("about:blank");
            return state;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Staff sign in with a second step (issue 19): the demo staff have <see cref="DemoAuthenticatorKey"/> in their
    /// authenticator, so the page asks for a code of now; parties are signed in at once.
    /// </summary>
    public static async Task PassSecondFactorAsync(IPage page)
    {
        await page.Locator("[data-testid='signed-in-user'], #two-factor-code").First.WaitForAsync(new() { Timeout = 120_000 });
        var code = page.Locator("#two-factor-code");
        if (await code.CountAsync() == 0) return;
        await code.FillAsync(AdrDesk.Tests.Support.Totp.Code(DemoAuthenticatorKey));
        await page.Locator("form:has(#two-factor-code) button[type=submit]").ClickAsync();
    }

    /// <summary>The demo staff's authenticator key (AdrDesk/Infrastructure/Identity/DemoAccounts.cs AuthenticatorKey).</summary>
    public const string DemoAuthenticatorKey = "ADRDESKDEMOSTAFFKEY234567ABCDEFG";

    /// <summary>The demo accounts' password (AdrDesk/Infrastructure/Identity/DemoAccounts.cs).</summary>
    public const string DemoPassword = "Demo-2026-adr";

    private static void Print(PhaseResult r)
    {
        Console.WriteLine($"-- {r.Name}: {r.Pages} pages, {r.All.Count} actions in {r.DurationSeconds:F0} s ({r.ActionsPerSecond:F1}/s)");
        Console.WriteLine($"   {"action",-28} {"n",6} {"err",5} {"p50",8} {"p95",8} {"p99",8} {"max",8}  (ms, in the page)");
        foreach (var a in r.Actions.Append(r.All))
            Console.WriteLine($"   {a.Action,-28} {a.Count,6} {a.Errors,5} {Ms(a.P50),8} {Ms(a.P95),8} {Ms(a.P99),8} {Ms(a.Max),8}");
        Console.WriteLine($"   page errors {r.PageErrors}, pages that failed to open {r.OpenErrors}, reconnects {r.Reconnects}");
        var f = r.Frames;
        Console.WriteLine($"   frames client→server {f.SentCount} (largest {f.LargestSent?.Bytes ?? 0} B, {f.SentOver24Kb} over 24 KB), " +
                          $"server→client {f.ReceivedCount} (largest {f.LargestReceived?.Bytes ?? 0} B at {f.LargestReceived?.Where}, {f.ReceivedOver64Kb} over 64 KB)");
        foreach (var (doing, n) in f.OverLimitBy.OrderByDescending(kv => kv.Value)) Console.WriteLine($"   over the limit while {doing}: {n}");
        if (f.LargestReceivedBy is { } largest)
            Console.WriteLine("   largest server→client message while: " + string.Join(", ", largest.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value / 1024.0:F1} KB")));
        foreach (var sample in r.ErrorSamples.Take(5)) Console.WriteLine($"   error: {sample}");
        if (r.Cpu is { } cpu)
        {
            Console.WriteLine($"   CPU while acting: machine {cpu.MachineBusyPercent:F0} % busy of {cpu.Cores} cores; AdrDesk {cpu.ServerCores:F2} cores" +
                              (cpu.ServerTreeCores is { } tree ? $", with its own PDF Chromium {tree:F2} cores" : "") +
                              $" ({cpu.ServerPercentOfMachine:F0} % of the machine)" +
                              (cpu.Load is { } load
                                  ? $"; the load {load.Total:F2} cores: Chromium page renderers {load.Renderers:F2}, other Chromium processes {load.OtherChromium:F2}, the runner with Playwright's driver {load.Runner:F2}"
                                  : "; the rest is the load's Chromium and the runner"));
            foreach (var (name, o) in cpu.Operations.OrderBy(kv => kv.Key))
                Console.WriteLine($"   server-side {name}: n {o.Count}, p50 {Ms(o.P50Ms)}, p95 {Ms(o.P95Ms)}, p99 {Ms(o.P99Ms)}, max {Ms(o.MaxMs)} ms");
        }
    }

    /// <summary>Issue 5 item 12's figures, on their own lines: submit → confirmation and memory per idle wizard circuit.</summary>
    public static void PrintIntake(PhaseResult r)
    {
        var submit = r.Actions.FirstOrDefault(a => a.Action == "intake: submit");
        Console.WriteLine($"== Intake load ({r.Name}): {r.Pages} wizard circuits, {r.DurationSeconds:F0} s");
        Console.WriteLine($"   submit → confirmation: {submit?.Count ?? 0} filings, {submit?.Errors ?? 0} errors; median {Ms(submit?.P50)} ms, p95 {Ms(submit?.P95)} ms, max {Ms(submit?.Max)} ms (target p95 < 500 ms)");
        if (r.Cpu?.Operations.GetValueOrDefault("intake.submit") is { } server)
            Console.WriteLine($"   of which the server's submission (IntakeSubmission, timed in AdrDesk): median {Ms(server.P50Ms)} ms, p95 {Ms(server.P95Ms)} ms, max {Ms(server.MaxMs)} ms");
        Console.WriteLine($"   memory per idle wizard circuit: managed {r.Memory.ManagedKbPerCircuit:F0} KB, working set {r.Memory.WorkingSetKbPerCircuit:F0} KB (target < 1 MB)");
    }

    private static string Ms(double? v) => v is null ? "-" : v.Value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    public static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string ReadProbe()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("probe.js")
            ?? throw new InvalidOperationException("probe.js is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class LoadPage(PageScript script, IPage page, int index)
{
    public PageScript Script { get; } = script;
    public IPage Page { get; } = page;
    public int Index { get; } = index;

    /// <summary>What the page is doing, for the frame records: "opening", or the current scripted step.</summary>
    public string Doing { get; set; } = "opening";
    private int _pageErrors;
    public int PageErrors => Volatile.Read(ref _pageErrors);
    public void CountError() => Interlocked.Increment(ref _pageErrors);
}
