using System.Collections.Concurrent;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdrDesk.Tests.Support;

/// <summary>
/// Which database the tests run on (issue 17 item 2). SQLite by default; with <c>ADRDESK_TEST_PROVIDER=Postgres</c> and
/// <c>ADRDESK_TEST_PG</c> = a connection string to a server where the user may create databases (<c>bash .dev/pg-cluster
/// start</c> prints one), every test database is a fresh PostgreSQL database instead: <c>CREATE DATABASE … TEMPLATE</c>
/// a template migrated once per test run (a copy takes tens of milliseconds, migrating takes seconds). A host's database
/// is dropped with its folder (<see cref="Drop"/>). Tests that are SQLite-only by nature carry
/// <c>[Trait("Provider", "Sqlite")]</c>, and the PostgreSQL run filters them out (<c>--filter "Provider!=Sqlite"</c>).
/// </summary>
public static class TestProvider
{
    public const string Variable = "ADRDESK_TEST_PROVIDER";
    public const string ServerVariable = "ADRDESK_TEST_PG";

    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static DatabaseProvider Provider => IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static readonly ConcurrentDictionary<string, string> ByFolder = new(StringComparer.Ordinal);
    private static string? _template;

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable}=Postgres needs {ServerVariable} (bash .dev/pg-cluster start prints it).");

    /// <summary>The connection string of database <paramref name="name"/> on the test server (short-lived pools: many databases).</summary>
    public static string ConnectionString(string name) => new NpgsqlConnectionStringBuilder(Server)
    {
        Database = name,
        MaxPoolSize = 30,
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 5,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>A new, migrated, empty database; its connection string.</summary>
    public static string NewDatabase() => NewDatabaseAsync().GetAwaiter().GetResult();

    public static async Task<string> NewDatabaseAsync()
    {
        var name = "adr_" + Guid.NewGuid().ToString("N")[..16];
        await Creating.WaitAsync();
        try
        {
            _template ??= await CreateTemplateAsync();
            await ExecuteAsync($"""CREATE DATABASE "{name}" TEMPLATE "{_template}" """);
        }
        finally
        {
            Creating.Release();
        }
        return ConnectionString(name);
    }

    /// <summary>A new database for the host whose files live in <paramref name="folder"/>; dropped by <see cref="DropFor"/>.</summary>
    public static string NewDatabaseFor(string folder) => ByFolder.GetOrAdd(folder, _ => NewDatabase());

    public static void DropFor(string folder)
    {
        if (ByFolder.TryRemove(folder, out var connectionString)) Drop(connectionString);
    }

    public static void Drop(string connectionString)
    {
        try
        {
            using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            ExecuteAsync($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""").GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // The cluster is thrown away at the end of the run anyway.
        }
    }

    /// <summary>A context over <paramref name="connectionString"/> of the provider's own type (migrations differ per type).</summary>
    public static DbContextOptions<AdrDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<AdrDbContext>().UseNpgsql(connectionString).Options;

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "adr_template_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync($"""CREATE DATABASE "{name}" """);
        var connectionString = ConnectionString(name);
        await using (var db = new PostgresAdrDbContext(PostgresOptions(connectionString)))
        {
            await db.Database.MigrateAsync();
        }
        using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }
}
