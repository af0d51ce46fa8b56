using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
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
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 7 item 9: the assessor's grid over 200,000 generated cases (median and p95 of one 50-row page,
/// count included, at the database layer, with EXPLAIN QUERY PLAN) and opening a case with 100 timeline
/// entries (access check, aggregate, documents, draft, audit trail).
/// <c>dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --workbench [cases]</c>
/// </summary>
public static class WorkbenchBench
{
    private const int Assessors = 40;
    private const int Iterations = 100;
    private static readonly string[] OpenStates = ["ForwardedToRespondent", "SettlementAttempt", "InformationGathering", "DossierComplete", "RulingInPreparation", "CompliancePeriod", "ReminderSent", "Screening"];
    private static readonly string[] EndedStates = ["Closed", "Refused", "Settled", "Withdrawn", "Complied"];

    public static async Task RunAsync(int cases)
    {
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

    private const int PageSize = 25;

    /// <summary>The three most used grid views (default, due soon, one state by amount) and the webshop search.</summary>
    private static (string Name, WorkbenchQuery Query)[] Scenarios() =>
    [
        ("my open cases, urgent first (default)", new WorkbenchQuery()),
        ("due within 14 days (overdue incl.), urgent first", new WorkbenchQuery { DueWithinDays = 14 }),
        ("state InformationGathering, amount high→low", new WorkbenchQuery { State = "InformationGathering", Sort = WorkbenchSort.Amount, Descending = true }),
        ("webshop contains 'fiets', all states, by number", new WorkbenchQuery { OpenOnly = false, Webshop = "fiets", Sort = WorkbenchSort.Number }),
    ];

    private static ClaimsPrincipal Principal(Guid id, string role, string name) => new(new ClaimsIdentity([
        new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Role, role),
        new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name)], "bench"));

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

    private static async Task CasePageAsync(IServiceProvider services, Guid me)
    {
        var store = services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var consumer = new Actor(Guid.NewGuid(), "Bench Consument", Role.Consumer);
        var shop = new Actor(Guid.NewGuid(), "Bench Webshop", Role.Business);
        var desk = new Actor(Guid.NewGuid(), "Bench Balie", Role.CaseManager);
        var assessor = new Actor(me, "mr. Bench", Role.Assessor);
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
        await Step(x => x.AssignPanel(desk, clock, [new PanelMember(me, "mr. Bench")]));
        await Step(x => x.Forward(desk, clock));
        await Step(x => x.RecordResponse(shop, clock, "Wij betwisten de klacht."));
        await Step(x => x.FailSettlement(assessor, clock, "Geen schikking."));
        for (var i = 0; i < 45; i++)
        {
            await Step(x => x.AddSubmission(i % 2 == 0 ? consumer : shop, clock, $"Stuk {i}: " + new string('x', 400)));
            await Step(x => x.AddStaffNote(assessor, clock, $"Notitie {i}"));
        }
        var user = new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, me.ToString()), new Claim(ClaimTypes.Role, AdrDesk.Security.Roles.Assessor),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, "mr. Bench")], "bench"));
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

    private static async Task GenerateAsync(IDbContextFactory<AdrDbContext> factory, int cases, Guid[] assessors)
    {
        var random = new Random(7);
        var shops = Enumerable.Range(1, 500).Select(i => (Id: Guid.NewGuid(), Name: i % 10 == 0 ? $"Fietsenhandel {i} BV" : $"Webwinkel {i} BV")).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var db = await factory.CreateDbContextAsync();
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
            Set(summary, "$id", id.ToString().ToUpperInvariant());
            Set(summary, "$number", $"{(scheme == "BindingRuling" ? "DD" : "BB")}-{2000 + i % 20}-{i:D6}"); // never a year the store hands out now
            Set(summary, "$scheme", scheme);
            Set(summary, "$state", state);
            Set(summary, "$consumer", Guid.NewGuid().ToString().ToUpperInvariant());
            Set(summary, "$business", Guid.NewGuid().ToString().ToUpperInvariant());
            Set(summary, "$org", shop.Id.ToString().ToUpperInvariant());
            Set(summary, "$shop", shop.Name);
            Set(summary, "$assessor", seats.Length > 0 ? seats[0].ToString().ToUpperInvariant() : null);
            Set(summary, "$due", open ? now.AddDays(random.Next(-10, 120)).UtcTicks : null);
            Set(summary, "$kind", open ? "Ruling" : null);
            Set(summary, "$amount", random.Next(2_500, 2_500_000));
            Set(summary, "$lang", random.NextDouble() < 0.15 ? "En" : "Nl");
            Set(summary, "$created", created.UtcTicks);
            Set(summary, "$ended", open ? null : created.AddDays(50).UtcTicks);
            await summary.ExecuteNonQueryAsync();
            foreach (var seat in seats) await Participant(participant, id, "Assessor", seat, null);
            await Participant(participant, id, "Consumer", Guid.NewGuid(), null);
            await Participant(participant, id, "Business", Guid.NewGuid(), shop.Id);
        }
        await tx.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    private static Task<int> Participant(SqliteCommand command, Guid caseId, string relation, Guid user, Guid? org)
    {
        Set(command, "$id", Guid.NewGuid().ToString().ToUpperInvariant());
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

    private static double Percentile(List<double> values, double p)
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
