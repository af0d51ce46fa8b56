using System.Globalization;

namespace AdrDesk.LoadRunner;

/// <summary>Command line of the load runner; every switch has a default that gives the full run.</summary>
public sealed record Options
{
    public string? Url { get; init; }
    public string AppFolder { get; init; } = Path.Combine(Repo.Root, ".perf", "out", "app");
    public int Pages { get; init; } = 100;
    public double Rate { get; init; } = 0.5;
    public int DurationSeconds { get; init; } = 60;
    public int Cases { get; init; } = 20_000;
    public int FillerOrganisations { get; init; } = 60;
    public int OpenConcurrency { get; init; } = 6;
    public int ActionTimeoutMs { get; init; } = 10_000;
    public bool Baseline { get; init; } = true;
    public bool App { get; init; } = true;
    public string[]? Scripts { get; init; }
    public bool Reconnect { get; init; } = true;
    public bool LongOffline { get; init; }
    public string Chromium { get; init; } = "/usr/bin/chromium";
    /// <summary>
    /// The niceness the load's Chromium runs at. On the 2-core lab machine the load's own browsers would otherwise take the
    /// CPU the server under test needs (a real server does not share its cores with its users' browsers); their time is
    /// still in every figure measured in the page. 0 runs them at normal priority.
    /// </summary>
    public int ChromiumNice { get; init; } = 15;
    public string Out { get; init; } = Path.Combine(Repo.Root, ".perf", "out", "load.json");
    public int WrkSeconds { get; init; } = 30;
    public int WrkConnections { get; init; } = 32;
    public int IntakeLoad { get; init; }
    public double IntakeRate { get; init; } = 1.0;
    /// <summary>
    /// A second intake run at a person's pace (one step per 5 s on average): --intake-rate's 1 step/s per page is a
    /// stress pace, several times faster than a person fills a step (5× this default); item 12 names 50 circuits, not a pace. 0 skips it.
    /// </summary>
    public double IntakePacedRate { get; init; } = 0.2;
    public int IntakeDurationSeconds { get; init; } = 150;
    /// <summary>Issue 21: the per-workflow cost phases (pages per workflow, their rate, seconds) and the idle interval; 0 pages skips them.</summary>
    public int CostPages { get; init; } = 10;
    public double CostRate { get; init; } = 1.0;
    public int CostSeconds { get; init; } = 30;
    public int IdleSeconds { get; init; } = 30;

    /// <summary>Accounts of the runner's own for the intake pages: one per page of any phase, and the reconnect tests'.</summary>
    public int LoadUsers => Math.Max(Math.Max(Pages, IntakeLoad), CostPages) + ReconnectUsers;
    public const int ReconnectUsers = 2;

