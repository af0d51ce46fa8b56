using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Benchmarks;

/// <summary>Issue 9: the eligibility check (pure domain), on the intake's typical answers against an affiliated webshop.</summary>
public class EligibilityBenchmarks
{
    private readonly IntakeAnswers _answers = new()
    {
        Scheme = Scheme.BindingRuling,
        ProductValue = Money.Euros(149.95m),
        TotalClaim = Money.Euros(149.95m),
        FirstReportedToWebshop = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)),
        OrderDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-45)),
    };

    private readonly Organisation _webshop = CreateWebshop();

    private static Organisation CreateWebshop()
    {
        var since = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2));
        var o = Organisation.Register("Fietsonderdelen.nl B.V.", KvkNumber.Create("68123457").Value, CountryCode.Netherlands,
            ["https://www.fietsonderdelen.nl"], since, "Keurmerk Eerlijk Online", usesSchemeB2BTerms: false, isSchemeParticipant: false).Value;
        o.AddSubscription(since, null);
        return o;
    }

    [Benchmark(Description = "eligibility check (EligibilityChecker)")]
    public EligibilityResult Eligibility() => EligibilityChecker.Check(_answers, _webshop, TimeProvider.System);
}

/// <summary>
/// Issue 9: an intake submission persisted through CaseStore (number allocation, case, parties, deadlines,
/// audit, summary, participants in one transaction) next to the disk's raw rate: one INSERT per transaction
/// with Microsoft.Data.Sqlite and the same pragmas (WAL, synchronous=NORMAL), in the same folder.
/// </summary>
public class IntakePersistenceBenchmarks
{
    private string _folder = "";
    private LabHost _host = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _insert = null!;
    private int _i;

