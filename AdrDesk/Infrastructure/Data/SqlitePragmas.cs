using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Per-connection settings. WAL lets readers go on while one writer commits (many circuits, one
/// file); the busy timeout makes a second writer wait instead of failing; synchronous=NORMAL is
/// the setting SQLite documents for WAL: a commit survives an application crash, and the file
/// stays consistent on power loss. It also adds AdrDesk's SQL functions (<see cref="SqlFunctions"/>).
/// <para>
/// All of these belong to the physical SQLite connection (the <c>sqlite3</c> handle), which
/// Microsoft.Data.Sqlite pools: every DbContext opens a new <see cref="SqliteConnection"/> over a
/// pooled handle. So the pragmas are set once per handle, not on every open (issue 9: on every open they
/// were one more statement batch in each short operation, e.g. an intake's transaction). The SQL
/// functions are the exception: Microsoft.Data.Sqlite removes a connection's functions from the handle
/// when that connection closes, so they are added on every open (a C call, no statement).
/// </para>
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutMs) : DbConnectionInterceptor
{
    // Handles already set up; weak, so that a handle closed and freed by the pool drops out by itself.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Seen = new();

    private string Pragmas => $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    /// <summary>How many physical connections were set up (the diagnostics and the lab report it).</summary>
    public static long PhysicalConnectionsConfigured => Interlocked.Read(ref _configured);
    private static long _configured;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the functions; true the first time this physical connection is seen.</summary>
    private static bool IsNew(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite) return true;
        SqlFunctions.Register(sqlite);
        if (Configured.TryGetValue(handle, out _)) return false;
        Configured.AddOrUpdate(handle, Seen);
        Interlocked.Increment(ref _configured);
        return true;
    }
}
