using System.Globalization;
using System.Security.Cryptography;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 9: the case grid (CaseSummaries) over 200,000 generated cases (<c>--seed-volume</c>'s generator): a page
/// of 50 plus the count, for the three filters/sorts a grid uses most, through EF Core (one DbContext per call,
/// as the app does) and as the same raw SQL on one open connection. The setup prints <c>EXPLAIN QUERY PLAN</c>
/// of each and records whether it avoids a full scan and a temp B-tree sort (<see cref="Plans"/>).
/// The generated database is kept in .perf/out/ and reused while the schema (migration scripts) is the same.
/// </summary>
public class CaseGridBenchmarks
{
    public const int PageSize = 50;
    public static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ADRDESK_GRID_CASES"), out var n) ? n : 200_000;
    public static List<QueryPlan> Plans { get; } = [];

    private LabHost _host = null!;
    private IDbContextFactory<AdrDbContext> _factory = null!;
    private SqliteConnection _raw = null!;
    private Guid _assessor;
    private const string State = "InformationGathering";

    [GlobalSetup]
    public void Setup()
    {
        var path = GridDatabaseAsync().GetAwaiter().GetResult();
        _host = LabHost.OpenAsync(path, seedDemo: false).GetAwaiter().GetResult();
        _factory = _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        _raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        _raw.Open();
        using (var pragma = _raw.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=5000;";
            pragma.ExecuteNonQuery();
        }
        using (var db = _factory.CreateDbContext())
        {
            // The assessor with the most cases: the heaviest "my cases" grid.
            _assessor = db.Set<CaseSummary>().Where(s => s.AssessorId != null).GroupBy(s => s.AssessorId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).First();
            if (Plans.Count == 0) Explain(db);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    // --- the three grids -------------------------------------------------------------------------------

    private static IQueryable<CaseSummary> Open(AdrDbContext db) =>
        db.Set<CaseSummary>().AsNoTracking().Where(s => s.NextDeadlineAt != null);

    private static IQueryable<CaseSummary> InState(AdrDbContext db) =>
        db.Set<CaseSummary>().AsNoTracking().Where(s => s.State == State);

    private IQueryable<CaseSummary> OfAssessor(AdrDbContext db) =>
        db.Set<CaseSummary>().AsNoTracking().Where(s => s.AssessorId == _assessor && s.NextDeadlineAt != null);

    private static IQueryable<GridRow> Page(IQueryable<CaseSummary> q) =>
        q.OrderBy(s => s.NextDeadlineAt).Take(PageSize).Select(s => new GridRow(s.Number, s.State, s.ConsumerName, s.WebshopName, s.AssessorName, s.NextDeadlineAt, s.AmountClaimed));

    private const string Columns = """SELECT "Number", "State", "ConsumerName", "WebshopName", "AssessorName", "NextDeadlineAt", "AmountClaimed" FROM "CaseSummaries" """;
    private const string OpenWhere = """WHERE "NextDeadlineAt" IS NOT NULL""";
    private const string StateWhere = """WHERE "State" = $state""";
    private const string AssessorWhere = """WHERE "AssessorId" = $assessor AND "NextDeadlineAt" IS NOT NULL""";
    private const string Order = """ORDER BY "NextDeadlineAt" LIMIT 50""";

    [Benchmark(Description = "EF: open cases by next deadline")]
    public Task<int> EfOpenByDeadline() => EfAsync(Open);

    [Benchmark(Description = "raw: open cases by next deadline")]
    public int RawOpenByDeadline() => Raw(OpenWhere);

    [Benchmark(Description = "EF: one state by next deadline")]
    public Task<int> EfStateByDeadline() => EfAsync(InState);

    [Benchmark(Description = "raw: one state by next deadline")]
    public int RawStateByDeadline() => Raw(StateWhere);

    [Benchmark(Description = "EF: an assessor's open cases by next deadline")]
    public Task<int> EfAssessorByDeadline() => EfAsync(OfAssessor);

    [Benchmark(Description = "raw: an assessor's open cases by next deadline")]
    public int RawAssessorByDeadline() => Raw(AssessorWhere);

    private async Task<int> EfAsync(Func<AdrDbContext, IQueryable<CaseSummary>> filter)
    {
        await using var db = await _factory.CreateDbContextAsync();
        var count = await filter(db).CountAsync();
        var rows = await Page(filter(db)).ToListAsync();
        return count + rows.Count;
    }

    private int Raw(string where)
    {
        using var count = Command($"""SELECT COUNT(*) FROM "CaseSummaries" {where}""");
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var page = Command($"{Columns}{where} {Order}");
        using var reader = page.ExecuteReader();
        var rows = new List<GridRow>(PageSize);
        while (reader.Read())
        {
            rows.Add(new GridRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero), reader.IsDBNull(6) ? null : reader.GetDecimal(6)));
        }
        return total + rows.Count;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _raw.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$state", StringComparison.Ordinal)) command.Parameters.AddWithValue("$state", State);
        if (sql.Contains("$assessor", StringComparison.Ordinal)) command.Parameters.AddWithValue("$assessor", _assessor.ToString().ToUpperInvariant());
        return command;
    }

    // --- EXPLAIN QUERY PLAN ----------------------------------------------------------------------------

    private void Explain(AdrDbContext db)
    {
        foreach (var (name, filter, where) in new (string, Func<AdrDbContext, IQueryable<CaseSummary>>, string)[]
                 {
                     ("OpenByDeadline", Open, OpenWhere), ("StateByDeadline", InState, StateWhere), ("AssessorByDeadline", OfAssessor, AssessorWhere),
                 })
        {
            var (efSql, parameters) = Split(Page(filter(db)).ToQueryString());
            Plans.Add(Plan(name, "EF Core page", efSql, parameters));
            Plans.Add(Plan(name, "count (EF Core and raw: same SQL)", $"""SELECT COUNT(*) FROM "CaseSummaries" {where}""", []));
            Plans.Add(Plan(name, "raw page", $"{Columns}{where} {Order}", []));
        }
        foreach (var p in Plans)
        {
            Console.WriteLine($"// EXPLAIN QUERY PLAN {p.Query}, {p.Engine}: {(p.Ok ? "indexed" : p.Problem)}");
            Console.WriteLine("//   " + p.Sql.ReplaceLineEndings(" "));
            foreach (var line in p.Plan) Console.WriteLine("//   " + line);
        }
    }

    private QueryPlan Plan(string query, string engine, string sql, IReadOnlyList<(string Name, object Value)> parameters)
    {
        using var command = Command("EXPLAIN QUERY PLAN " + sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(3));
        // A full scan of the big table ("SCAN CaseSummaries" / "SCAN c" without an index) or a sort in a temp B-tree.
        var scan = lines.FirstOrDefault(l => l.StartsWith("SCAN", StringComparison.Ordinal) && !l.Contains("INDEX", StringComparison.Ordinal));
        var sort = lines.FirstOrDefault(l => l.Contains("TEMP B-TREE", StringComparison.Ordinal));
        var problem = scan is not null ? $"full scan: {scan}" : sort is not null ? $"unindexed sort: {sort}" : null;
        return new QueryPlan(query, engine, sql, lines, problem is null, problem);
    }

    /// <summary>EF Core's ToQueryString for SQLite: ".param set @p 'value'" lines, then the SQL.</summary>
    private static (string Sql, List<(string, object)> Parameters) Split(string text)
    {
        var parameters = new List<(string, object)>();
        var sql = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line[".param set ".Length..].Trim().Split(' ', 2);
                var literal = parts[1].Trim();
                object value = literal.StartsWith('\'') ? literal[1..^1].Replace("''", "'", StringComparison.Ordinal)
                    : long.TryParse(literal, CultureInfo.InvariantCulture, out var n) ? n : literal;
                parameters.Add((parts[0], value));
            }
            else if (line.Trim().Length > 0)
            {
                sql.Add(line.TrimEnd());
            }
        }
        return (string.Join('\n', sql), parameters);
    }

    // --- the 200,000-case database -------------------------------------------------------------------

    private static async Task<string> GridDatabaseAsync()
    {
        // The schema as built into this AdrDesk.dll (its embedded migration scripts), not as on disk.
        var assembly = typeof(AdrDbContext).Assembly;
        var scripts = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal).SelectMany(n =>
        {
            using var stream = assembly.GetManifestResourceStream(n)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToArray();
        var hash = Convert.ToHexString(SHA256.HashData(scripts))[..12].ToLowerInvariant();
        var path = Path.Combine(LabHost.OutFolder, $"grid-{Cases}-{hash}.db");
        if (File.Exists(path)) return path;
        foreach (var old in Directory.GetFiles(LabHost.OutFolder, "grid-*.db*")) File.Delete(old);
        var building = path + ".building";
        Console.WriteLine($"// Generating {Cases:N0} cases for the case grid (once per schema) in {path}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var host = await LabHost.OpenAsync(building))
        {
            await CaseVolume.SeedVolumeAsync(host.Services, Cases);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            // No ANALYZE: the app never runs it, so the planner works here as it does there.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        foreach (var side in new[] { "-wal", "-shm" })
            if (File.Exists(building + side)) File.Delete(building + side);
        Console.WriteLine($"// Generated in {watch.Elapsed.TotalSeconds:F0} s");
        return path;
    }
}

public sealed record GridRow(string Number, string State, string? ConsumerName, string? WebshopName, string? AssessorName, DateTimeOffset? NextDeadlineAt, decimal? AmountClaimed);

public sealed record QueryPlan(string Query, string Engine, string Sql, List<string> Plan, bool Ok, string? Problem);