    [GlobalSetup]
    public void Setup()
    {
        _folder = LabHost.TempFolder("intake");
        _host = LabHost.OpenAsync(Path.Combine(_folder, "adrdesk.db")).GetAwaiter().GetResult();
        var timings = _host.Services.GetRequiredService<AdrDesk.Features.Diagnostics.DbTimings>();
        (_commandsBefore, _dbTimeBefore) = (timings.Commands, timings.Total);
        _raw = new SqliteConnection($"Data Source={Path.Combine(_folder, "raw.db")};Pooling=False");
        _raw.Open();
        using (var pragma = _raw.CreateCommand())
        {
            pragma.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;
                CREATE TABLE IF NOT EXISTS "Intake" ("Id" TEXT NOT NULL PRIMARY KEY, "Number" TEXT NOT NULL, "Consumer" TEXT NOT NULL,
                  "Webshop" TEXT NOT NULL, "State" TEXT NOT NULL, "AmountCents" INTEGER NOT NULL, "At" INTEGER NOT NULL, "Payload" TEXT NOT NULL);
                """;
            pragma.ExecuteNonQuery();
        }
        _insert = _raw.CreateCommand();
        _insert.CommandText = """INSERT INTO "Intake" VALUES ($id, $number, $consumer, 'Fietsonderdelen.nl B.V.', 'Filed', 14995, $at, $payload)""";
        _insert.Parameters.Add("$id", SqliteType.Text);
        _insert.Parameters.Add("$number", SqliteType.Text);
        _insert.Parameters.Add("$consumer", SqliteType.Text);
        _insert.Parameters.Add("$at", SqliteType.Integer);
        _insert.Parameters.Add("$payload", SqliteType.Text);
        CaptureIntakeSql();
        (_commandsBefore, _dbTimeBefore) = (timings.Commands, timings.Total);
        var note = $"Like with like: one intake is {_intakeSql.Count} SQL commands (captured from EF Core and replayed raw in one transaction, fresh ids and case number each time).";
        if (!Lab.Notes.Contains(note)) Lab.Notes.Add(note);
    }

    /// <summary>
    /// The like-for-like comparison: the SQL one intake sends (captured from EF Core's diagnostics while one intake is
    /// filed in Setup), replayed with raw Microsoft.Data.Sqlite in one transaction per intake, with fresh ids and a fresh
    /// case number each time, into the same database file. What EF Core, the domain and CaseStore add over the same rows.
    /// </summary>
    private SqliteConnection _same = null!;
    private List<(string Sql, List<(string Name, object? Value, SqliteType Type)> Parameters)> _intakeSql = [];
    private static readonly System.Text.RegularExpressions.Regex Token = new(
        "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[A-Z]{2}-\\d{4}-\\d{6}", System.Text.RegularExpressions.RegexOptions.Compiled);
    private int _replay;

    private void CaptureIntakeSql()
    {
        var captured = new List<(string, List<(string, object?, SqliteType)>)>();
        using var subscription = System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(new ListenerObserver(captured));
        _host.SubmitIntakeAsync(0).GetAwaiter().GetResult();
        _intakeSql = captured;
        _same = new SqliteConnection($"Data Source={_host.DatabasePath};Pooling=False");
        _same.Open();
        using var pragma = _same.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        _same.CreateFunction<string?, string?>(AdrDesk.Infrastructure.Data.SqlFunctions.FoldName, v => v is null ? null : AdrDesk.Infrastructure.Data.SqlFunctions.Fold(v), isDeterministic: true);
    }

    private sealed class ListenerObserver(List<(string, List<(string, object?, SqliteType)>)> captured) : IObserver<System.Diagnostics.DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(System.Diagnostics.DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore") listener.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key.EndsWith("CommandExecuting", StringComparison.Ordinal) && e.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data)
                lock (captured)
                    captured.Add((data.Command.CommandText, data.Command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value, p.SqliteType)).ToList()));
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    [Benchmark(Description = "raw SQLite, the same rows as one intake (its captured SQL replayed in one transaction)")]
    public void RawSameRows()
    {
        var n = Interlocked.Increment(ref _replay);
        // Every id and the case number are new for each replay (the same old value maps to the same new one).
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string Fresh(string old) => map.TryGetValue(old, out var fresh) ? fresh
            : map[old] = old.Length == 36 ? (char.IsLower(old.First(char.IsLetter)) ? Guid.NewGuid().ToString() : Guid.NewGuid().ToString().ToUpperInvariant()) : $"{old[..3]}2099-{n:000000}";
        using var tx = _same.BeginTransaction();
        foreach (var (sql, parameters) in _intakeSql)
        {
            using var command = _same.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var (name, value, type) in parameters)
            {
                object fresh = value switch
                {
                    null => DBNull.Value,
                    Guid g => Guid.Parse(Fresh(g.ToString())),
                    string text => Token.Replace(text, m => Fresh(m.Value)),
                    _ => value,
                };
                command.Parameters.Add(new SqliteParameter(name, type) { Value = fresh });
            }
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
        }
        tx.Commit();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _same?.Dispose();
        // Where an intake's time goes: SQLite (commands and their time, from the app's DbTimings) or .NET around it.
        var timings = _host.Services.GetRequiredService<AdrDesk.Features.Diagnostics.DbTimings>();
        if (_creates > 0)
            Lab.Notes.Add($"Intake persistence: {(timings.Commands - _commandsBefore) / (double)_creates:F1} SQL commands per intake, " +
                          $"{(timings.Total - _dbTimeBefore).TotalMilliseconds / _creates:F2} ms of command time per intake (the app's DbTimings), over {_creates:N0} intakes; " +
                          "the rest of an intake's time is .NET (EF Core change tracking and SQL generation, the domain, audit, summary).");
        _insert.Dispose();
        _raw.Dispose();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        LabHost.DeleteFolder(_folder);
    }

    [Benchmark(Description = "intake submission persisted (CaseStore.CreateAsync: draft + filed)")]
    public Task CreateCase()
    {
        _creates++;
        return _host.SubmitIntakeAsync(Interlocked.Increment(ref _i));
    }

    private int _creates;
    private long _commandsBefore;
    private TimeSpan _dbTimeBefore;

    [Benchmark(Description = "raw SQLite WAL commit (1 INSERT per transaction, synchronous=NORMAL)")]
    public void RawWalCommit()
    {
        var i = Interlocked.Increment(ref _i);
        using var tx = _raw.BeginTransaction();
        _insert.Transaction = tx;
        _insert.Parameters["$id"].Value = Guid.NewGuid().ToString();
        _insert.Parameters["$number"].Value = $"BA-2026-{i:000000}";
        _insert.Parameters["$consumer"].Value = $"Consument {i}";
        _insert.Parameters["$at"].Value = DateTime.UtcNow.Ticks;
        _insert.Parameters["$payload"].Value = Payload;
        _insert.ExecuteNonQuery();
        tx.Commit();
    }

    // About the size of a filed case's rows together (case, parties, deadline, audit, summary), so both write similar bytes.
    private static readonly string Payload = new('x', 1500);
}

/// <summary>
/// What setting the pragmas on every open of a pooled connection cost (the old SqlitePragmas), next to an open
/// that finds them set (the new one: once per physical connection). Both open and close a pooled connection.
/// </summary>
public class ConnectionOpenBenchmarks
{
    private string _folder = "";
    private string _connectionString = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = LabHost.TempFolder("open");
        _connectionString = $"Data Source={Path.Combine(_folder, "open.db")};Pooling=True";
        using var first = new SqliteConnection(_connectionString);
        first.Open();
        using var wal = first.CreateCommand();
        wal.CommandText = Pragmas;
        wal.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => LabHost.DeleteFolder(_folder);

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    [Benchmark(Description = "open a pooled SQLite connection (pragmas already set on it)")]
    public void Open()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
    }

    [Benchmark(Description = "open a pooled SQLite connection and set the four pragmas (as on every open before)")]
    public void OpenWithPragmas()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
