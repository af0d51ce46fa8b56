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
    }

    [GlobalCleanup]
    public void Cleanup()
    {
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
