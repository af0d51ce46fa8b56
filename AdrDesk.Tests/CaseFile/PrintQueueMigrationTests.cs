using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdrDesk.Tests.CaseFile;

/// <summary>The intake's PrintJobs are moved into the one PrintQueue by migration 20261122000400, then dropped.</summary>
public sealed class PrintQueueMigrationTests : IDisposable
{
    private const string Merge = "20261122000400_OnePrintQueue";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);

    public PrintQueueMigrationTests() => Directory.CreateDirectory(_folder);

    [Fact, Trait("Rule", "D21")]
    public async Task D21_Existing_print_jobs_move_to_the_one_print_queue_and_the_old_table_is_dropped()
    {
        var path = Path.Combine(_folder, "old.db");
        var waiting = Guid.NewGuid();
        var printed = Guid.NewGuid();
        var document = Guid.NewGuid();
        await using (var db = Context(path))
        {
            var before = db.Database.GetMigrations().TakeWhile(m => m != Merge).Last();
            await db.GetService<IMigrator>().MigrateAsync(before);
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "PrintJobs" ("Id", "CaseNumber", "DocumentId", "Title", "Addressee", "QueuedAt", "PrintedAt")
                VALUES ($w, 'BA-2026-000001', $d, 'Ontvangstbevestiging', 'Piet Papier, Dorpsstraat 1, 1234 AB Ergens', 100, NULL),
                       ($p, 'BA-2026-000002', $d, 'Ontvangstbevestiging', 'Zonder Adres', 200, 300);
                """;
            insert.Parameters.AddWithValue("$w", waiting.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$p", printed.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$d", document.ToString().ToUpperInvariant());
            await insert.ExecuteNonQueryAsync();
        }

        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync();
            var rows = await db.Set<PrintQueueEntry>().AsNoTracking().OrderBy(p => p.CaseNumber).ToListAsync();
            Assert.Equal(2, rows.Count);
            var first = rows[0];
            Assert.Equal(waiting, first.Id);
            Assert.Equal("Piet Papier", first.RecipientName);
            Assert.Equal("Dorpsstraat 1, 1234 AB Ergens", first.Address);
            Assert.Equal(document, first.DocumentId);
            Assert.Equal("Ontvangstbevestiging", first.Subject);
            Assert.Null(first.SentAt);
            Assert.Equal(new DateTimeOffset(100, TimeSpan.Zero), first.CreatedAt);
            Assert.Equal("Zonder Adres", rows[1].RecipientName);
            Assert.Null(rows[1].Address);
            Assert.Equal(new DateTimeOffset(300, TimeSpan.Zero), rows[1].SentAt);

            await db.Database.OpenConnectionAsync();
            await using var tables = db.Database.GetDbConnection().CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'PrintJobs'";
            Assert.Equal(0L, await tables.ExecuteScalarAsync());
        }
    }

    private static AdrDbContext Context(string path) => new(new DbContextOptionsBuilder<AdrDbContext>()
        .UseSqlite($"Data Source={path};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