    public const string Usage = """
        AdrDesk.LoadRunner [options]            (bash .perf/run runs it with the lab's settings)
          --url URL             attach to a running AdrDesk (environment "Load", demo data) instead of starting one
          --app DIR             the published AdrDesk to start (default .perf/out/app)
          --pages N             pages (circuits) per phase (100)
          --rate R              actions per second per page, jittered ±50% (0.5)
          --duration S          seconds of scripted actions per phase (60)
          --cases N             --seed-volume N binding-ruling cases in the started app (20000)
          --organisations N     filler register entries so that /register pages (60)
          --open-concurrency N  pages opened at once (6)
          --no-baseline         skip the baseline phase
          --scripts A,B         the app and cost phases use only these scripts (workbench, register, webshops, case page, intake;
                                the cost phases also navigation: a page change in the shell)
          --no-app              skip the baseline and app phases (e.g. only --intake-load, or only the reconnect tests)
          --no-reconnect        skip the reconnect test
          --long-offline        also the 4-minute offline case (circuit retention is 3 minutes); --no-long-offline undoes it
          --out FILE            results as JSON (.perf/out/load.json)
          --wrk-seconds S       wrk run per public page, 0 skips wrk (30)
          --wrk-connections N   wrk connections (32)
          --chromium PATH       (/usr/bin/chromium)
          --chromium-nice N     niceness of the load's Chromium, so that it does not take the server's CPU (15; 0: normal priority)
          --intake-load N       issue 5 item 12: N wizard pages (own accounts) step through the intake and submit, for
                                --intake-duration s; median and p95 from "Geschil indienen" to the confirmation, memory per idle
                                wizard circuit (0: off)
          --intake-rate R       wizard actions per second per page in --intake-load, jittered ±50% (1)
          --intake-paced-rate R then the same N pages again at a person's pace (0.2: a step per 5 s; 0: skip)
          --intake-duration S   seconds of stepping in --intake-load (150: a wizard run is ten actions, each page files several times)
          --cost-pages N        issue 21: one phase per workflow with N pages of it alone, for AdrDesk's CPU per action (10; 0: skip)
          --cost-rate R         actions per second per page in the cost phases (1)
          --cost-seconds S      seconds per cost phase (30)
          --idle-seconds S      AdrDesk's CPU with no circuit open, measured over S seconds before the cost phases (30; 0: skip)
        AdrDesk.LoadRunner report [--load F] [--bench F] [--wrk F]... [--out docs/performance.md] [--smoke TEXT]
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--url" => o with { Url = Next().TrimEnd('/') },
                "--app" => o with { AppFolder = Path.GetFullPath(Next()) },
                "--pages" => o with { Pages = Int() },
                "--rate" => o with { Rate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => o with { DurationSeconds = Int() },
                "--cases" => o with { Cases = Int() },
                "--organisations" => o with { FillerOrganisations = Int() },
                "--open-concurrency" => o with { OpenConcurrency = Int() },
                "--action-timeout" => o with { ActionTimeoutMs = Int() },
                "--no-baseline" => o with { Baseline = false },
                "--no-app" => o with { App = false, Baseline = false },
                "--scripts" => o with { Scripts = Next().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) },
                "--no-reconnect" => o with { Reconnect = false },
                "--long-offline" => o with { LongOffline = true },
                "--no-long-offline" => o with { LongOffline = false },
                "--out" => o with { Out = Path.GetFullPath(Next()) },
                "--wrk-seconds" => o with { WrkSeconds = Int() },
                "--wrk-connections" => o with { WrkConnections = Int() },
                "--chromium" => o with { Chromium = Next() },
                "--chromium-nice" => o with { ChromiumNice = Int() },
                "--intake-load" => o with { IntakeLoad = Int() },
                "--cost-pages" => o with { CostPages = Int() },
                "--cost-rate" => o with { CostRate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--cost-seconds" => o with { CostSeconds = Int() },
                "--idle-seconds" => o with { IdleSeconds = Int() },
                "--intake-duration" => o with { IntakeDurationSeconds = Int() },
                "--intake-rate" => o with { IntakeRate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--intake-paced-rate" => o with { IntakePacedRate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}\n{Usage}"),
            };
        }
        if (o.Pages < 1 || o.Rate <= 0 || o.DurationSeconds < 1) throw new ArgumentException("--pages, --rate and --duration must be positive");
        return o;
    }
}

/// <summary>The repository root (holds AdrDesk.sln), found from the current folder or the binary's.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AdrDesk.sln"))) return dir.FullName;
            }
        }
        return Environment.CurrentDirectory;
    }

    /// <summary>HEAD's short hash, with "+" when tracked files have uncommitted changes; null without git.</summary>
    public static async Task<string?> CommitAsync()
    {
        var head = await RunAsync("git", "rev-parse --short HEAD");
        if (string.IsNullOrEmpty(head)) return null;
        return (await RunAsync("git", "status --porcelain --untracked-files=no"))?.Length > 0 ? head + "+" : head;
    }

    /// <summary>A tool's trimmed standard output, run in the repository; null when it is missing or fails.</summary>
    public static async Task<string?> RunAsync(string file, string arguments)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = System.Diagnostics.Process.Start(start);
            if (process is null) return null;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
