using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Tests.Support;

/// <summary>
/// A real SQLite file in a temp folder, migrated by the app's own migrations (so the append-only
/// triggers are there too), with the app's connection settings (WAL, busy timeout, SQL functions);
/// or, when the tests run on PostgreSQL (<see cref="TestProvider"/>), a fresh PostgreSQL database made from the migrated template.
/// It is itself the IDbContextFactory to hand to a service; dispose to delete the file (or drop the database).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<AdrDbContext>, IDisposable, IAsyncDisposable
{
    private TestDatabase(string folder, string? postgres)
    {
        Folder = folder;
        PostgresConnectionString = postgres;
        Options = postgres is not null
            ? TestProvider.PostgresOptions(postgres)
            : new DbContextOptionsBuilder<AdrDbContext>()
                .UseSqlite($"Data Source={Path};Pooling=True;Default Timeout=10")
                .AddInterceptors(new SqlitePragmas(10_000))
                .Options;
    }

    /// <summary>The PostgreSQL database of this test (null on SQLite).</summary>
    public string? PostgresConnectionString { get; }

    public string Folder { get; }
    public string Path => System.IO.Path.Combine(Folder, "adrdesk.db");
    public DbContextOptions<AdrDbContext> Options { get; }
    public IDbContextFactory<AdrDbContext> Factory => this;

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (TestProvider.IsPostgres) return new TestDatabase(folder, await TestProvider.NewDatabaseAsync()); // migrated already
        var database = new TestDatabase(folder, null);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public AdrDbContext CreateDbContext() => DatabaseProviders.CreateContext(Options, TestProvider.Provider);

    /// <summary>A raw connection for what the app never does (e.g. trying to UPDATE the audit trail).</summary>
    public System.Data.Common.DbConnection OpenConnection()
    {
        System.Data.Common.DbConnection connection = PostgresConnectionString is not null
            ? new Npgsql.NpgsqlConnection(PostgresConnectionString)
            : new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (PostgresConnectionString is not null) TestProvider.Drop(PostgresConnectionString);
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
