using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AdrDesk.LoadRunner.Report;

/// <summary>
/// Writes docs/performance.md from the lab's results: the load runner's JSON, the benchmarks' JSON
/// (.perf/AdrDesk.Benchmarks --lab) and the machine. Each figure stands next to its target from issue 9.
/// </summary>
public static class PerformanceReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<int> WriteAsync(string[] args)
    {
        string load = Path.Combine(Repo.Root, ".perf", "out", "load.json"), bench = Path.Combine(Repo.Root, ".perf", "out", "bench.json");
        string output = Path.Combine(Repo.Root, "docs", "performance.md");
        string? smoke = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--load": load = args[++i]; break;
                case "--bench": bench = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--smoke": smoke = args[++i]; break;
                default: throw new ArgumentException($"report: unknown option {args[i]}");
            }
        }
        var loadResults = File.Exists(load) ? JsonSerializer.Deserialize<LoadJson>(await File.ReadAllTextAsync(load), Json) : null;
        var benchResults = File.Exists(bench) ? JsonSerializer.Deserialize<BenchJson>(await File.ReadAllTextAsync(bench), Json) : null;
        var text = Render(loadResults, benchResults, smoke, await MachineAsync());
        await File.WriteAllTextAsync(output, text);
        Console.WriteLine($"Wrote {output}");
        return 0;
    }

    private static string Render(LoadJson? load, BenchJson? bench, string? smoke, Machine machine)
    {
        var md = new StringBuilder();
        void L(string line = "") => md.Append(line).Append('\n');
        var baseline = load?.Phases.FirstOrDefault(p => p.Name == "baseline");
        var appPhase = load?.Phases.FirstOrDefault(p => p.Name == "app");
        var settings = load?.Settings;

        L("# Performance (issue 9)");
        L();
        L("Written by `bash .perf/run` (README \"Performance\"); do not edit by hand, run it again.");
        L();
        if (smoke is not null)
        {
            L($"> **Smoke run, not the measurement.** {smoke}");
            L("> The figures below prove that the lab works end to end; they are not AdrDesk's performance. Run the full lab on a quiet machine.");
            L();
        }
        L("| | |");
        L("|---|---|");
        // The run's own start and commit when the load runner recorded them: a report written later (or again from the
        // same JSON) must not claim a later commit or date for the figures.
        var head = machine.Head;
        L(load?.Started is { } started
            ? $"| date | measured from {started}; report written {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz} |"
            : $"| date | {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz} |");
        L(load?.Commit is { } measured && measured != head
            ? $"| commit | measured at `{measured}`; report written at `{head}` ({machine.Branch}) (\"+\": with uncommitted changes) |"
            : $"| commit | `{head.TrimEnd('+')}` ({machine.Branch}){(head.EndsWith('+') ? ", with uncommitted changes" : "")} |");
        L($"| machine | {machine.Cores} cores ({machine.Cpu}), {machine.MemoryGb:F1} GB memory, load average at the end {machine.LoadAverage} |");
        L($"| browser | {machine.Chromium} |");
        if (settings is not null)
            L($"| load settings | {settings.Pages} pages per phase, {settings.Rate.ToString(Inv)} actions/s per page (±50 % jitter), {settings.DurationSeconds} s per phase, {settings.Cases:N0} seeded cases, {settings.FillerOrganisations} filler register entries{(settings.IntakeLoad > 0 ? $"; intake load: {settings.IntakeLoad} wizard pages at {settings.IntakeRate.ToString(Inv)} actions/s each for {settings.IntakeDurationSeconds} s" : "")}{(settings.IntakeLoad > 0 && settings.IntakePacedRate > 0 ? $", then at a person's pace, {settings.IntakePacedRate.ToString(Inv)} actions/s each" : "")} |");
        if (load?.LoadAverage is { Count: > 0 } averages)
            L($"| load average (1, 5, 15 min) | {string.Join("; ", averages.Select(kv => $"{kv.Key}: {kv.Value}"))} (2 cores: above 2, other work shared the cores during the run) |");
        L();

        L("## Targets");
        L();
        L("| target (issue 9) | figure | met? |");
        L("|---|---|---|");
        if (appPhase is not null && baseline is not null && settings is not null)
        {
            var a = appPhase.All;
            var clean = a.Errors == 0 && appPhase.Reconnects == 0 && appPhase.OpenErrors == 0 && appPhase.PageErrors == 0;
            var full = appPhase.Pages >= 100 && settings.Rate >= 0.5;
            var inbound = appPhase.Cpu?.Operations?.GetValueOrDefault("circuit.inbound");
            L($"| UI action p95 ≤ 100 ms, p99 ≤ 250 ms, 100 circuits at 0.5 actions/s, no errors or reconnects | {appPhase.Pages} circuits, measured in the page: p95 {Ms(a.P95)}, p99 {Ms(a.P99)}; {a.Errors} errors, {appPhase.Reconnects} reconnects, {appPhase.PageErrors} page errors" +
              (inbound is null ? "" : $"; the server's own time per inbound circuit activity (event + render, JS results, acknowledgements; n {inbound.Count}): p95 {Ms(inbound.P95Ms)}, p99 {Ms(inbound.P99Ms)}") + $" | {Met(a.P95 <= 100 && a.P99 <= 250 && clean, full ? null : $"{appPhase.Pages} circuits only")} |");
            var ratio = a.P95 / baseline.All.P95;
            L($"| … and within 10× the baseline page's p95 | {Ms(a.P95)} / {Ms(baseline.All.P95)} = **{Num(ratio)}×** | {Met(ratio <= 10)} |");
            var m = appPhase.Memory;
            L($"| managed memory per idle circuit on the case grid page ≤ 400 KB (after a forced collection) | {Num(m.ManagedKbPerCircuit, "F0")} KB on {appPhase.MemoryPage} ({m.Circuits} circuits) | {Met(m.ManagedKbPerCircuit <= 400, GridCaveat(appPhase))} |");
            L($"| working set ≤ 2 MB per circuit | {Num(m.WorkingSetKbPerCircuit / 1024, "F2")} MB | {Met(m.WorkingSetKbPerCircuit <= 2048, GridCaveat(appPhase))} |");
            var frames = load!.AllPhases.Select(p => p.Frames).ToList();
            var maxIn = frames.Max(f => f.LargestReceived?.Bytes ?? 0);
            var maxOut = frames.Max(f => f.LargestSent?.Bytes ?? 0);
            var over = frames.Sum(f => f.ReceivedOver64Kb + f.SentOver24Kb);
            L($"| no render batch over 64 KB, no client→server message over 24 KB | largest server→client {Kb(maxIn)}, client→server {Kb(maxOut)}; {over} over the limits (by page and action below) | {Met(over == 0)} |");
        }
        else
        {
            L("| UI latency, memory per circuit, frames | the load runner did not run | not measured |");
        }
        if (bench is not null)
        {
            var create = bench.Find("CreateCase");
            var raw = bench.Find("RawWalCommit");
            if (create is not null && raw is not null)
            {
                var share = raw.MeanNs / create.MeanNs;
                var sameRows = bench.Find("RawSameRows");
                L($"| intake submissions persisted ≥ 40 % of the raw WAL commit rate (same run, same disk) | {Rate(create.MeanNs)}/s vs raw {Rate(raw.MeanNs)}/s (one row per commit) = **{share:P1}**" +
                  (sameRows is null ? "" : $"; like with like, vs the same rows written raw ({Rate(sameRows.MeanNs)}/s): {sameRows.MeanNs / create.MeanNs:P0}") + $" | {Met(share >= 0.40)} |");
            }
            foreach (var query in bench.Grid())
            {
                var ef = bench.Find($"Ef{query}");
                var sql = bench.Find($"Raw{query}");
                if (ef is null || sql is null) continue;
                var plansOk = bench.Plans.Where(p => p.Query == query).All(p => p.Ok);
                L($"| case grid over {bench.GridCases:N0} cases, {ef.Description.Replace("EF: ", "", StringComparison.Ordinal)}: page + count p95 ≤ 10 ms (EF Core), ≤ 5× raw SQL, indexed | EF p95 {Ms(ef.P95Ns / 1e6)} (raw {Ms(sql.P95Ns / 1e6)}); EF ÷ raw: median {Num(ef.MedianNs / sql.MedianNs)}×, p95 {Num(ef.P95Ns / sql.P95Ns)}×; plan {(plansOk ? "indexed" : "**scan or temp sort**")} | {Met(GridMet(ef, sql, plansOk), bench.GridCases < 200_000 ? $"{bench.GridCases:N0} cases only" : null)} |");
            }
        }
        else
        {
            L("| intake persistence, case grid | the benchmarks did not run | not measured |");
        }
        if (load?.Reconnect is { } r)
            L($"| after 10 s offline a circuit resumes within 3 s with the wizard's input intact | {(r.ResumedAfterMs is { } ms ? $"resumed {ms / 1000:F2} s after going online" : "did not resume")}; the wizard's first step: input in the page {(r.InputIntactInPage ? "intact" : "lost")}, circuit state {(r.ServerStateIntact ? "intact (\"Volgende\" moved on with the typed answers)" : "lost")} | {Met(r.ResumedAfterMs <= 3000 && r.InputIntactInPage && r.ServerStateIntact)} |");
        else
            L("| after 10 s offline a circuit resumes within 3 s | not run | not measured |");
        if (load?.LongOffline is { } lo)
            L($"| after 4 minutes offline the draft is restored from the database | circuit gone (retention 3 min); page reloaded by itself: {(lo.Reloaded ? "yes" : "no")}; the wizard {(lo.DraftRestored == true ? $"came back at the saved step with the saved answers, {lo.DraftRestoredAfterMs / 1000:F1} s after going online" : "did not come back at the saved step")} | {Met(lo.DraftRestored == true)} |");
        else
            L("| after 4 minutes offline the draft is restored from the database | not measured (run with `--long-offline`) | not measured |");
        foreach (var run in load?.IntakeRuns ?? [])
        {
            var submit = run.Actions.FirstOrDefault(a => a.Action == "intake: submit");
            var own = run.Cpu?.Operations?.GetValueOrDefault("intake.submit");
            var pace = run == load!.IntakeLoadPaced
                ? $"at a person's pace ({settings!.IntakePacedRate.ToString(Inv)} steps/s per page)"
                : $"at a stress pace ({settings!.IntakeRate.ToString(Inv)} steps/s per page)";
            L($"| (issue 5 item 12) {run.Pages} wizard circuits stepping through and submitting {pace}: \"Geschil indienen\" → confirmation p95 < 500 ms | {submit?.Count ?? 0} filings, measured in the page: median {Ms(submit?.P50)}, p95 {Ms(submit?.P95)}; {submit?.Errors ?? 0} errors" +
              (own is null ? "" : $"; of which the server's own submission (timed in AdrDesk): median {Ms(own.P50Ms)}, p95 {Ms(own.P95Ms)}") + $" | {Met(submit is { Count: > 0, Errors: 0 } && submit.P95 < 500, run.Pages < 50 ? $"{run.Pages} circuits only" : null)} |");
        }
        if (load?.IntakeLoad is { } il)
        {
            L($"| (issue 5 item 12) server memory per open idle wizard circuit < 1 MB | managed {Num(il.Memory.ManagedKbPerCircuit, "F0")} KB, working set {Num(il.Memory.WorkingSetKbPerCircuit, "F0")} KB per circuit ({il.Memory.Circuits} circuits, forced collection) | {Met(il.Memory.ManagedKbPerCircuit < 1024 && il.Memory.WorkingSetKbPerCircuit < 1024)} |");
        }
        foreach (var w in load?.Wrk ?? [])
            L($"| prerendered first load of a public page: p95 ≤ 200 ms at ≥ 300 requests/s (`{w.Path}`) | {w.RequestsPerSecond:F0} requests/s, p95 {Ms(w.P95Ms)} ({w.Connections} connections, {w.Seconds} s; {w.Non2xx} non-2xx, {w.SocketErrors} socket errors{(w.Path == "/webshops" && settings?.FillerOrganisations > 0 ? $"; the list holds the demo webshops and {settings.FillerOrganisations} filler entries" : "")}) | {Met(w.P95Ms <= 200 && w.RequestsPerSecond >= 300 && w.Non2xx == 0)} |");
        if (load is not null && load.Wrk.Count == 0) L("| prerendered first load of a public page | wrk did not run | not measured |");
        var pdf = bench?.Find("OneRuling");
        var pdf4 = bench?.Find("FourRulings");
        if (pdf is not null) L($"| (issue 4) 1 ruling PDF median < 150 ms | median {Ms(pdf.MedianNs / 1e6)}, p95 {Ms(pdf.P95Ns / 1e6)} | {Met(pdf.MedianNs / 1e6 < 150)} |");
        if (pdf4 is not null) L($"| (issue 4) ≥ 15 ruling PDFs/s, 4 at a time | {4e9 / pdf4.MeanNs:F1}/s | {Met(4e9 / pdf4.MeanNs >= 15)} |");
        L();

        if (load is not null)
        {
            L("## Circuits under load (load runner)");
            L();
            L("Latency is measured inside the page: `performance.now()` at the user's event (click, submit, key) and at the first DOM mutation of the region the action changes (MutationObserver). Frame sizes are WebSocket message payloads seen by Chromium (Playwright `WebSocket.FrameSent/FrameReceived`).");
            L();
            L("| phase | action | n | errors | p50 ms | p95 ms | p99 ms | max ms |");
            L("|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var p in load.Phases)
                foreach (var a in p.Actions.Append(p.All))
                    L($"| {p.Name} | {a.Action} | {a.Count} | {a.Errors} | {Ms(a.P50, false)} | {Ms(a.P95, false)} | {Ms(a.P99, false)} | {Ms(a.Max, false)} |");
            L();
            L("| phase | pages (mix) | actions/s | reconnects | page errors | memory per circuit (managed / working set) | Chromium | frames client→server (largest) | frames server→client (largest) |");
            L("|---|---|---:|---:|---:|---|---|---|---|");
            foreach (var p in load.Phases)
                L($"| {p.Name} | {p.Pages} ({p.PageMix}) | {p.ActionsPerSecond:F1} | {p.Reconnects} | {p.PageErrors} | {p.Memory.ManagedKbPerCircuit:F0} KB / {p.Memory.WorkingSetKbPerCircuit:F0} KB on {p.MemoryPage} | {p.Memory.ChromiumProcesses} processes, {p.Memory.ChromiumResidentMb:F0} MB RSS sum{(p.Memory.MachineAvailableMb > 0 ? $"; {p.Memory.MachineAvailableMb:F0} MB left available" : "")} | {p.Frames.SentCount} ({Kb(p.Frames.LargestSent?.Bytes ?? 0)}) | {p.Frames.ReceivedCount} ({Kb(p.Frames.LargestReceived?.Bytes ?? 0)}, {p.Frames.LargestReceived?.Where}) |");
            L();
            var withCpu = load.AllPhases.Where(p => p.Cpu is not null).ToList();
            if (withCpu.Count > 0)
            {
                L("Where the CPU went while the scripts acted (machine: `/proc/stat`; AdrDesk: its process and its own PDF Chromium; the load: the runner's process tree " +
                  "without AdrDesk's, by kind: the Chromium page renderers, Chromium's other processes (browser, GPU, utility), the runner with Playwright's driver; all from `/proc`), " +
                  "and the server's own durations of its hot operations (`OperationTimings`, reset at the start of the phase):");
                L();
                L("| phase | machine busy | AdrDesk (with its PDF Chromium) | the load: page renderers / other Chromium / runner | server-side operations (n, median / p95 / max ms) |");
                L("|---|---:|---:|---:|---|");
                foreach (var p in withCpu)
                {
                    var c = p.Cpu!;
                    var ops = string.Join("; ", (c.Operations ?? []).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value.Count}, {Ms(kv.Value.P50Ms, false)} / {Ms(kv.Value.P95Ms, false)} / {Ms(kv.Value.MaxMs, false)}"));
                    var loadSide = c.Load is { } l ? $"{l.Renderers:F2} / {l.OtherChromium:F2} / {l.Runner:F2} cores" : "—";
                    L($"| {p.Name} | {c.MachineBusyPercent:F0} % of {c.Cores} cores | {c.ServerCores:F2} cores{(c.ServerTreeCores is { } t ? $" ({t:F2})" : "")} | {loadSide} | {(ops.Length == 0 ? "—" : ops)} |");
                }
                L();
            }
            if (load.Cost is { } cost) CostSection(cost, L);
            if (baseline is not null && appPhase is not null)
            {
                L("**Baseline ratios** (app ÷ baseline, same run, same N): " +
                  $"p50 {Num(appPhase.All.P50 / baseline.All.P50)}×, p95 {Num(appPhase.All.P95 / baseline.All.P95)}×, p99 {Num(appPhase.All.P99 / baseline.All.P99)}×; " +
                  $"managed memory per circuit {Num(appPhase.Memory.ManagedKbPerCircuit / baseline.Memory.ManagedKbPerCircuit)}×, working set per circuit {Num(appPhase.Memory.WorkingSetKbPerCircuit / baseline.Memory.WorkingSetKbPerCircuit)}×.");
                L();
            }
            var errors = load.Phases.SelectMany(p => p.ErrorSamples.Select(e => $"{p.Name}: {e}")).Take(10).ToList();
            if (errors.Count > 0)
            {
                L("Errors seen (first ten):");
                L();
                foreach (var e in errors) L($"- {e.Replace("|", "\\|", StringComparison.Ordinal)}");
                L();
            }
            var overLimit = load.Phases.SelectMany(p => (p.Frames.OverLimitBy ?? []).Select(kv => $"{p.Name}, {kv.Key}: {kv.Value}")).ToList();
            if (overLimit.Count > 0)
            {
                L("Messages over the frame limits (64 KB server→client, 24 KB client→server), by what the page was doing:");
                L();
                foreach (var o in overLimit) L($"- {o}");
                L();
            }
            foreach (var p in load.AllPhases)
            {
                if (p.Frames.LargestReceivedBy is not { Count: > 0 } largest) continue;
                L($"Largest server→client message by what the page was doing ({p.Name}): " +
                  string.Join(", ", largest.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {Kb(kv.Value)}{(kv.Value > 64 * 1024 ? " **over**" : "")}")) + ".");
                L();
            }
            if (load.Reconnect is { } rc) { L($"Reconnect test (10 s): {rc.Note}"); L(); }
            if (load.LongOffline is { } lr) { L($"Reconnect test (4 min): {lr.Note}"); L(); }
            if (load.Notes.Count > 0)
            {
                L("Notes from the runner:");
                L();
                foreach (var n in load.Notes) L($"- {n}");
                L();
            }
        }

        if (load?.IntakeLoad is { } intake)
        {
            L("## The intake under load (issue 5, item 12)");
            L();
            L($"`--intake-load {intake.Pages}`: {intake.Pages} pages, each signed in as a consumer of its own (the wizard keeps one draft per user), open `/intake/bindend-advies` " +
              $"(server memory before and after, forced collection: memory per open idle wizard circuit), then step through the wizard and submit, again and again, " +
              $"at {load.Settings.IntakeRate.ToString(Inv)} actions/s per page (±50 %) for {intake.DurationSeconds:F0} s. Each step fills the step's fields (not timed) and clicks \"Volgende\"; " +
              "\"submit\" is timed in the page from the click on \"Geschil indienen\" to the confirmation with the case number (not to the first mutation, which is the busy button). " +
              "A filing writes the case, its audit entries, the receipt it owes the filer (`PendingReceipts`) and the draft's removal in one transaction before the confirmation shows; " +
              "the receipt PDF is rendered after the commit by `ReceiptDelivery` (server-side operation `intake.receipt`: render, store, outbox mail), one at a time.");
            L();
            L("| action | n | errors | median ms | p95 ms | p99 ms | max ms |");
            L("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var a in intake.Actions.Append(intake.All))
                L($"| {a.Action} | {a.Count} | {a.Errors} | {Ms(a.P50, false)} | {Ms(a.P95, false)} | {Ms(a.P99, false)} | {Ms(a.Max, false)} |");
            L();
            var im = intake.Memory;
            L($"Memory per open idle wizard circuit: managed {im.ManagedKbPerCircuit:F0} KB, working set {im.WorkingSetKbPerCircuit:F0} KB ({im.Circuits} circuits). " +
              $"Frames: largest server→client {Kb(intake.Frames.LargestReceived?.Bytes ?? 0)}, client→server {Kb(intake.Frames.LargestSent?.Bytes ?? 0)}; page errors {intake.PageErrors}, reconnects {intake.Reconnects}.");
            L();
            foreach (var e in intake.ErrorSamples.Take(5)) L($"- error: {e.Replace("|", "\\|", StringComparison.Ordinal)}");
            if (intake.ErrorSamples.Count > 0) L();
        }

        if (load?.IntakeLoadPaced is { } paced)
        {
            var rate = load.Settings.IntakePacedRate;
            L("### The same at a person's pace");
            L();
            L($"Then the same {paced.Pages} pages (the same accounts, each going on from its saved draft) at {rate.ToString(Inv)} actions/s per page, a step every {1 / rate:F0} s on average (±50 %), " +
              $"for {paced.DurationSeconds:F0} s: {paced.Pages} people filing at once, at the pace people fill a step. The run above is {load.Settings.IntakeRate / rate:F0} times faster than that, to stress the server.");
            L();
            L("| action | n | errors | median ms | p95 ms | p99 ms | max ms |");
            L("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var a in paced.Actions.Append(paced.All))
                L($"| {a.Action} | {a.Count} | {a.Errors} | {Ms(a.P50, false)} | {Ms(a.P95, false)} | {Ms(a.P99, false)} | {Ms(a.Max, false)} |");
            L();
            L($"Page errors {paced.PageErrors}, reconnects {paced.Reconnects}; largest server→client frame {Kb(paced.Frames.LargestReceived?.Bytes ?? 0)}.");
            L();
            foreach (var e in paced.ErrorSamples.Take(5)) L($"- error: {e.Replace("|", "\\|", StringComparison.Ordinal)}");
            if (paced.ErrorSamples.Count > 0) L();
        }

        if (bench is not null)
        {
            L("## Benchmarks (BenchmarkDotNet 0.14.0, in-process)");
            L();
            L("| benchmark | mean | median | p95 | n |");
            L("|---|---:|---:|---:|---:|");
            foreach (var b in bench.Benchmarks)
                L($"| {b.Description} | {Time(b.MeanNs)} | {Time(b.MedianNs)} | {Time(b.P95Ns)} | {b.N} |");
            L();
            L(bench.Method);
            L();
            if (bench.Plans.Count > 0)
            {
                L($"### Case grid query plans ({bench.GridCases:N0} cases, `EXPLAIN QUERY PLAN`)");
                L();
                foreach (var p in bench.Plans)
                {
                    L($"**{p.Query}, {p.Engine}**{(p.Ok ? "" : $" — {p.Problem}")}");
                    L();
                    L("```sql");
                    L(p.Sql.Trim());
                    L("```");
                    L("```");
                    foreach (var line in p.Plan) L(line);
                    L("```");
                    L();
                }
            }
            foreach (var n in bench.Notes) L($"- {n}");
            if (bench.Notes.Count > 0) L();
        }
        Findings(load, bench, L);
        L("## How the lab works");
        L();
        L("| part | where | what it measures |");
        L("|---|---|---|");
        L("| load runner | `.perf/AdrDesk.LoadRunner/` | starts the published AdrDesk (environment `Load`, temp SQLite file, demo data, `--seed-volume` cases, 60 filler register entries so `/register` pages) on a free loopback port, or attaches with `--url`; one Chromium, one context per page; each account signs in once and its pages reuse the cookies. Phase *baseline*: N pages on `/diagnostics/baseline` click +1. Phase *app*: the grid scripts' pages (staff accounts) open on the grid page (memory per idle circuit), the others on their own pages, then each runs its script. `/diagnostics/server` (forced collection) before and after opening the pages gives memory per circuit; one primer page opens on the same page before the first figure, so that the caches the first circuit fills for the whole process (EF Core's compiled queries, reflection caches, resource sets) are not counted per circuit. |");
        L("| in-page probe | `.perf/AdrDesk.LoadRunner/probe.js` (AddInitScript) | latency from the user's event to the first DOM mutation of the changed region; reconnect modal appearances; keeps the WebSockets so the reconnect test can drop them |");
        L("| page scripts | `.perf/AdrDesk.LoadRunner/Scripts/` | one class per page: route, accounts, weight, next action. *workbench* (`/workbench`: next/previous page, webshop filter), *register* (`/register`: the same), *webshops* (public list search), *case page* (`/my-cases` as consument@ and webshop@: open a case, its messages tab, post a message, back to the list), *intake* (`/intake/bindend-advies`, `Wizard.cs`: each action is the current step's, from \"Wie bent u\" to \"Geschil indienen\" and the confirmation, then a new wizard; every intake page signs in as a consumer of its own, `intake-NNN@load.adrdesk.nl`, copied from the demo consumer into the runner's temp database). A script whose route answers 404 is skipped with a note |");
        L("| intake load | `LoadLab.IntakeLoadAsync` (`--intake-load N`) | issue 5 item 12: N wizard pages, memory per idle wizard circuit, then stepping and submitting; \"Geschil indienen\" → confirmation; at `--intake-rate` (1 step/s per page, a stress pace), then again at `--intake-paced-rate` (0.2: a step per 5 s, a person's pace) |");
        L("| CPU split | `--chromium-nice N` (15), `MachineCpu`, `ProcessTreeCpu`, `/diagnostics/server` (`CpuSeconds`, `Operations`) | the load's Chromium runs at niceness 15, and in its own scheduling group at the same niceness (Playwright starts it in a session of its own, and the kernel's autogroup scheduling shares the CPU per session whatever a process's niceness): the server under test gets the CPU it asks for first, as it would on a machine of its own; the browsers' time is still in every figure measured in the page. Per phase: the machine's busy share, AdrDesk's cores, the load's cores by kind (page renderers, other Chromium processes, the runner with Playwright's driver: the runner's process tree without AdrDesk's, per process from `/proc`), and the server's own durations of its hot operations |");
        L("| reconnect | `Reconnect.cs` | on the intake wizard: offline emulation (`SetOfflineAsync`) plus closing the page's WebSocket (offline emulation alone does not close it). 10 s: time from going online to the modal's hide, the typed answers in the page, and \"Volgende\" moving on (the circuit kept them). With `--long-offline` 4 min (past the 3-minute retention): the page reloads by itself and the wizard must show the saved step and answers from the database |");
        L("| wrk | `Wrk.cs` | `wrk -t2 -c32 --latency` with a Lua `done` hook for p95, on `/` and `/webshops`, after the browser pages are closed |");
        L("| benchmarks | `.perf/AdrDesk.Benchmarks/` (`--lab`) | eligibility check, intake persistence vs raw WAL commits, transition with audit, case grid page + count (EF Core vs raw SQL, with plans), ruling PDF |");
        L("| report | `.perf/AdrDesk.LoadRunner/Report/` | this page |");
        L();
        return md.ToString();
    }

    /// <summary>Issue 9 item 7: for each missed target, the cause the lab found and what a fix would take.</summary>
    private static void Findings(LoadJson? load, BenchJson? bench, Action<string> L)
    {
        var items = new List<string>();
        var overLimit = load?.Phases.SelectMany(p => (p.Frames.OverLimitBy ?? []).Keys).Where(k => !k.StartsWith("client", StringComparison.Ordinal)).Distinct().ToList() ?? [];
        if (overLimit.Count > 0)
        {
            var markup = load!.Notes.FirstOrDefault(n => n.Contains("grid page of", StringComparison.Ordinal));
            var grids = load.Notes.Where(n => n.Contains("grid page of", StringComparison.Ordinal)).ToList();
            items.Add("**Render batches over 64 KB** (" + string.Join(", ", overLimit) + "). " + string.Join("; ", grids) + ". " +
                      "A component grid's page change or search re-renders every row component and every cell component, and the render batch carries the complete frames of each " +
                      "re-rendered component (not only what changed), so a batch is well over the row markup. `/register` was fixed this way: the status badge, the two icons and " +
                      "the two row actions became plain markup (no badge, icon or button component per row), which left a page change of 25 rows " +
                      "at about 82 KB; then 15 rows per page instead of 25, which took it to about 50 KB (57 KB for the first render of the page). What the rest would take (`/workbench`, 50 rows per page, owned by the workbench " +
                      "feature): the same two steps: plain markup in its status cell, and 25 rows per page (or a plain table with server paging, as `/webshops` has).");
        }
        var app = load?.Phases.FirstOrDefault(p => p.Name == "app");
        var basePhase = load?.Phases.FirstOrDefault(p => p.Name == "baseline");
        if (app is not null && (app.All.P95 > 100 || app.All.P99 > 250 || (basePhase is not null && app.All.P95 / basePhase.All.P95 > 10)))
        {
            var slowest = app.Actions.Where(x => x.Count > 0).OrderByDescending(x => x.P95).Take(3)
                .Select(x => $"{x.Action} p95 {Ms(x.P95)}");
            var cpu = app.Cpu;
            var inbound = cpu?.Operations?.GetValueOrDefault("circuit.inbound");
            items.Add($"**UI actions with {app.Pages} circuits: p95 {Ms(app.All.P95)}, p99 {Ms(app.All.P99)}, measured in the page.** Slowest: {string.Join(", ", slowest)}. " +
                      (inbound is null ? "" : $"On the server, an inbound circuit activity (a browser event with its handler and render, a JS result, a render acknowledgement) took median {Ms(inbound.P50Ms)}, p95 {Ms(inbound.P95Ms)}, p99 {Ms(inbound.P99Ms)}. ") +
                      (cpu is null ? "" : $"The machine was {cpu.MachineBusyPercent:F0} % busy; AdrDesk used {(cpu.ServerTreeCores ?? cpu.ServerCores):F2} of its {cpu.Cores} cores, the load's " +
                                          $"{app.Pages} Chromium pages the rest, so most of the time in the page is the browsers' own work queueing for the same two cores " +
                                          "(the baseline's pages are lighter: one number changes, where an app action re-renders a table, a tab or a wizard step). ") +
                      (cpu?.Load is { } l && app.ActionsPerSecond > 0
                          ? $"Per action, the load's side spent {l.Total / app.ActionsPerSecond * 1000:F0} ms of CPU (page renderers {l.Renderers / app.ActionsPerSecond * 1000:F0} ms) against AdrDesk's " +
                            $"{(cpu.ServerTreeCores ?? cpu.ServerCores) / app.ActionsPerSecond * 1000:F0} ms" +
                            (basePhase?.Cpu?.Load is { } bl && basePhase.ActionsPerSecond > 0 ? $" (baseline: {bl.Total / basePhase.ActionsPerSecond * 1000:F0} ms per action on the load's side)" : "") +
                            $"; the pages managed {app.ActionsPerSecond:F1} actions/s of the {app.Pages * load!.Settings.Rate:F0} scheduled, each waiting for its last to finish. " +
                            $"At that cost per action, the scheduled rate would need {l.Total / app.ActionsPerSecond * app.Pages * load.Settings.Rate:F1} cores of this machine's {cpu.Cores} for the load's browsers alone: " +
                            "with the browsers on the same cores the target cannot be reached whatever the server does. "
                          : "") +
                      "What it would take to measure the server alone: the load's browsers on a second machine; to lower it on this one: smaller DOM changes per action.");
        }
        var create = bench?.Find("CreateCase");
        var raw = bench?.Find("RawWalCommit");
        if (create is not null && raw is not null && raw.MeanNs / create.MeanNs < 0.40)
        {
            var perIntake = bench!.Notes.FirstOrDefault(n => n.StartsWith("Intake persistence:", StringComparison.Ordinal));
            var same = bench.Find("RawSameRows");
            items.Add($"**Intake persistence is {raw.MeanNs / create.MeanNs:P1} of the raw WAL commit rate.** " + (perIntake is null ? "" : perIntake + " ") +
                      "The target compares unlike things: a raw commit is one INSERT of one row; a filed intake is one transaction of many rows (number sequence, case, parties, deadlines, " +
                      "audit entries, summary, participants) written through EF Core with a new DbContext and change tracking, and events published after the commit. " +
                      (same is null ? "" : $"Like with like: the same rows written with raw SQL in one transaction per intake run at {Rate(same.MeanNs)}/s, so EF Core and the domain reach " +
                                           $"**{same.MeanNs / create.MeanNs:P0}** of raw SQL writing the same rows; the disk's commit rate is not what limits an intake. ") +
                      "Done in this run: the pragmas are set once per physical connection (`SqlitePragmas`), not on every open of a pooled one" +
                      (bench.Find("OpenWithPragmas") is { } withPragmas && bench.Find("Open") is { } open
                          ? $": that saves {Time(withPragmas.MeanNs - open.MeanNs)} per DbContext (an open with the pragmas {Time(withPragmas.MeanNs)}, without {Time(open.MeanNs)}), " +
                            $"about {(withPragmas.MeanNs - open.MeanNs) / create.MeanNs:P1} of an intake: true, but not the cause. "
                          : ". ") +
                      "What more it would take to approach 40 % of one-row commits: fewer statements per intake in `CaseStore` (one INSERT per child table with several rows, " +
                      "the number sequence as `UPDATE … RETURNING`), no change tracking for the insert-only rows (audit, summary, participants), and a compiled model. That is `CaseStore`'s " +
                      "code (the cases feature), not changed here.");
        }
        foreach (var query in bench?.Grid() ?? [])
        {
            var ef = bench!.Find($"Ef{query}");
            var sql = bench.Find($"Raw{query}");
            if (ef is null || sql is null || GridMet(ef, sql, plansOk: true)) continue;
            items.Add($"**Case grid '{ef.Description.Replace("EF: ", "", StringComparison.Ordinal)}': EF Core p95 {Ms(ef.P95Ns / 1e6)}, median {Ms(ef.MedianNs / 1e6)} (raw: {Ms(sql.P95Ns / 1e6)}, {Ms(sql.MedianNs / 1e6)}).** " +
                      "The plans are the same; the difference per call is EF Core's: a new DbContext, a pooled connection re-opened with four pragmas and the SQL functions registered, two commands, " +
                      "materialisation. " + (query == "OpenByDeadline" ? "The count of every open case reads the whole index range, so it grows with the number of open cases. " : "") +
                      "What it would take: pragmas once per physical connection, a compiled query" + (query == "OpenByDeadline" ? ", and for the unfiltered grid a cached or estimated count." : "."));
        }
        if (load?.Reconnect is { ResumedAfterMs: > 3000 } r)
            items.Add($"**Reconnect took {r.ResumedAfterMs / 1000:F1} s after the network came back.** AdrDesk starts Blazor with a retry every second and an immediate attempt on " +
                      "the browser's `online` event (`wwwroot-assets/js/adrdesk.js`); a resume slower than that is the reconnect itself (a new WebSocket and `ConnectCircuit`) on a busy machine.");
        if (load?.IntakeLoad?.Actions.FirstOrDefault(a => a.Action == "intake: submit") is { P95: >= 500 } slow)
        {
            var own = load.IntakeLoad.Cpu?.Operations?.GetValueOrDefault("intake.submit");
            var cpu = load.IntakeLoad.Cpu;
            items.Add($"**A filing takes {Ms(slow.P50)} (median), {Ms(slow.P95)} (p95) from \"Geschil indienen\" to the confirmation, measured in the page, with {load.IntakeLoad.Pages} wizard circuits.** " +
                      (own is null ? "" : $"The server's own part (IntakeSubmission, timed in AdrDesk) is median {Ms(own.P50Ms)}, p95 {Ms(own.P95Ms)}. ") +
                      (cpu is null ? "" : $"The machine was {cpu.MachineBusyPercent:F0} % busy and AdrDesk used {(cpu.ServerTreeCores ?? cpu.ServerCores):F2} of its {cpu.Cores} cores: the rest of the time in the page is the " +
                                          "load's own Chromium (event handling, applying the render batch to the DOM, the probe) queueing for the same cores. ") +
                      (cpu?.Load is { } l ? $"The load's side used {l.Total:F2} cores (page renderers {l.Renderers:F2}). " : "") +
                      (load.IntakeLoadPaced?.Actions.FirstOrDefault(a => a.Action == "intake: submit") is { Count: > 0 } paced
                          ? $"At a person's pace ({load.Settings.IntakePacedRate.ToString(Inv)} steps/s per page) the same {load.IntakeLoadPaced.Pages} circuits' filings took median {Ms(paced.P50)}, p95 {Ms(paced.P95)}. "
                          : "") +
                      "The receipt PDF is no longer in the click's path (it is issued after the commit). What more it would take: the load's browsers on other cores than the server's " +
                      "(a second machine), or a smaller wizard DOM per step so that the browser applies less per render.");
        }
        if (items.Count == 0) return;
        L("## Findings: causes of missed targets");
        L("");
        foreach (var item in items) L("- " + item);
        L("");
    }

    /// <summary>p95 through EF Core ≤ 10 ms; "≤ 5× raw SQL" judged on medians (a p95 ratio of two noisy tails says little); indexed.</summary>
    private static bool GridMet(BenchmarkJson ef, BenchmarkJson sql, bool plansOk) => ef.P95Ns / 1e6 <= 10 && ef.MedianNs / sql.MedianNs <= 5 && plansOk;

    private static string? GridCaveat(PhaseJson p) => p.MemoryPage.Contains("workbench", StringComparison.Ordinal) ? null : $"measured on {p.MemoryPage}: the workbench script was not in this run";

    private static string Met(bool ok, string? caveat = null) => (ok ? "met" : "**not met**") + (caveat is null ? "" : $" ({caveat})");
    private static string Met(bool? ok, string? caveat = null) => ok is null ? "not measured" : Met(ok.Value, caveat);
    private static string Ms(double? ms, bool unit = true) => ms is null ? "–" : ms.Value.ToString(ms < 10 ? "F2" : "F1", Inv) + (unit ? " ms" : "");
    private static string Num(double? v, string format = "F1") => v is null || double.IsNaN(v.Value) || double.IsInfinity(v.Value) ? "–" : v.Value.ToString(format, Inv);
    private static string Kb(int bytes) => $"{bytes / 1024.0:F1} KB";
    private static string Rate(double meanNs) => (1e9 / meanNs).ToString("N0", Inv);

    private static string Time(double ns) => ns switch
    {
        < 1_000 => $"{ns:F0} ns",
        < 1_000_000 => $"{ns / 1e3:F1} µs",
        _ => $"{ns / 1e6:F2} ms",
    };

    /// <summary>Head: HEAD's short hash, "+" when tracked files have uncommitted changes (<see cref="Repo.CommitAsync"/>).</summary>
    private sealed record Machine(int Cores, string Cpu, double MemoryGb, string LoadAverage, string Head, string Branch, string Chromium);

    private static async Task<Machine> MachineAsync()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? (await File.ReadAllLinesAsync("/proc/cpuinfo")).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        var memKb = File.Exists("/proc/meminfo")
            ? long.Parse((await File.ReadAllLinesAsync("/proc/meminfo")).First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Inv)
            : 0;
        var load = File.Exists("/proc/loadavg") ? string.Join(" ", (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3)) : "?";
        return new Machine(Environment.ProcessorCount, cpu, memKb / 1024.0 / 1024.0, load,
            await Repo.CommitAsync() ?? "?", await Repo.RunAsync("git", "rev-parse --abbrev-ref HEAD") ?? "?",
            await Repo.RunAsync("/usr/bin/chromium", "--version") ?? "?");
    }

    /// <summary>Issue 21: AdrDesk's own CPU per action per workflow (each alone), against the baseline page's, and idle CPU.</summary>
    private static void CostSection(CostJson cost, Action<string> L)
    {
        L("### Server cost per action (issue 21)");
        L("");
        L("Each workflow alone, its pages only, after the mixed phase: AdrDesk's process CPU (user + system; without its PDF Chromium), bytes allocated and " +
          "collections over the phase, divided by the actions completed. Independent of the load's browsers: their CPU is not in it. Target: every workflow at most 2× the baseline page.");
        L("");
        L("| workflow | pages × s | actions | CPU per action | × baseline | allocated per action | GC gen0 / gen1 / gen2 |");
        L("|---|---|---:|---:|---:|---:|---|");
        var baseMs = cost.Workflows.FirstOrDefault(w => w.Name == "cost: baseline")?.Cpu?.Cost?.CpuMsPerAction;
        foreach (var w in cost.Workflows)
        {
            if (w.Cpu?.Cost is not { } c) continue;
            var ratio = baseMs is > 0 ? (c.CpuMsPerAction / baseMs.Value).ToString("F1", Inv) + "×" : "—";
            L($"| {w.Name[6..]} | {w.Pages} × {w.DurationSeconds:F0} | {c.Actions} | {c.CpuMsPerAction.ToString("F1", Inv)} ms | {ratio} | {c.AllocatedKbPerAction.ToString("F0", Inv)} KB | {c.Gen0} / {c.Gen1} / {c.Gen2} |");
        }
        L("");
        if (cost.Idle is { } idle)
        {
            L($"Idle, {idle.OpenCircuits} circuits open, over {idle.Seconds.ToString("F0", Inv)} s: AdrDesk used **{idle.PercentOfACore.ToString("F2", Inv)} % of a core** " +
              $"(target < 0.5 %) and allocated {(idle.AllocatedBytes / 1024.0).ToString("F0", Inv)} KB.");
            L("");
        }
    }

    // The JSON shapes this report reads (a subset of what the runner and the benchmarks write).
    private sealed record LoadJson(SettingsJson Settings, List<PhaseJson> Phases, ReconnectJson? Reconnect, ReconnectJson? LongOffline, List<WrkJson> Wrk, List<string> Notes,
        PhaseJson? IntakeLoad = null, Dictionary<string, string>? LoadAverage = null, PhaseJson? IntakeLoadPaced = null, string? Started = null, string? Commit = null,
        CostJson? Cost = null)
    {
        /// <summary>Every phase with circuits: baseline, app, and the intake runs.</summary>
        public IEnumerable<PhaseJson> AllPhases => Phases.Append(IntakeLoad).Append(IntakeLoadPaced).OfType<PhaseJson>();

        /// <summary>The intake runs: the stress pace (--intake-rate) and a person's pace (--intake-paced-rate).</summary>
        public IEnumerable<PhaseJson> IntakeRuns => new[] { IntakeLoad, IntakeLoadPaced }.OfType<PhaseJson>();
    }
    private sealed record SettingsJson(int Pages, double Rate, int DurationSeconds, int Cases, int FillerOrganisations, int IntakeLoad = 0, double IntakeRate = 0, int IntakeDurationSeconds = 0,
        double IntakePacedRate = 0);
    private sealed record PhaseJson(string Name, int Pages, string PageMix, string MemoryPage, double DurationSeconds, StatsJson All, List<StatsJson> Actions,
        int OpenErrors, int PageErrors, int Reconnects, FramesJson Frames, MemoryJson Memory, List<string> ErrorSamples, CpuJson? Cpu = null)
    {
        public double ActionsPerSecond => DurationSeconds > 0 ? All.Count / DurationSeconds : 0;
    }
    private sealed record CpuJson(int Cores, double MachineBusyPercent, double ServerCores, Dictionary<string, OperationJson>? Operations, double? ServerTreeCores = null,
        LoadCoresJson? Load = null, ServerCostJson? Cost = null);
    private sealed record ServerCostJson(int Actions, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
    {
        public double CpuMsPerAction => Actions > 0 ? CpuSeconds * 1000 / Actions : 0;
        public double AllocatedKbPerAction => Actions > 0 ? AllocatedBytes / 1024.0 / Actions : 0;
    }
    private sealed record CostJson(IdleJson? Idle, List<PhaseJson> Workflows);
    private sealed record IdleJson(double Seconds, double CpuSeconds, long AllocatedBytes, int OpenCircuits)
    {
        public double PercentOfACore => Seconds > 0 ? CpuSeconds / Seconds * 100 : 0;
    }

    private sealed record LoadCoresJson(double Renderers, double OtherChromium, double Runner)
    {
        public double Total => Renderers + OtherChromium + Runner;
    }
    private sealed record OperationJson(long Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs);
    private sealed record StatsJson(string Action, int Count, int Errors, double? P50, double? P95, double? P99, double? Max);
    private sealed record FramesJson(long SentCount, long ReceivedCount, FrameJson? LargestSent, FrameJson? LargestReceived, int SentOver24Kb, int ReceivedOver64Kb,
        Dictionary<string, int>? OverLimitBy, Dictionary<string, int>? LargestReceivedBy = null);
    private sealed record FrameJson(int Bytes, string Where);
    private sealed record MemoryJson(int Circuits, double ManagedKbPerCircuit, double WorkingSetKbPerCircuit, double ChromiumResidentMb, int ChromiumProcesses, double MachineAvailableMb);
    private sealed record ReconnectJson(double OfflineSeconds, bool ReconnectShown, double? ResumedAfterMs, string ModalState, bool InputIntactInPage, bool ServerStateIntact, string Note,
        bool Reloaded = false, bool? DraftRestored = null, double? DraftRestoredAfterMs = null);
    private sealed record WrkJson(string Path, int Connections, int Seconds, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Non2xx, long SocketErrors);

    private sealed record BenchJson(List<BenchmarkJson> Benchmarks, List<PlanJson> Plans, List<string> Notes, int GridCases, string Method)
    {
        public BenchmarkJson? Find(string method) => Benchmarks.FirstOrDefault(b => b.Method == method);
        public IEnumerable<string> Grid() => Benchmarks.Where(b => b.Method.StartsWith("Ef", StringComparison.Ordinal)).Select(b => b.Method[2..]);
    }
    private sealed record BenchmarkJson(string Method, string Description, double MeanNs, double MedianNs, double P95Ns, int N);
    private sealed record PlanJson(string Query, string Engine, string Sql, List<string> Plan, bool Ok, string? Problem);
}
