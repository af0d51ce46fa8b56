using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Tests.Support;

/// <summary>
/// A real SQLite file in the temp folder, migrated with the app's own migrations and opened with
/// the app's connection interceptor (pragmas, SQL functions). Hand <see cref="Factory"/> to a
/// service as its IDbContextFactory; dispose to delete the file.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string path)
    {
        Path = path;
        Options = new DbContextOptionsBuilder<AdrDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False")
            .AddInterceptors(new SqlitePragmas(5000))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        Factory = new ContextFactory(Options);
    }

    public string Path { get; }
    public DbContextOptions<AdrDbContext> Options { get; }
    public IDbContextFactory<AdrDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adrdesk-tests");
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db"));
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }

    private sealed class ContextFactory(DbContextOptions<AdrDbContext> options) : IDbContextFactory<AdrDbContext>
    {
        public AdrDbContext CreateDbContext() => new(options);
    }
}
