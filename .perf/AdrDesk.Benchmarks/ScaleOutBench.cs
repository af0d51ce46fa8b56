using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using AdrDesk.AppSetup;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 17 item 6: SQLite and PostgreSQL side by side, in one run. (1) Intake persistence through CaseStore, the path the
/// intake's submission takes (IntakeBenchmarks' workload, without the PDF), one at a time and 8 at once; (2) the assessor's
/// grid over N generated cases (WorkbenchBench's queries through WorkbenchGrid), with PostgreSQL's EXPLAIN (ANALYZE,
/// BUFFERS) of the SQL EF Core sent; (3) a live update across two servers on one PostgreSQL database: a staff note committed
/// on server A until (a) server B's ICaseEventBus handler and (b) the open case page on B (Chromium) shows it.
/// The throwaway cluster of <c>.dev/pg-cluster</c> is started for the run and always stopped.
/// <c>dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --scaleout [cases] [--quick]</c>
/// </summary>
public static class ScaleOutBench
{
    private const int AtOnce = 8;
    // "--quick" (after the count) only proves the mode runs end to end: its figures are not for the report.
    private static readonly bool Quick = Environment.GetCommandLineArgs().Contains("--quick");
    private static readonly int Warmup = Quick ? 5 : 20;
    private static readonly int Sequential = Quick ? 30 : 300;
    private static readonly int Concurrent = Quick ? 80 : 800;
    private static readonly int GridIterations = Quick ? 10 : 100;
    private static readonly int LiveRounds = Quick ? 10 : 120;
    private const int PortA = 5310;
    private const int PortB = 5311;
    private const string Email = "beoordelaar@demo.adrdesk.nl";

    public static async Task RunAsync(int cases)
    {
        var run = Stopwatch.StartNew();
        if (Quick) Console.WriteLine("--quick: a shakedown with few iterations; not figures for the report.");
        Console.WriteLine($"Issue 17 scale-out figures, started {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores");
        // The caller's state file if set (several clusters may run on a shared machine), else one of this bench's own.
        var state = Environment.GetEnvironmentVariable("ADRDESK_PG_STATE") ?? Path.Combine(Path.GetTempPath(), "adrdesk-scaleout-bench.state");
        var server = PgCluster("start", state);
        Console.WriteLine($"PostgreSQL: throwaway cluster of .dev/pg-cluster ({PgVersion(server)}; fsync off, synchronous_commit off, as for the tests)");
        try
        {
            await IntakeAsync(server);
            await GridAsync(server, cases);
            await LiveAsync(server);
        }
        finally
        {
            PgCluster("stop", state);
            Console.WriteLine($"\nCluster stopped. Whole run {run.Elapsed.TotalMinutes:F1} min, ended {DateTimeOffset.UtcNow:HH:mm:ss} UTC, load average {LoadAverage()}.");
        }
    }

    // ---------------------------------------------------------------- 1. intake persistence

