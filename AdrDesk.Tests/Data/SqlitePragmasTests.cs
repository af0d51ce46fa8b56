using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Tests.Data;

/// <summary>
/// Issue 9: the pragmas are set once per physical (pooled) connection, yet every DbContext still gets
/// them and AdrDesk's SQL functions, also when its connection is a reused one.
/// </summary>
[Trait("Provider", "Sqlite")] // SQLite's per-connection pragmas and functions
public sealed class SqlitePragmasTests
{
    [Fact]
    public async Task A_reused_pooled_connection_keeps_the_pragmas_and_the_functions_without_setting_them_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReadAsync(database); // the pool now holds this database's handle

        var before = SqlitePragmas.PhysicalConnectionsConfigured;
        for (var i = 0; i < 5; i++)
        {
            var (journal, busy, synchronous, foreignKeys, folded) = await ReadAsync(database);
            Assert.Equal("wal", journal);
            Assert.Equal(10_000, busy);
            Assert.Equal(1, synchronous); // NORMAL
            Assert.Equal(1, foreignKeys);
            Assert.Equal("ozturk", folded);
        }
        // Other tests open connections in parallel, so the count may grow, but not by one per open here.
        Assert.True(SqlitePragmas.PhysicalConnectionsConfigured - before < 5,
            $"{SqlitePragmas.PhysicalConnectionsConfigured - before} physical connections set up for 5 opens of a pooled one");
    }

    private static async Task<(string Journal, long Busy, long Synchronous, long ForeignKeys, string Folded)> ReadAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        async Task<object?> Scalar(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
        return ((string)(await Scalar("PRAGMA journal_mode"))!, (long)(await Scalar("PRAGMA busy_timeout"))!,
            (long)(await Scalar("PRAGMA synchronous"))!, (long)(await Scalar("PRAGMA foreign_keys"))!,
            (string)(await Scalar($"SELECT {SqlFunctions.FoldName}('Öztürk')"))!);
    }
}
