using System.Collections.Concurrent;
using AdrDesk.Features.Backup;
using AdrDesk.Features.Documents;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Files;
using AdrDesk.Resources;
using AdrDesk.Tests.Cases;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static AdrDesk.Tests.Cases.CaseFixtures;

namespace AdrDesk.Tests.Data;

/// <summary>
/// Issue 17 items 1 and 2: the provider chosen by configuration, PostgreSQL's own migrations, the audit trail's commit
/// order, and the SQLite-only backup refusing on PostgreSQL. These run in both the SQLite and the PostgreSQL run
/// (<see cref="TestProvider"/>); the ones that need no server check PostgreSQL's model in either.
/// </summary>
[Trait("Issue", "17")]
public sealed class DatabaseProviderTests
{
    private static PostgresAdrDbContext PostgresModel() =>
        new(TestProvider.PostgresOptions("Host=127.0.0.1;Database=unused;Username=postgres")); // the model only: never opened

    [Fact]
    public async Task The_postgres_model_has_no_changes_without_a_migration()
    {
        await using var db = PostgresModel();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The PostgreSQL model has changes no migration makes: run `dotnet ef migrations add <Name> --project AdrDesk --context PostgresAdrDbContext " +
            "--output-dir Infrastructure/Data/Migrations/Postgres --namespace AdrDesk.Infrastructure.Data.Migrations.Postgres`.");
    }

    [Fact]
    public async Task Each_provider_finds_only_its_own_migrations()
    {
        await using var postgres = PostgresModel();
        await using var sqlite = new AdrDbContext(new DbContextOptionsBuilder<AdrDbContext>().UseSqlite("Data Source=:memory:").Options);

        var pg = postgres.Database.GetMigrations().ToList();
        var lite = sqlite.Database.GetMigrations().ToList();

        Assert.Contains(pg, m => m.EndsWith("_MpgPostgresBaseline", StringComparison.Ordinal));
        Assert.Contains(lite, m => m.EndsWith("_Baseline", StringComparison.Ordinal));
        Assert.Empty(pg.Intersect(lite));
        Assert.DoesNotContain(lite, m => m.Contains("Postgres", StringComparison.Ordinal));
    }

    [Fact]
    public void The_provider_comes_from_configuration_with_sqlite_the_default()
    {
        Assert.Equal(DatabaseProvider.Sqlite, new DatabaseOptions().Provider);

        var postgres = new DbContextOptionsBuilder<AdrDbContext>();
        postgres.UseAdrDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=x;Username=postgres" });
        Assert.IsType<PostgresAdrDbContext>(DatabaseProviders.CreateContext(postgres.Options, DatabaseProvider.Postgres));

        var missing = new DbContextOptionsBuilder<AdrDbContext>();
        Assert.Throws<InvalidOperationException>(() => missing.UseAdrDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres }));
    }

    [Fact]
    public async Task On_postgres_the_backup_refuses_with_its_named_message_and_writes_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "pgbackup-" + Guid.NewGuid().ToString("N")[..8]);
        var writer = new BackupWriter(
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=x;Username=postgres" },
            Options.Create(new DocumentOptions()), Array.Empty<IUploadFolder>(), TimeProvider.System, NullLogger<BackupWriter>.Instance);

        var refusal = Assert.IsType<BackupNeedsPgDump>(writer.Refusal);
        Assert.Contains("pg_dump", refusal.Message(AdrDesk.Domain.Common.Language.Nl), StringComparison.Ordinal);
        Assert.Contains("pg_dump", refusal.Message(AdrDesk.Domain.Common.Language.En), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(folder));
        Assert.False(Directory.Exists(folder));
        Assert.Null(new BackupWriter(new DatabaseOptions(), Options.Create(new DocumentOptions()), Array.Empty<IUploadFolder>(), TimeProvider.System,
            NullLogger<BackupWriter>.Instance).Refusal);
    }

    /// <summary>
    /// The notice cursor's promise (CaseChangeNotices): following the trail by <see cref="AuditOrder"/> while 6 writers
    /// commit cases at once, a reader that only ever moves forward sees every entry exactly once, none skipped. On
    /// PostgreSQL this is what the commit-ordered "NoticeOrder" gives (ids and plain sequences would skip).
    /// </summary>
    [Fact]
    public async Task A_cursor_following_the_audit_trail_during_concurrent_writes_skips_nothing()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var seen = new ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            long cursor = 0;
            while (true)
            {
                await using var db = kit.Database.CreateDbContext();
                var next = await AuditOrder.NextAsync(db, cursor, 20, CancellationToken.None);
                foreach (var (position, id) in next)
                {
                    Assert.True(position > cursor);
                    cursor = position;
                    seen.Add(id);
                }
                if (next.Count == 0)
                {
                    if (stop.IsCancellationRequested) return;
                    await Task.Delay(2);
                }
            }
        });
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 8; i++) await NewBindingRulingAsync(kit.Store, kit.Clock);
        })));
        await stop.CancelAsync();
        await reader;

        await using var check = kit.Database.CreateDbContext();
        var all = await check.Set<AdrDesk.Domain.Cases.AuditEntry>().Select(a => a.Id).ToListAsync();
        Assert.Equal(48, all.Count);
        Assert.Equal(all.Count, seen.Count);
        Assert.Equal(all.OrderBy(x => x), seen.OrderBy(x => x));
    }
}
