using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Per-connection settings. WAL lets readers go on while one writer commits (many circuits, one
/// file); the busy timeout makes a second writer wait instead of failing; synchronous=NORMAL is
/// the setting SQLite documents for WAL: a commit survives an application crash, and the file
/// stays consistent on power loss. It also adds AdrDesk's SQL functions (<see cref="SqlFunctions"/>).
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    private string Pragmas => $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        AddFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AddFunctions(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddFunctions(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqlFunctions.Register(sqlite);
        }
    }
}
