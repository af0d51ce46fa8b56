using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Data;

/// <summary>
/// Migrations are made by <c>dotnet ef</c>; these check that applying them gives the model's schema (and the
/// triggers EF cannot express), and that no model change is left without a migration.
/// </summary>
[Trait("Provider", "Sqlite")] // the SQLite migrations and snapshot; PostgresMigrationTests checks PostgreSQL's
public sealed class MigrationSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);

    public MigrationSchemaTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Migrated_schema_equals_the_schema_of_the_current_model()
    {
        var migrated = Path.Combine(_folder, "migrated.db");
        var created = Path.Combine(_folder, "created.db");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaAsync(created);
        var actual = await SchemaAsync(migrated);

        Assert.Contains(expected, line => line.StartsWith("table Users", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("index Outbox.", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("fk UserRoles", StringComparison.Ordinal));
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    [Fact]
    public async Task Model_has_no_changes_without_a_migration()
    {
        // The dotnet-ef check: a model change without `dotnet ef migrations add` fails here.
        await using var db = Context(Path.Combine(_folder, "pending.db"));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration makes: run `dotnet ef migrations add <Name> --project AdrDesk`.");
    }

    [Fact]
    public async Task Migrations_create_the_audit_trails_append_only_triggers()
    {
        var path = Path.Combine(_folder, "triggers.db");
        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync();
        }
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var triggers = new List<string>();
        while (await reader.ReadAsync()) triggers.Add(reader.GetString(0));
        Assert.Equal(["AuditTrail_NoDelete", "AuditTrail_NoUpdate"], triggers);
    }

    [Fact]
    public async Task App_connections_use_WAL_a_busy_timeout_and_foreign_keys()
    {
        await using var host = await ServiceHost.StartAsync(settings: new Dictionary<string, string?> { ["Database:BusyTimeoutMs"] = "4321" });
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("4321", await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
        Assert.Equal("1", await ScalarAsync(connection, "PRAGMA synchronous")); // NORMAL
        Assert.Equal(host.DatabasePath, connection.DataSource);
    }

    private static AdrDbContext Context(string path) => new(new DbContextOptionsBuilder<AdrDbContext>()
        .UseSqlite($"Data Source={path};Pooling=False")
        .Options);

    /// <summary>Tables, columns, indexes and foreign keys as sorted lines, EF's history table left out.</summary>
    internal static async Task<List<string>> SchemaAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await RowsAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables.Select(t => (string)t["name"]!))
        {
            foreach (var c in await RowsAsync(connection, $"PRAGMA table_info(\"{table}\")"))
            {
                lines.Add($"table {table} column {c["name"]} {c["type"]} notnull={c["notnull"]} pk={c["pk"]}");
            }
            foreach (var index in await RowsAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = (await RowsAsync(connection, $"PRAGMA index_info(\"{index["name"]}\")"))
                    .OrderBy(r => (long)r["seqno"]!).Select(r => r["name"]);
                lines.Add($"index {table}.{index["name"]} ({string.Join(", ", columns)}) unique={index["unique"]} origin={index["origin"]} partial={index["partial"]}");
            }
            foreach (var fk in await RowsAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            {
                lines.Add($"fk {table}.{fk["from"]} -> {fk["table"]}.{fk["to"]} on_delete={fk["on_delete"]} on_update={fk["on_update"]}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<Dictionary<string, object?>>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }
        return rows;
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_folder);
    }
}
