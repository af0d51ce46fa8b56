using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// The audit trail in commit order, for readers that follow it with a cursor (CaseChangeNotices): a position below which
/// every committed entry has been seen, so that nothing is ever skipped.
/// <list type="bullet">
/// <item>SQLite: the rowid. SQLite serialises writers (one write lock from BEGIN IMMEDIATE to COMMIT), so rowids are handed
/// out in commit order.</item>
/// <item>PostgreSQL: ids and sequences are not commit-ordered (two transactions take 7 and 8, 8 commits first, a reader
/// sees 8 and would skip 7 for ever). So every insert into the trail first takes one transaction-level advisory lock
/// (<see cref="LockKey"/>, held to commit) and only then draws its "NoticeOrder" from a sequence (the migration's
/// trigger; <see cref="AuditChainInterceptor"/> takes the same lock earlier, before it reads the chain). A second writer
/// waits at its first entry until the first has committed or rolled back, so the numbers are drawn in commit order: a
/// reader that sees n committed sees every committed number below n. A rolled-back number is a gap, never awaited.</item>
/// </list>
/// </summary>
public static class AuditOrder
{
    /// <summary>The advisory lock of the audit trail's writers (any bigint; one number for the whole database).</summary>
    public const long LockKey = 17_170_001;

    /// <summary>Takes the audit lock in the current transaction (PostgreSQL; SQLite's write lock already serialises).</summary>
    public static async Task LockAsync(AdrDbContext db, bool async, CancellationToken ct)
    {
        if (!db.IsPostgres()) return;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})";
        if (async) await command.ExecuteNonQueryAsync(ct);
        else command.ExecuteNonQuery();
    }

    private static string Position(AdrDbContext db) => db.IsPostgres() ? "\"NoticeOrder\"" : "rowid";

    /// <summary>The position of the last committed entry (0: none).</summary>
    public static async Task<long> LastAsync(AdrDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""SELECT COALESCE(MAX({Position(db)}), 0) FROM "AuditTrail" """;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Up to <paramref name="take"/> entries after <paramref name="after"/>, in commit order.</summary>
    public static async Task<List<(long Position, Guid Id)>> NextAsync(AdrDbContext db, long after, int take, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var position = Position(db);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""SELECT {position}, "Id" FROM "AuditTrail" WHERE {position} > @after ORDER BY {position} LIMIT @take""";
        command.With("@after", after).With("@take", take);
        var list = new List<(long, Guid)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add((reader.GetInt64(0), reader.ReadId(1)));
        return list;
    }
}

/// <summary>
/// PostgreSQL's counterpart of SQLite's <c>BEGIN IMMEDIATE</c>: every transaction a context begins takes the database's
/// write lock (the audit trail's advisory lock, <see cref="AuditOrder.LockKey"/>, held to commit) before its first
/// statement. The services were written for SQLite, where a transaction reads (the next audit sequence, a version, a clash)
/// and then writes with no other writer in between; with this they keep that guarantee on PostgreSQL, and two transactions
/// never deadlock on it (it is always their first lock). Writes without a transaction of their own are single statements
/// (or SaveChanges with audit entries, which <see cref="AuditChainInterceptor"/> wraps in a transaction, so they take it too).
/// Finer locks (per case) would let writers of different cases run side by side: measured and decided with issue 17 item 6.
/// </summary>
public sealed class PostgresWriteLock : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
{
    public static PostgresWriteLock Instance { get; } = new();

    private static readonly string Sql = $"SELECT pg_advisory_xact_lock({AuditOrder.LockKey.ToString(CultureInfo.InvariantCulture)})";

    public override System.Data.Common.DbTransaction TransactionStarted(
        System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, System.Data.Common.DbTransaction result)
    {
        using var command = connection.CreateCommand();
        command.Transaction = result;
        command.CommandText = Sql;
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(
        System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, System.Data.Common.DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = result;
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }
}
