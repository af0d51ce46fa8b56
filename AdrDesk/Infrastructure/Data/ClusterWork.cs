using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Background work done once across servers (issue 17 item 3). Every AdrDesk server runs the same hosted services (outbox,
/// receipts, case-change notices, due work, reminders, draft expiry, erasure, document reissue); each reads what is due
/// and then acts, so two servers reading at once would both send the same mail or notice.
/// <list type="bullet">
/// <item>SQLite: one server (the file is local), and each service's own in-process guard is enough: the round just runs.</item>
/// <item>PostgreSQL: a round runs under a session-level advisory lock of its own (<c>pg_advisory_lock</c> on a key made
/// from the work's name), taken on a connection held for the round and released after it (<c>pg_advisory_unlock</c>; a
/// server that dies loses its session, and PostgreSQL releases the lock with it). A second server's round waits for the
/// first one's end and then finds nothing left to do, because the first committed what it did (a mail marked sent, a
/// cursor moved, a receipt row deleted) before it released the lock. It waits rather than skips
/// (<c>pg_try_advisory_lock</c>) so that a round asked for by a caller (a test, a wake after a commit) always covers what
/// was due when it was asked; the wait is one round long.</item>
/// </list>
/// Chosen over claiming rows with <c>FOR UPDATE SKIP LOCKED</c> because the rounds are not all row queues (the notices
/// follow a cursor, due work scans cases, erasure deletes files) and row locks would have to be held across sending a
/// mail or rendering a PDF, i.e. across long transactions; one lock per kind of work serves them all with the services'
/// code unchanged. The work of one kind is thereby done by one server at a time, which the rounds' sizes (tens of rows
/// every few seconds) allow.
/// </summary>
public static class ClusterWork
{
    /// <summary>Runs <paramref name="round"/> as the only round of <paramref name="work"/> across every server of the database.</summary>
    public static async Task<T> AloneAsync<T>(
        IDbContextFactory<AdrDbContext> factory, string work, Func<Task<T>> round, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!db.IsPostgres()) return await round();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var key = Key(work);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({key})", cancellationToken);
        try
        {
            return await round();
        }
        finally
        {
            try
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            }
            catch (DbException)
            {
                // The connection broke: its session ended, and PostgreSQL released the lock with it.
            }
        }
    }

    /// <summary>A stable 64-bit key for <paramref name="work"/> (FNV-1a of "adrdesk:" + the name): the same on every server.</summary>
    public static string Key(string work)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        foreach (var c in "adrdesk:" + work)
        {
            hash ^= c;
            hash *= prime;
        }
        return unchecked((long)hash).ToString(CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // waiting for another server's round is the point
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
