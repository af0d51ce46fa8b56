using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using AdrDesk.AppSetup;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 7 item 9: the assessor's grid over 200,000 generated cases (median and p95 of one 50-row page,
/// count included, at the database layer, with EXPLAIN QUERY PLAN) and opening a case with 100 timeline
/// entries (access check, aggregate, documents, draft, audit trail).
/// <c>dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --workbench [cases]</c>
/// </summary>
public static class WorkbenchBench
{
    internal const int Assessors = 40;
    private const int Iterations = 100;
    private static readonly string[] OpenStates = ["ForwardedToRespondent", "SettlementAttempt", "InformationGathering", "DossierComplete", "RulingInPreparation", "CompliancePeriod", "ReminderSent", "Screening"];
    private static readonly string[] EndedStates = ["Closed", "Refused", "Settled", "Withdrawn", "Complied"];

    public static async Task RunAsync(int cases)
    {
        // Program.cs passes only the count; "--browser" (after it) selects the Chromium measurement.
        if (Environment.GetCommandLineArgs().Contains("--browser"))
        {
            await WorkbenchBrowser.RunAsync(cases);
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-bench", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var capture = new CapturingInterceptor();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "AdrDesk" });
        builder.Configuration["Database:Path"] = Path.Combine(folder, "adrdesk.db");
        builder.Configuration["Mail:OutboxFolder"] = Path.Combine(folder, "outbox");
        builder.Configuration["Documents:StorePath"] = Path.Combine(folder, "documents");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddAdrDesk();
        builder.Services.ConfigureDbContextFactoryInterceptor(capture);
        await using var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo: false);
        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();

        var assessorIds = Enumerable.Range(1, Assessors).Select(i => Guid.Parse($"00000000-0000-0000-0000-{i:D12}")).ToArray();
        var sw = Stopwatch.StartNew();
        await GenerateAsync(factory, cases, assessorIds);
        int seats;
        await using (var count = await factory.CreateDbContextAsync())
            seats = await count.Set<AdrDesk.Infrastructure.Data.Cases.CaseParticipant>().CountAsync(p => p.UserId == assessorIds[0]);
        Console.WriteLine($"Generated {cases:N0} case summaries in {sw.Elapsed.TotalSeconds:F1} s (file {new FileInfo(Path.Combine(folder, "adrdesk.db")).Length / 1_048_576} MB)");

        var me = assessorIds[0];
        var user = Principal(me, AdrDesk.Security.Roles.Assessor, "mr. Bench");
        var grid = app.Services.GetRequiredService<WorkbenchGrid>();
        var scenarios = Scenarios();
        // Warm the page cache for every scenario first, so the first one measured is not the cold one.
        foreach (var (_, query) in scenarios)
            for (var i = 0; i < 10; i++) await grid.PageAsync(user, query, 0, PageSize);
        Console.WriteLine();
        Console.WriteLine($"Grid through EF Core (WorkbenchGrid, as the page calls it), {PageSize}-row pages, {Iterations} measured calls each; raw = the same SQL by a plain SqliteCommand.");
        Console.WriteLine("First load = count + page (a new filter); next page = page only (paging and sorting keep the count).");
        Console.WriteLine();
        Console.WriteLine("| grid query (assessor with " + seats.ToString("N0", CultureInfo.InvariantCulture) + " seats) | rows | first load median / p95 ms | next page median / p95 ms | raw count + page median / p95 ms | EF ÷ raw (p95) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var plans = new List<(string Name, string Sql, List<string> Plan)>();
        foreach (var (name, query) in scenarios)
        {
            var first = new List<double>();
            var next = new List<double>();
            var count = 0;
            for (var i = -5; i < Iterations; i++)
            {
                var t = Stopwatch.StartNew();
                var page = await grid.PageAsync(user, query, 0, PageSize);
                if (i >= 0) first.Add(t.Elapsed.TotalMilliseconds);
                count = page.Value.Count;
                t.Restart();
                capture.Captured.Clear();
                var rows = await grid.RowsAsync(user, query, (1 + i % 3) * PageSize, PageSize);
                if (i >= 0) next.Add(t.Elapsed.TotalMilliseconds);
                if (rows.IsFailure) throw new InvalidOperationException("grid page failed");
            }
            // The SQL EF Core sent for the count and for a page, to run raw and to EXPLAIN.
            capture.Captured.Clear();
            await grid.PageAsync(user, query, PageSize, PageSize);
            var sent = capture.Captured.ToList();
            var raw = await RawAsync(folder, sent);
            Console.WriteLine($"| {name} | {count:N0} | {Percentile(first, 0.5):F1} / {Percentile(first, 0.95):F1} | {Percentile(next, 0.5):F1} / {Percentile(next, 0.95):F1} | {Percentile(raw, 0.5):F1} / {Percentile(raw, 0.95):F1} | {Percentile(first, 0.95) / Percentile(raw, 0.95):F1}× |");
            await using var db = await factory.CreateDbContextAsync();
            foreach (var command in sent) plans.Add((name, command.Sql, await ExplainAsync(db, command)));
        }
        Console.WriteLine();
        foreach (var (name, sql, plan) in plans)
        {
            Console.WriteLine($"EXPLAIN QUERY PLAN — {name}:");
            Console.WriteLine("    " + sql.ReplaceLineEndings(" "));
            foreach (var line in plan) Console.WriteLine("    → " + line);
        }
        var scans = plans.Where(p => p.Plan.Any(l => l.StartsWith("SCAN", StringComparison.Ordinal))).Select(p => p.Name).Distinct().ToList();
        Console.WriteLine(scans.Count == 0 ? "\nNo full scan in any plan." : "\nFull scan in: " + string.Join(", ", scans));

        await CasePageAsync(app.Services, me);
        Console.WriteLine($"\nDatabase left at {folder} (delete it when done).");
    }

    internal const int PageSize = 25;

    /// <summary>The three most used grid views (default, due soon, one state by amount) and the webshop search.</summary>
    internal static (string Name, WorkbenchQuery Query)[] Scenarios() =>
    [
        ("my open cases, urgent first (default)", new WorkbenchQuery()),
        ("due within 14 days (overdue incl.), urgent first", new WorkbenchQuery { DueWithinDays = 14 }),
        ("state InformationGathering, amount high→low", new WorkbenchQuery { State = "InformationGathering", Sort = WorkbenchSort.Amount, Descending = true }),
        ("webshop contains 'fiets', all states, by number", new WorkbenchQuery { OpenOnly = false, Webshop = "fiets", Sort = WorkbenchSort.Number }),
    ];

    // The confirmed-address claim as a real sign-in carries it: without it the grid refuses (issue 19 item 1).
    internal static ClaimsPrincipal Principal(Guid id, string role, string name) => new(new ClaimsIdentity([
        new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Role, role),
        new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true")], "bench"));

    /// <summary>The same SQL text and parameters as EF Core sent, run by a plain SqliteCommand on its own connection.</summary>
    private static async Task<List<double>> RawAsync(string folder, List<(string Sql, List<(string Name, object? Value)> Parameters)> commands)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "adrdesk.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var times = new List<double>();
        for (var i = -5; i < Iterations; i++)
        {
            var t = Stopwatch.StartNew();
            foreach (var (sql, parameters) in commands)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) { }
            }
            if (i >= 0) times.Add(t.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>A case in information gathering with <paramref name="me"/> as its assessor and ~100 timeline entries (<paramref name="pairs"/> submissions and as many staff notes after the intake steps).</summary>
    internal static async Task<BindingRulingCase> BusyCaseAsync(IServiceProvider services, Guid me, string name, int pairs = 45)
    {
        var store = services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var consumer = new Actor(Guid.NewGuid(), "Bench Consument", Role.Consumer);
        var shop = new Actor(Guid.NewGuid(), "Bench Webshop", Role.Business);
        var desk = new Actor(Guid.NewGuid(), "Bench Balie", Role.CaseManager);
        var assessor = new Actor(me, name, Role.Assessor);
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumer.DisplayName, consumer.UserId).Value, Party.Business(shop.DisplayName, shop.UserId, Guid.NewGuid()).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        var c = created.Value;
        async Task Step(Func<BindingRulingCase, Result> act)
        {
            var v = c.Version;
            if (act(c).IsFailure) throw new InvalidOperationException("bench step failed");
            await store.SaveAsync(c, v);
        }
        await Step(x => x.Submit(consumer, clock, true));
        await Step(x => x.StartScreening(desk, clock));
        await Step(x => x.AssignPanel(desk, clock, [new PanelMember(me, name)]));
        await Step(x => x.Forward(desk, clock));
        await Step(x => x.RecordResponse(shop, clock, "Wij betwisten de klacht."));
        await Step(x => x.FailSettlement(assessor, clock, "Geen schikking."));
        for (var i = 0; i < pairs; i++)
        {
            await Step(x => x.AddSubmission(i % 2 == 0 ? consumer : shop, clock, $"Stuk {i}: " + new string('x', 400)));
            await Step(x => x.AddStaffNote(assessor, clock, $"Notitie {i}"));
        }
        return c;
    }

    private static async Task CasePageAsync(IServiceProvider services, Guid me)
    {
        var c = await BusyCaseAsync(services, me, "mr. Bench");
        var user = Principal(me, AdrDesk.Security.Roles.Assessor, "mr. Bench");
        var work = services.GetRequiredService<CaseWorkService>();
        var drafts = services.GetRequiredService<RulingDraftService>();
        var audit = services.GetRequiredService<AuditTrailService>();
        var number = c.Number.ToString();
        var entries = (await audit.ForCaseAsync(c.Number, user)).Value.Count;
        var times = new List<double>();
        for (var i = -5; i < Iterations; i++)
        {
            var t = Stopwatch.StartNew();
            var dossier = await work.DossierAsync(user, number);
            var draft = await drafts.GetAsync(user, number);
            var trail = await audit.ForCaseAsync(c.Number, user);
            if (dossier.IsFailure || draft.IsFailure || trail.IsFailure) throw new InvalidOperationException("case page failed");
            if (i >= 0) times.Add(t.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine();
        Console.WriteLine($"| open a case ({c.Submissions.Count} submissions, {entries} audit/timeline entries): access + aggregate + documents + draft + audit trail | median {Percentile(times, 0.5):F1} ms | p95 {Percentile(times, 0.95):F1} ms |");
    }

    /// <summary>One generated case summary and its participant rows (ids as Guids; instants as UTC ticks, as both providers store them).</summary>
    internal sealed record GeneratedCase(
        Guid Id, string Number, string Scheme, string State, Guid Consumer, Guid Business, Guid OrganisationId, string Shop, Guid? Assessor,
        long? Due, string? Kind, long Amount, string Language, long Created, long? Ended, (Guid Id, string Relation, Guid User, Guid? Organisation)[] Participants);

    /// <summary>
    /// The generated cases, the same draws in the same order for either provider (seeded, so SQLite and PostgreSQL hold the
    /// same mix of states, shops, amounts and seats; only the Guids differ).
    /// </summary>
    internal static IEnumerable<GeneratedCase> GenerateRows(int cases, Guid[] assessors)
    {
        var random = new Random(7);
        var shops = Enumerable.Range(1, 500).Select(i => (Id: Guid.NewGuid(), Name: i % 10 == 0 ? $"Fietsenhandel {i} BV" : $"Webwinkel {i} BV")).ToArray();
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= cases; i++)
        {
            var id = Guid.NewGuid();
            var scheme = i % 10 == 0 ? "ConsumerBemiddeling" : "BindingRuling";
            var open = random.NextDouble() < 0.3;
            var state = open ? OpenStates[random.Next(OpenStates.Length)] : EndedStates[random.Next(EndedStates.Length)];
            var shop = shops[random.Next(shops.Length)];
            var created = now.AddDays(-random.Next(0, 730));
            var panel = scheme == "BindingRuling" ? (random.NextDouble() < 0.15 ? 3 : 1) : 0;
            var seats = assessors.OrderBy(_ => random.Next()).Take(panel).ToArray();
            long? due = open ? now.AddDays(random.Next(-10, 120)).UtcTicks : null;
            var amount = random.Next(2_500, 2_500_000);
            var language = random.NextDouble() < 0.15 ? "En" : "Nl";
            var participants = seats.Select(seat => (Guid.NewGuid(), "Assessor", seat, (Guid?)null))
                .Append((Guid.NewGuid(), "Consumer", Guid.NewGuid(), null))
                .Append((Guid.NewGuid(), "Business", Guid.NewGuid(), shop.Id)).ToArray();
            yield return new GeneratedCase(id, $"{(scheme == "BindingRuling" ? "DD" : "BB")}-{2000 + i % 20}-{i:D6}", // never a year the store hands out now
                scheme, state, Guid.NewGuid(), Guid.NewGuid(), shop.Id, shop.Name, seats.Length > 0 ? seats[0] : null,
                due, open ? "Ruling" : null, amount, language, created.UtcTicks, open ? null : created.AddDays(50).UtcTicks, participants);
        }
    }

    /// <summary>
    /// <paramref name="cases"/> generated summaries with their seats, written raw (one transaction on SQLite; binary COPY on
    /// PostgreSQL, where row-by-row inserts would take many minutes), then ANALYZE so both planners know the table's size.
    /// </summary>
    internal static async Task GenerateAsync(IDbContextFactory<AdrDbContext> factory, int cases, Guid[] assessors)
    {
        await using var db = await factory.CreateDbContextAsync();
        if (db.IsPostgres())
        {
            await GeneratePostgresAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), cases, assessors);
            return;
        }
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var summary = connection.CreateCommand();
        summary.Transaction = tx;
        summary.CommandText = """
            INSERT INTO "CaseSummaries" ("CaseId","Number","Scheme","State","ConsumerUserId","ConsumerName","BusinessUserId","OrganisationId","WebshopName",
              "AssessorId","AssessorName","NextDeadlineAt","NextDeadlineKind","AmountClaimed","ProcedureLanguage","CreatedAt","FiledAt","EndedAt","UpdatedAt","Version")
            VALUES ($id,$number,$scheme,$state,$consumer,'Consument',$business,$org,$shop,$assessor,'mr. X',$due,$kind,$amount,$lang,$created,$created,$ended,$created,1)
            """;
        string[] names = ["$id", "$number", "$scheme", "$state", "$consumer", "$business", "$org", "$shop", "$assessor", "$due", "$kind", "$amount", "$lang", "$created", "$ended"];
        foreach (var n in names) summary.Parameters.Add(new SqliteParameter(n, null));
        var participant = connection.CreateCommand();
        participant.Transaction = tx;
        participant.CommandText = """INSERT INTO "CaseParticipants" ("Id","CaseId","Relation","UserId","OrganisationId") VALUES ($id,$case,$relation,$user,$org)""";
        foreach (var n in new[] { "$id", "$case", "$relation", "$user", "$org" }) participant.Parameters.Add(new SqliteParameter(n, null));

        foreach (var c in GenerateRows(cases, assessors))
        {
            Set(summary, "$id", c.Id.ToString().ToUpperInvariant());
            Set(summary, "$number", c.Number);
            Set(summary, "$scheme", c.Scheme);
            Set(summary, "$state", c.State);
            Set(summary, "$consumer", c.Consumer.ToString().ToUpperInvariant());
            Set(summary, "$business", c.Business.ToString().ToUpperInvariant());
            Set(summary, "$org", c.OrganisationId.ToString().ToUpperInvariant());
            Set(summary, "$shop", c.Shop);
            Set(summary, "$assessor", c.Assessor?.ToString().ToUpperInvariant());
            Set(summary, "$due", c.Due);
            Set(summary, "$kind", c.Kind);
            Set(summary, "$amount", c.Amount);
            Set(summary, "$lang", c.Language);
            Set(summary, "$created", c.Created);
            Set(summary, "$ended", c.Ended);
            await summary.ExecuteNonQueryAsync();
            foreach (var (pid, relation, user, org) in c.Participants) await Participant(participant, pid, c.Id, relation, user, org);
        }
        await tx.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task GeneratePostgresAsync(Npgsql.NpgsqlConnection connection, int cases, Guid[] assessors)
    {
        await connection.OpenAsync();
        var seats = new List<(Guid Id, Guid Case, string Relation, Guid User, Guid? Organisation)>(cases * 3);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "CaseSummaries" ("CaseId","Number","Scheme","State","ConsumerUserId","ConsumerName","BusinessUserId","OrganisationId","WebshopName",
              "AssessorId","AssessorName","NextDeadlineAt","NextDeadlineKind","AmountClaimed","ProcedureLanguage","CreatedAt","FiledAt","EndedAt","UpdatedAt","Version")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var c in GenerateRows(cases, assessors))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(c.Id, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.Number, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Scheme, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.State, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Consumer, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync("Consument", NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Business, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.OrganisationId, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(c.Shop, NpgsqlTypes.NpgsqlDbType.Varchar);
                await WriteNullable(copy, c.Assessor, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync("mr. X", NpgsqlTypes.NpgsqlDbType.Varchar);
                await WriteNullable(copy, c.Due, NpgsqlTypes.NpgsqlDbType.Bigint);
                if (c.Kind is null) await copy.WriteNullAsync(); else await copy.WriteAsync(c.Kind, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Amount, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Language, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(c.Created, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Created, NpgsqlTypes.NpgsqlDbType.Bigint);
                await WriteNullable(copy, c.Ended, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(c.Created, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer);
                foreach (var (pid, relation, user, org) in c.Participants) seats.Add((pid, c.Id, relation, user, org));
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "CaseParticipants" ("Id","CaseId","Relation","UserId","OrganisationId") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (id, caseId, relation, user, org) in seats)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(caseId, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(relation, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(user, NpgsqlTypes.NpgsqlDbType.Uuid);
                await WriteNullable(copy, org, NpgsqlTypes.NpgsqlDbType.Uuid);
            }
            await copy.CompleteAsync();
        }
        // After a bulk load PostgreSQL has neither statistics (the planner would guess the tables' sizes) nor a visibility
        // map (an index-only scan would visit every row's page anyway): VACUUM ANALYZE gives both, as autovacuum would in time.
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = """VACUUM ANALYZE "CaseSummaries", "CaseParticipants" """;
        analyze.CommandTimeout = 600;
        await analyze.ExecuteNonQueryAsync();
    }

    private static Task WriteNullable<T>(Npgsql.NpgsqlBinaryImporter copy, T? value, NpgsqlTypes.NpgsqlDbType type) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type) : copy.WriteNullAsync();

    private static Task<int> Participant(SqliteCommand command, Guid id, Guid caseId, string relation, Guid user, Guid? org)
    {
        Set(command, "$id", id.ToString().ToUpperInvariant());
        Set(command, "$case", caseId.ToString().ToUpperInvariant());
        Set(command, "$relation", relation);
        Set(command, "$user", user.ToString().ToUpperInvariant());
        Set(command, "$org", org?.ToString().ToUpperInvariant());
        return command.ExecuteNonQueryAsync();
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    private static async Task<List<string>> ExplainAsync(AdrDbContext db, (string Sql, List<(string Name, object? Value)> Parameters) query)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query.Sql;
        foreach (var (name, value) in query.Parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return lines;
    }

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    private static void ConfigureDbContextFactoryInterceptor(this IServiceCollection services, CapturingInterceptor capture) =>
        services.ConfigureDbContext<AdrDbContext>(o => o.AddInterceptors(capture));

    /// <summary>Keeps the SQL and parameters of the last reader command, to EXPLAIN exactly what EF sent.</summary>
    private sealed class CapturingInterceptor : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object? Value)> Parameters)> Captured { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Captured.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>
/// Issue 7 item 9 and issue 9 in Chromium: the real app on a loopback port (environment "Load": /diagnostics/server
/// answers), the generated cases with the demo assessor holding a seat in ~1 of 30, and one case with ~100 timeline
/// entries. Prints: the assessor's case page from navigation to interactive (the circuit's first render done, marked by
/// InteractiveMarker); the grid's actions from click to DOM change (a MutationObserver in the page); every WebSocket
/// message's size per action (render batches server→client, events client→server); managed memory per idle circuit on
/// /workbench (forced collection before and after opening N pages).
/// <c>dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --workbench [cases] --browser</c>
/// </summary>
public static class WorkbenchBrowser
{
    private const string Email = "beoordelaar@demo.adrdesk.nl";
    private const int Rounds = 20;
    private const int IdlePages = 20;

    public static async Task RunAsync(int cases)
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-bench", "browser-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "AdrDesk", EnvironmentName = "Load", ContentRootPath = Path.Combine(LabHost.RepoRoot(), "AdrDesk"),
        });
        builder.Configuration["Database:Path"] = Path.Combine(folder, "adrdesk.db");
        builder.Configuration["Mail:OutboxFolder"] = Path.Combine(folder, "outbox");
        builder.Configuration["Documents:StorePath"] = Path.Combine(folder, "documents");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddAdrDesk();
        // --port N: a fixed loopback port (on a shared machine, one of the ports assigned to the person running it); else any free one.
        var args = Environment.GetCommandLineArgs();
        var portIndex = Array.IndexOf(args, "--port");
        var port = portIndex >= 0 && portIndex + 1 < args.Length && int.TryParse(args[portIndex + 1], out var chosen) ? chosen : 0;
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.WebHost.UseStaticWebAssets(); // outside Development the host does not read the manifest by itself
        await using var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo: true);
        app.UseAdrDesk();

        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        Guid me;
        await using (var db = await factory.CreateDbContextAsync())
            me = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
        var assessors = new[] { me }.Concat(Enumerable.Range(1, 29).Select(i => Guid.Parse($"00000000-0000-0000-0000-{i:D12}"))).ToArray();
        var sw = Stopwatch.StartNew();
        Progress($"generating {cases:N0} cases");
        await WorkbenchBench.GenerateAsync(factory, cases, assessors);
        var busy = await WorkbenchBench.BusyCaseAsync(app.Services, me, "mr. Eva Bakker");
        var number = busy.Number.ToString();
        Progress($"generated {cases:N0} cases and {number} (~100 timeline entries) in {sw.Elapsed.TotalSeconds:F0} s");
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl + "/", ViewportSize = new() { Width = 1280, Height = 900 } });
        // Every wait ends: a step that gets no answer fails with its name instead of waiting for ever (issue 16, stop 5).
        context.SetDefaultTimeout(StepTimeoutMs);
        context.SetDefaultNavigationTimeout(StepTimeoutMs);
        Progress($"app at {baseUrl}; Chromium started");
        // The instant the circuit's first render put the marker in the DOM, in the page's own clock (performance.now()).
        await context.AddInitScriptAsync("""
            new MutationObserver(() => {
                if (!window.__interactiveAt && document.querySelector('[data-interactive=true]')) window.__interactiveAt = performance.now();
            }).observe(document, { childList: true, subtree: true });
            """);
        var page = await context.NewPageAsync();
        var frames = new Frames();
        page.WebSocket += (_, ws) =>
        {
            ws.FrameReceived += (_, f) => frames.Add(false, f);
            ws.FrameSent += (_, f) => frames.Add(true, f);
        };
        Progress("signing in as " + Email);
        await page.GotoAsync("account/login");
        await page.GetByLabel("E-mailadres").FillAsync(Email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(AdrDesk.Infrastructure.Identity.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // Issue 19 item 3: staff pass the second step; the demo staff share the published authenticator key.
        var totp = page.Locator("#two-factor-code");
        await Step("sign in: password accepted", () => page.Locator("[data-testid='signed-in-user'], #two-factor-code").First.WaitForAsync(new() { Timeout = 120_000 }));
        if (await totp.CountAsync() > 0)
        {
            await totp.FillAsync(TotpCode(AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        }
        await Step("sign in: second step passed", () => page.GetByTestId("signed-in-user").WaitForAsync(new() { Timeout = 120_000 }));

        // The grid: open, then page, sort and filter, each timed in the page from the click to the rows' change.
        frames.Phase = "open /workbench";
        Progress("grid: opening /workbench");
        await page.GotoAsync("workbench");
        await Interactive(page, "grid: open /workbench");
        await Step("grid: first rows shown", () => page.Locator(".wb-grid table tbody tr").First.WaitForAsync());
        await SettledAsync(page, "grid: first rows shown");
        await Task.Delay(500);
        var actions = new List<(string Name, List<double> Ms)>();
        async Task Act(string name, string element, int times)
        {
            frames.Phase = name;
            Progress($"grid: {name} ×{times}");
            var ms = new List<double>();
            for (var i = 0; i < times; i++)
            {
                var step = $"{name} #{i + 1}";
                ms.Add(await Step(step, () => page.EvaluateAsync<double>(Measure, new { element, step, timeout = StepTimeoutMs })));
                // The next click only once this one's rows are in: the pager's buttons are disabled while a page loads, and a
                // click on a disabled button changes nothing (the bench's stop 5 waited for such a change for ever).
                await SettledAsync(page, step);
                await Task.Delay(150); // let the batch's trailing frames arrive before the next click
            }
            actions.Add((name, ms));
        }
        // Selectors as WorkbenchTable.razor writes them: the pager's aria-labels (WorkbenchResource Grid.Next/Grid.Previous),
        // the sort headers' buttons in column order (number, state, deadline, webshop, amount, language).
        // A small --workbench count gives the assessor few pages: never more next-page clicks than there are pages after the first.
        var status = await Step("grid: pager status", () => page.Locator("#wb-pager-status").InnerTextAsync());
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(status, @"van (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Progress($"grid: {status}");
        var forward = Math.Min(Rounds, pages - 1);
        await Act("next page", "document.querySelector('.wb-grid button[aria-label=\"Volgende pagina\"]')", forward);
        await Act("previous page", "document.querySelector('.wb-grid button[aria-label=\"Vorige pagina\"]')", Math.Min(10, forward));
        await Act("sort by amount (toggles)", "document.querySelectorAll('.wb-grid button.wb-sort')[4]", 10);
        await Act("sort by webshop (toggles)", "document.querySelectorAll('.wb-grid button.wb-sort')[3]", 10);
        // Issue 16 item 7: the state filter is a native select in MudBlazor's outlined input markup, a combobox named by its
        // label (Col.State "Status"), its options named as WorkbenchResource writes them (State.InformationGathering,
        // Filter.AllOpen). Choosing one sends its change event, which the form takes before the submit's click.
        async Task ChooseStateAsync(string option)
        {
            var step = $"filter: choose state \"{option}\"";
            Progress(step);
            await Step(step, () => page.Locator("form.wb-filters").GetByRole(AriaRole.Combobox, new() { Name = "Status", Exact = true })
                .SelectOptionAsync(new SelectOptionValue { Label = option }));
        }
        await ChooseStateAsync("Informatie verzamelen");
        await Act("filter: state InformationGathering (count + page)", "document.querySelector('form.wb-filters button[type=submit]')", 1);
        await ChooseStateAsync("Alle lopende");
        await Act("filter: all open (count + page)", "document.querySelector('form.wb-filters button[type=submit]')", 1);

        // The assessor's case page with ~100 timeline entries: navigation to interactive, as a fresh load each round, next
        // to the grid page (same layout, little content) as the app's own baseline. The page's Navigation Timing gives the
        // part until the prerendered HTML was received; the rest is blazor.web.js, the circuit's start and its first render.
        frames.Phase = "open case page";
        Progress($"case page: {Rounds + 3} fresh loads of workbench/{number}");
        var open = await LoadsAsync(page, $"workbench/{number}", number);
        var entries = await page.Locator(".wb-submission").CountAsync();
        frames.Phase = "open /workbench (fresh loads)";
        Progress($"grid page: {Rounds + 3} fresh loads of /workbench");
        var grid = await LoadsAsync(page, "workbench", null);

        // Memory per idle circuit on /workbench: N more pages, each with its own circuit, after a forced collection.
        // --idle-path PATH: the same measurement on another page of the layout (e.g. "" for the home page), to tell the
        // shell's share of a circuit from the grid page's.
        var idleIndex = Array.IndexOf(args, "--idle-path");
        var idlePath = idleIndex >= 0 && idleIndex + 1 < args.Length ? args[idleIndex + 1].Trim('/') : "workbench";
        async Task ReadyAsync(IPage p, string step)
        {
            if (idlePath == "workbench") await Interactive(p, step);
            else await Step(step + ": circuit up", () => p.Locator("body[data-circuit='up']").WaitForAsync(new() { State = WaitForSelectorState.Attached }));
        }
        Progress($"memory: {IdlePages} idle circuits on /{idlePath}");
        frames.Phase = $"open /{idlePath} (memory)";
        await page.GotoAsync(idlePath);
        await ReadyAsync(page, $"memory: open /{idlePath}");
        var before = await ServerAsync(http);
        var idle = new List<IPage>();
        for (var i = 0; i < IdlePages; i++)
        {
            var step = $"memory: idle page {i + 1}";
            var p = await context.NewPageAsync();
            await p.GotoAsync(idlePath);
            await ReadyAsync(p, step);
            if (idlePath == "workbench")
            {
                await Step(step + " rows shown", () => p.Locator(".wb-grid table tbody tr").First.WaitForAsync());
                await SettledAsync(p, step);
            }
            idle.Add(p);
        }
        await Task.Delay(2000);
        var after = await ServerAsync(http);
        Progress("done measuring");

        Console.WriteLine();
        Console.WriteLine($"Fresh loads, {Rounds} each (after 3 warm-up loads): navigation → prerendered HTML received (Navigation Timing responseEnd) → interactive (InteractiveMarker rendered by the circuit)");
        Console.WriteLine();
        Console.WriteLine("| page | HTML received median / p95 ms | interactive median / p95 ms |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| case page /workbench/{number} (~100 timeline entries, {entries} submissions shown) | {WorkbenchBench.Percentile(open.Html, 0.5):F0} / {WorkbenchBench.Percentile(open.Html, 0.95):F0} | {WorkbenchBench.Percentile(open.Interactive, 0.5):F0} / {WorkbenchBench.Percentile(open.Interactive, 0.95):F0} |");
        Console.WriteLine($"| grid page /workbench (25 rows) | {WorkbenchBench.Percentile(grid.Html, 0.5):F0} / {WorkbenchBench.Percentile(grid.Html, 0.95):F0} | {WorkbenchBench.Percentile(grid.Interactive, 0.5):F0} / {WorkbenchBench.Percentile(grid.Interactive, 0.95):F0} |");
        Console.WriteLine();
        Console.WriteLine("| grid action (25-row page) | n | click → DOM change median / p95 ms | largest server→client message | largest client→server message |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, ms) in actions)
            Console.WriteLine($"| {name} | {ms.Count} | {WorkbenchBench.Percentile(ms, 0.5):F0} / {WorkbenchBench.Percentile(ms, 0.95):F0} | {frames.Largest(name, false) / 1024.0:F1} KB | {frames.Largest(name, true) / 1024.0:F1} KB |");
        Console.WriteLine($"| open /workbench (prerender + circuit start) | 1 | – | {frames.Largest("open /workbench", false) / 1024.0:F1} KB | {frames.Largest("open /workbench", true) / 1024.0:F1} KB |");
        Console.WriteLine($"| open case page ({Rounds + 3} loads) | – | – | {frames.Largest("open case page", false) / 1024.0:F1} KB | {frames.Largest("open case page", true) / 1024.0:F1} KB |");
        Console.WriteLine($"| open /workbench ({Rounds + 3} fresh loads) | – | – | {frames.Largest("open /workbench (fresh loads)", false) / 1024.0:F1} KB | {frames.Largest("open /workbench (fresh loads)", true) / 1024.0:F1} KB |");
        Console.WriteLine();
        Console.WriteLine($"Largest message of the run: server→client {frames.Largest(null, false) / 1024.0:F1} KB, client→server {frames.Largest(null, true) / 1024.0:F1} KB (limits: 64 KB, 24 KB)");
        var circuits = after.Open - before.Open;
        Console.WriteLine($"| open /{idlePath} (before the idle circuits) | 1 | – | {frames.Largest($"open /{idlePath} (memory)", false) / 1024.0:F1} KB | {frames.Largest($"open /{idlePath} (memory)", true) / 1024.0:F1} KB |");
        Console.WriteLine($"Idle circuits on /{idlePath}: {circuits} opened; managed heap {before.Heap / 1024.0:N0} → {after.Heap / 1024.0:N0} KB: {(after.Heap - before.Heap) / 1024.0 / Math.Max(1, circuits):F0} KB per circuit; working set {(after.WorkingSet - before.WorkingSet) / 1024.0 / Math.Max(1, circuits):F0} KB per circuit");
        foreach (var p in idle) await p.CloseAsync();
        await app.StopAsync();
        Console.WriteLine($"\nDatabase left at {folder} (delete it when done).");
    }

    private static async Task<(List<double> Html, List<double> Interactive)> LoadsAsync(IPage page, string url, string? heading)
    {
        var html = new List<double>();
        var interactive = new List<double>();
        for (var i = -3; i < Rounds; i++)
        {
            await page.GotoAsync(url);
            await Interactive(page, $"load {url} #{i + 4}");
            if (heading is not null) await Step($"load {url} #{i + 4}: heading {heading}", () => page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync());
            var times = await page.EvaluateAsync<double[]>("() => [performance.getEntriesByType('navigation')[0].responseEnd, window.__interactiveAt]");
            var (received, ready) = (times[0], times[1]);
            if (i < 0) continue;
            html.Add(received);
            interactive.Add(ready);
        }
        return (html, interactive);
    }

    /// <summary>How long one step (a navigation, a click's answer, an element) may take before the run stops with the step's name.</summary>
    private const int StepTimeoutMs = 90_000;

    /// <summary>
    /// Clicks the element (a JS expression) inside the page and resolves at the first change of the grid's rows or pager;
    /// rejects, naming the step, when the grid or the element is missing, the button is disabled (a click would change
    /// nothing) or nothing changes in time.
    /// </summary>
    private const string Measure = """
        ({ element, step, timeout }) => new Promise((resolve, reject) => {
            const target = document.querySelector('.wb-grid');
            if (!target) { reject(new Error(`${step}: no .wb-grid on the page`)); return; }
            const button = (0, eval)(element);
            const pager = document.querySelector('#wb-pager-status')?.textContent;
            if (!button) { reject(new Error(`${step}: nothing matches ${element}`)); return; }
            if (button.disabled) { reject(new Error(`${step}: the button is disabled (${pager})`)); return; }
            const t0 = performance.now();
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`${step}: no change in .wb-grid within ${timeout} ms after the click (${pager})`)); }, timeout);
            const observer = new MutationObserver(() => { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - t0); });
            observer.observe(target, { childList: true, subtree: true, characterData: true });
            button.click();
        })
        """;

    /// <summary>Waits until the grid has loaded (WorkbenchTable sets aria-busy while its ServerData runs).</summary>
    private static Task SettledAsync(IPage page, string step) => Step(step + ": grid loaded (aria-busy=false)", () =>
        page.WaitForFunctionAsync("() => document.querySelector('.wb-grid')?.getAttribute('aria-busy') === 'false'", null,
            new() { Timeout = StepTimeoutMs, PollingInterval = 20 }));

    /// <summary>A progress line with the UTC time and the machine's load average, so a slow run shows where it is.</summary>
    private static void Progress(string what)
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        Console.WriteLine($"[{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {load}] {what}");
    }

    /// <summary>Runs one step; a timeout or a failed script stops the run with the step's name.</summary>
    private static async Task Step(string name, Func<Task> run)
    {
        try { await run(); }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new InvalidOperationException($"Bench step \"{name}\" failed at {DateTime.UtcNow:HH:mm:ss} UTC: {e.Message}", e);
        }
    }

    private static async Task<T> Step<T>(string name, Func<Task<T>> run)
    {
        try { return await run(); }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new InvalidOperationException($"Bench step \"{name}\" failed at {DateTime.UtcNow:HH:mm:ss} UTC: {e.Message}", e);
        }
    }

    /// <summary>RFC 6238 (HMAC-SHA1, 30 s, 6 digits) from a Base32 key, as an authenticator app computes it.</summary>
    internal static string TotpCode(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.Replace(" ", "").TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8) { bytes.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = System.Security.Cryptography.HMACSHA1.HashData(bytes.ToArray(), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static Task Interactive(IPage page, string step) => Step(step + ": circuit interactive", () =>
        page.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = StepTimeoutMs }));

    private static async Task<(long Heap, long WorkingSet, int Open)> ServerAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("diagnostics/server"));
        var root = json.RootElement;
        return (root.GetProperty("managedHeapBytes").GetInt64(), root.GetProperty("workingSetBytes").GetInt64(), root.GetProperty("openCircuits").GetInt32());
    }

    /// <summary>Sizes of the WebSocket messages by the action that was running (Playwright reports whole messages).</summary>
    private sealed class Frames
    {
        private readonly List<(string Phase, bool Sent, int Bytes)> _all = [];
        public string Phase { get; set; } = "sign in";

        public void Add(bool sent, IWebSocketFrame frame)
        {
            var bytes = frame.Binary?.Length ?? System.Text.Encoding.UTF8.GetByteCount(frame.Text ?? "");
            lock (_all) _all.Add((Phase, sent, bytes));
        }

        public int Largest(string? phase, bool sent)
        {
            lock (_all) return _all.Where(f => (phase is null || f.Phase == phase) && f.Sent == sent).Select(f => f.Bytes).DefaultIfEmpty(0).Max();
        }
    }
}