    private static async Task IntakeAsync(string server)
    {
        Console.WriteLine($"\n## 1. Intake persistence (CaseStore.CreateAsync: draft + filed, number, parties, deadlines, audit, summary, participants), load average {LoadAverage()}");
        Console.WriteLine($"{Warmup} warm-up filings, then {Sequential} one at a time, then {Concurrent} with {AtOnce} at once; latency per filing, throughput = filings ÷ wall time.");
        Console.WriteLine();
        Console.WriteLine($"| provider | one at a time: median / p95 ms | filings/s | {AtOnce} at once: median / p95 ms | filings/s |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var folder = LabHost.TempFolder("scaleout-intake-" + provider.ToString().ToLowerInvariant());
            var settings = provider == DatabaseProvider.Postgres ? Postgres(CreateDatabase(server, "adr_intake")) : null;
            await using (var host = await LabHost.OpenAsync(Path.Combine(folder, "adrdesk.db"), seedDemo: true, settings))
            {
                var n = 0;
                for (var i = 0; i < Warmup; i++) await host.SubmitIntakeAsync(++n);
                var one = new List<double>();
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < Sequential; i++)
                {
                    var t = Stopwatch.StartNew();
                    await host.SubmitIntakeAsync(++n);
                    one.Add(t.Elapsed.TotalMilliseconds);
                }
                var oneRate = Sequential / wall.Elapsed.TotalSeconds;
                var many = new List<double>();
                var left = Concurrent;
                wall.Restart();
                await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => Task.Run(async () =>
                {
                    while (Interlocked.Decrement(ref left) >= 0)
                    {
                        var t = Stopwatch.StartNew();
                        await host.SubmitIntakeAsync(Interlocked.Increment(ref n));
                        lock (many) many.Add(t.Elapsed.TotalMilliseconds);
                    }
                })));
                var manyRate = Concurrent / wall.Elapsed.TotalSeconds;
                Console.WriteLine($"| {provider} | {P(one, 0.5):F1} / {P(one, 0.95):F1} | {oneRate:F0} | {P(many, 0.5):F1} / {P(many, 0.95):F1} | {manyRate:F0} |");
            }
            LabHost.DeleteFolder(folder);
        }
    }

    // ---------------------------------------------------------------- 2. the grid

    private sealed record GridFigures(string Name, int Rows, List<double> First, List<double> Next);

    private static async Task GridAsync(string server, int cases)
    {
        Console.WriteLine($"\n## 2. The assessor's grid over {cases:N0} cases (WorkbenchGrid, as the page calls it), load average {LoadAverage()}");
        var figures = new Dictionary<DatabaseProvider, List<GridFigures>>();
        var plans = new List<(string Name, string Sql, List<string> Plan)>();
        var seats = 0;
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var folder = LabHost.TempFolder("scaleout-grid-" + provider.ToString().ToLowerInvariant());
            var settings = provider == DatabaseProvider.Postgres ? Postgres(CreateDatabase(server, "adr_grid")) : null;
            var capture = new Capture();
            await using (var host = await LabHost.OpenAsync(Path.Combine(folder, "adrdesk.db"), seedDemo: false, settings,
                             services => services.ConfigureDbContext<AdrDbContext>(o => o.AddInterceptors(capture))))
            {
                var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
                var assessors = Enumerable.Range(1, WorkbenchBench.Assessors).Select(i => Guid.Parse($"00000000-0000-0000-0000-{i:D12}")).ToArray();
                var generating = Stopwatch.StartNew();
                await WorkbenchBench.GenerateAsync(factory, cases, assessors);
                await using (var db = await factory.CreateDbContextAsync())
                    seats = await db.Set<AdrDesk.Infrastructure.Data.Cases.CaseParticipant>().CountAsync(p => p.UserId == assessors[0]);
                Console.WriteLine($"{provider}: generated {cases:N0} cases in {generating.Elapsed.TotalSeconds:F1} s " +
                                  (provider == DatabaseProvider.Postgres ? "(binary COPY, then VACUUM ANALYZE)" : "(one transaction, then ANALYZE)") +
                                  $"; the measured assessor holds {seats:N0} seats");

                var user = WorkbenchBench.Principal(assessors[0], AdrDesk.Security.Roles.Assessor, "mr. Bench");
                var grid = host.Services.GetRequiredService<WorkbenchGrid>();
                var scenarios = WorkbenchBench.Scenarios();
                foreach (var (_, query) in scenarios)
                    for (var i = 0; i < 10; i++) await grid.PageAsync(user, query, 0, WorkbenchBench.PageSize);
                var measured = new List<GridFigures>();
                foreach (var (name, query) in scenarios)
                {
                    var first = new List<double>();
                    var next = new List<double>();
                    var count = 0;
                    for (var i = -5; i < GridIterations; i++)
                    {
                        var t = Stopwatch.StartNew();
                        var page = await grid.PageAsync(user, query, 0, WorkbenchBench.PageSize);
                        if (i >= 0) first.Add(t.Elapsed.TotalMilliseconds);
                        count = page.Value.Count;
                        t.Restart();
                        var rows = await grid.RowsAsync(user, query, (1 + i % 3) * WorkbenchBench.PageSize, WorkbenchBench.PageSize);
                        if (i >= 0) next.Add(t.Elapsed.TotalMilliseconds);
                        if (rows.IsFailure) throw new InvalidOperationException($"grid page failed: {name}");
                    }
                    measured.Add(new GridFigures(name, count, first, next));
                    if (provider != DatabaseProvider.Postgres) continue;
                    // The SQL EF Core sent for the count and for a page (second page), exactly as sent, to EXPLAIN.
                    capture.Clear();
                    await grid.PageAsync(user, query, WorkbenchBench.PageSize, WorkbenchBench.PageSize);
                    foreach (var (sql, parameters) in capture.Commands)
                        plans.Add((name, sql, await ExplainAsync(settings!["Database:ConnectionString"]!, sql, parameters)));
                }
                figures[provider] = measured;
            }
            LabHost.DeleteFolder(folder);
        }

        Console.WriteLine();
        Console.WriteLine($"{GridIterations} measured calls per query and provider, {WorkbenchBench.PageSize}-row pages. First load = count + page (a new filter); next page = page only.");
        Console.WriteLine();
        Console.WriteLine("| grid query | rows | SQLite first load median / p95 ms | PostgreSQL first load median / p95 ms | SQLite next page median / p95 ms | PostgreSQL next page median / p95 ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        for (var i = 0; i < figures[DatabaseProvider.Sqlite].Count; i++)
        {
            var s = figures[DatabaseProvider.Sqlite][i];
            var p = figures[DatabaseProvider.Postgres][i];
            var rows = s.Rows == p.Rows ? s.Rows.ToString("N0", CultureInfo.InvariantCulture) : $"{s.Rows:N0} / {p.Rows:N0}";
            Console.WriteLine($"| {s.Name} | {rows} | {P(s.First, 0.5):F1} / {P(s.First, 0.95):F1} | {P(p.First, 0.5):F1} / {P(p.First, 0.95):F1} | " +
                              $"{P(s.Next, 0.5):F1} / {P(s.Next, 0.95):F1} | {P(p.Next, 0.5):F1} / {P(p.Next, 0.95):F1} |");
        }

        Console.WriteLine();
        Console.WriteLine("PostgreSQL plans: EXPLAIN (ANALYZE, BUFFERS) of each command EF Core sent for a first load of the second page (count, then page).");
        foreach (var (name, sql, plan) in plans)
        {
            Console.WriteLine();
            Console.WriteLine($"— {name}:");
            Console.WriteLine("    " + sql.ReplaceLineEndings(" "));
            foreach (var line in plan) Console.WriteLine("    " + line);
        }
        var bigTables = new[] { "\"CaseSummaries\"", "\"CaseParticipants\"" };
        var seq = plans.Where(p => p.Plan.Any(l => l.Contains("Seq Scan", StringComparison.Ordinal) && bigTables.Any(l.Contains)))
            .Select(p => p.Name).Distinct().ToList();
        Console.WriteLine();
        Console.WriteLine(seq.Count == 0
            ? "No Seq Scan on CaseSummaries or CaseParticipants in any plan."
            : "Seq Scan on CaseSummaries or CaseParticipants in: " + string.Join("; ", seq));
        foreach (var (name, _, plan) in plans)
        {
            var nodes = plan.Select(l => l.Trim().TrimStart('-', '>', ' '))
                .Where(l => l.Contains(" Scan ", StringComparison.Ordinal) || l.StartsWith("Seq Scan", StringComparison.Ordinal) || l.StartsWith("Index", StringComparison.Ordinal) || l.StartsWith("Bitmap", StringComparison.Ordinal))
                .Select(l => l.IndexOf("  (", StringComparison.Ordinal) is var k and > 0 ? l[..k] : l).ToList();
            Console.WriteLine($"  {name}: {string.Join(" · ", nodes)}");
        }
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of the SQL and parameters EF Core sent, on a connection of its own.</summary>
    private static async Task<List<string>> ExplainAsync(string connectionString, string sql, List<DbParameter> parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + sql;
        foreach (var p in parameters) command.Parameters.Add(p);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }

    /// <summary>Keeps the SQL and (copies of the) parameters of every reader command, to EXPLAIN exactly what EF Core sent.</summary>
    private sealed class Capture : DbCommandInterceptor
    {
        private readonly List<(string Sql, List<DbParameter> Parameters)> _commands = [];

        public List<(string Sql, List<DbParameter> Parameters)> Commands
        {
            get { lock (_commands) return _commands.ToList(); }
        }

        public void Clear()
        {
            lock (_commands) _commands.Clear();
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // Only PostgreSQL's are explained; NpgsqlParameter clones keep their types (uuid, text[]) for the EXPLAIN.
            if (command is NpgsqlCommand npgsql)
                lock (_commands) _commands.Add((command.CommandText, npgsql.Parameters.Select(p => (DbParameter)p.Clone()).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    // ---------------------------------------------------------------- 3. live update across servers

    private static async Task LiveAsync(string server)
    {
        Console.WriteLine($"\n## 3. Live update across servers (PostgreSQL LISTEN/NOTIFY), load average {LoadAverage()}");
        var connectionString = CreateDatabase(server, "adr_live");
        var folderA = LabHost.TempFolder("scaleout-a");
        var folderB = LabHost.TempFolder("scaleout-b");
        WebApplication? a = null, b = null;
        try
        {
            a = await StartServerAsync(PortA, folderA, connectionString, seedDemo: true, certificate: null);
            // Every server needs the same key certificate (DataProtection:CertificatePath): A made one beside its files.
            b = await StartServerAsync(PortB, folderB, connectionString, seedDemo: false,
                certificate: Path.Combine(folderA, "keys", "dataprotection.pfx"));
            var busB = b.Services.GetRequiredService<PostgresCaseEventBus>();
            await Task.WhenAll(a.Services.GetRequiredService<PostgresCaseEventBus>().Listening, busB.Listening).WaitAsync(TimeSpan.FromSeconds(30));

            Guid me;
            var factory = a.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
            await using (var db = await factory.CreateDbContextAsync())
                me = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
            // A case in information gathering with the demo assessor on its panel and a short timeline (5 + 5 entries).
            var c = await WorkbenchBench.BusyCaseAsync(a.Services, me, "mr. Eva Bakker", pairs: 5);
            var number = c.Number.ToString();
            var store = a.Services.GetRequiredService<CaseStore>();
            var assessor = new Actor(me, "mr. Eva Bakker", Role.Assessor);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium", Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var context = await browser.NewContextAsync(new() { BaseURL = $"http://127.0.0.1:{PortB}/", ViewportSize = new() { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await SignInAsync(page);
            await page.GotoAsync($"workbench/{number}");
            await page.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            await page.GetByRole(AriaRole.Heading, new() { Name = number, Level = 1 }).WaitForAsync();
            // Resolves the instant the dossier on B shows the note (wall clock, the same system clock as the commit's on A).
            await page.EvaluateAsync("""
                () => window.__arm = (marker) => {
                    window.__seenAt = 0;
                    const seen = () => document.querySelector('.wb-dossier')?.textContent.includes(marker);
                    const observer = new MutationObserver(() => { if (seen()) { window.__seenAt = Date.now(); observer.disconnect(); } });
                    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
                }
                """);

            // The first event of each round on B (a save may publish more than one); set anew before each commit.
            TaskCompletionSource<long>? busSeen = null;
            using var subscription = busB.Subscribe(number, _ =>
            {
                Volatile.Read(ref busSeen)?.TrySetResult(Stopwatch.GetTimestamp());
                return Task.CompletedTask;
            });
            var toBus = new List<double>();
            var toPage = new List<double>();
            for (var i = -5; i < LiveRounds; i++)
            {
                var marker = $"Live-{i + 5:D3}-{Guid.NewGuid():N}";
                await page.EvaluateAsync("m => window.__arm(m)", marker);
                var seenOnBus = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref busSeen, seenOnBus);
                var version = c.Version;
                if (c.AddStaffNote(assessor, TimeProvider.System, marker).IsFailure) throw new InvalidOperationException("staff note refused");
                var wall = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
                var start = Stopwatch.GetTimestamp();
                var saved = await store.SaveAsync(c, version); // on server A: commit, then NOTIFY
                if (saved.IsFailure) throw new InvalidOperationException("save on A failed: " + saved.Error!.Code);
                var busAt = await seenOnBus.Task.WaitAsync(TimeSpan.FromSeconds(10));
                await page.WaitForFunctionAsync("() => window.__seenAt > 0", null, new() { Timeout = 10_000, PollingInterval = 5 });
                var seenAt = await page.EvaluateAsync<double>("() => window.__seenAt");
                if (i >= 0)
                {
                    toBus.Add(Stopwatch.GetElapsedTime(start, busAt).TotalMilliseconds);
                    toPage.Add(seenAt - wall);
                }
                await Task.Delay(100); // the page's render batch done before the next commit
            }
            Console.WriteLine($"Servers A (:{PortA}) and B (:{PortB}) in this process, one PostgreSQL database; a staff note saved on A (CaseStore.SaveAsync) " +
                              $"{LiveRounds} times after 5 warm-up rounds; the case page /workbench/{number} open on B in Chromium (signed in on B).");
            Console.WriteLine();
            Console.WriteLine("| commit on A → … | n | median ms | p95 ms | max ms |");
            Console.WriteLine("|---|---|---|---|---|");
            Console.WriteLine($"| B's ICaseEventBus handler (Stopwatch, one process) | {toBus.Count} | {P(toBus, 0.5):F1} | {P(toBus, 0.95):F1} | {toBus.Max():F1} |");
            Console.WriteLine($"| the note in the DOM of the page on B (Date.now() in the page − wall clock before the commit) | {toPage.Count} | {P(toPage, 0.5):F0} | {P(toPage, 0.95):F0} | {toPage.Max():F0} |");
            await context.CloseAsync();
        }
        finally
        {
            foreach (var app in new[] { b, a })
            {
                if (app is null) continue;
                await app.StopAsync();
                await app.DisposeAsync();
            }
            LabHost.DeleteFolder(folderA);
            LabHost.DeleteFolder(folderB);
        }
    }

    private static async Task<WebApplication> StartServerAsync(int port, string folder, string connectionString, bool seedDemo, string? certificate)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "AdrDesk", EnvironmentName = "Load", ContentRootPath = Path.Combine(LabHost.RepoRoot(), "AdrDesk"),
        });
        var settings = Postgres(connectionString);
        settings["Database:Path"] = Path.Combine(folder, "adrdesk.db");
        settings["Mail:OutboxFolder"] = Path.Combine(folder, "outbox");
        settings["Documents:StorePath"] = Path.Combine(folder, "documents");
        settings["Logging:LogLevel:Default"] = "Warning";
        if (certificate is not null) settings["DataProtection:CertificatePath"] = certificate;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAdrDesk();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.UseStaticWebAssets(); // outside Development the host does not read the manifest by itself
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo);
        app.UseAdrDesk();
        await app.StartAsync();
        return app;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(AdrDesk.Infrastructure.Identity.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // Staff pass the second step (issue 19 item 3); the demo staff share the published authenticator key.
        var totp = page.Locator("#two-factor-code");
        await page.Locator("[data-testid='signed-in-user'], #two-factor-code").First.WaitForAsync(new() { Timeout = 120_000 });
        if (await totp.CountAsync() > 0)
        {
            await totp.FillAsync(WorkbenchBrowser.TotpCode(AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        }
        await page.GetByTestId("signed-in-user").WaitForAsync(new() { Timeout = 120_000 });
    }

    // ---------------------------------------------------------------- the cluster and helpers

    private static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
    };

    /// <summary>Runs <c>bash .dev/pg-cluster start|stop</c>; start prints the server's connection string.</summary>
    internal static string PgCluster(string verb, string state)
    {
        var start = new ProcessStartInfo("bash", [".dev/pg-cluster", verb])
        {
            WorkingDirectory = LabHost.RepoRoot(), RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ADRDESK_PG_STATE"] = state;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($".dev/pg-cluster {verb} failed ({process.ExitCode}): {error}");
        return output;
    }

    internal static string CreateDatabase(string server, string name)
    {
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            // Two commands: neither may run inside a transaction block, which one multi-statement command would be.
            foreach (var sql in new[] { $"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""", $"""CREATE DATABASE "{name}" """ })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    internal static string PgVersion(string server)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SHOW server_version";
        return "PostgreSQL " + command.ExecuteScalar();
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "unknown";

    private static double P(List<double> values, double p) => WorkbenchBench.Percentile(values, p);
}
