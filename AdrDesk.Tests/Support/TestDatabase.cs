using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Tests.Support;

/// <summary>
/// A real SQLite file in a temp folder, migrated by the app's own migrations (so the append-only
/// triggers are there too), with the app's connection settings (WAL, busy timeout, SQL functions).
/// It is itself the IDbContextFactory to hand to a service; dispose to delete the file.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<AdrDbContext>, IDisposable, IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Options = new DbContextOptionsBuilder<AdrDbContext>()
            .UseSqlite($"Data Source={Path};Pooling=True;Default Timeout=10")
            .AddInterceptors(new SqlitePragmas(10_000))
            .Options;
    }

    public string Folder { get; }
    public string Path => System.IO.Path.Combine(Folder, "adrdesk.db");
    public DbContextOptions<AdrDbContext> Options { get; }
    public IDbContextFactory<AdrDbContext> Factory => this;

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(folder);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public AdrDbContext CreateDbContext() => new(Options);

    /// <summary>A raw connection for what the app never does (e.g. trying to UPDATE the audit trail).</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner: the temp folder is cleaned by the OS.
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
