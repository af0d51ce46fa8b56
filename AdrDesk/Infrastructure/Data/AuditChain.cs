using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using AdrDesk.Domain.Cases;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Issue 19 item 9: the audit trail as one hash chain per case (tamper evidence). Every entry carries
/// <list type="bullet">
/// <item><c>Salt</c>: 16 random bytes (hex), made when the entry is written;</item>
/// <item><c>PersonalDigest</c>: SHA-256 over (salt, actor name, detail, on-behalf-of), the entry's personal text;</item>
/// <item><c>Hash</c>: SHA-256 over (the previous entry's hash, or <see cref="Genesis"/> for the case's first entry; id, case id,
/// case number, sequence, actor id, role, instant in UTC ticks, action, before, after, <c>PersonalDigest</c>).</item>
/// </list>
/// Every field is encoded canonically (<see cref="Canonical"/>): a version tag, then per field a presence byte, its UTF-8
/// length (4 bytes, big-endian) and its UTF-8 bytes; ids as lower-case "D" strings, numbers in invariant digits, the role
/// and instant exactly as stored (role name, UTC ticks), so what the check reads from the table hashes as what was written.
/// <para>
/// D24: erasure overwrites the personal text of a case's entries with the erased marker and sets their salt to NULL. The
/// chain links <c>PersonalDigest</c>, which stays, so every link still verifies; only the personal text of entries before
/// the erasure can no longer be checked, which is what erasure means. Dropping the salt also makes the kept digest
/// useless for guessing a name (it cannot be recomputed without the salt). The erasure then appends its own linked entry
/// (<see cref="PersonalDataErasedAction"/>); a NULL salt counts as erased only before such an entry.
/// </para>
/// <para>
/// An unkeyed chain shows changes by anyone who does not recompute the whole chain from the changed entry on (a forged
/// INSERT, an edited or removed row, rows swapped). Someone with write access to the file who also recomputes every later
/// hash is not detected by the chain alone; against that the latest hash of each case must be kept elsewhere (docs/security.md).
/// </para>
/// </summary>
public static class AuditChain
{
    public const string SaltColumn = "Salt";
    public const string PersonalDigestColumn = "PersonalDigest";
    public const string HashColumn = "Hash";
    public const string PersonalDataErasedAction = "PersonalDataErased";
    public const string ErasedMarker = "[verwijderd]";

    /// <summary>What the first entry of every case links to.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "AdrDesk.AuditTrail.v1";

    /// <summary>One row of the trail as stored (shadow columns included).</summary>
    public sealed record Row(
        Guid Id, Guid CaseId, string CaseNumber, int Sequence, Guid ActorId, string ActorName, string Role, long AtUtcTicks,
        string Action, string? Before, string? After, string? Detail, string? OnBehalfOf, string? Salt, string? PersonalDigest, string? Hash);

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string PersonalDigestOf(string? salt, string actorName, string? detail, string? onBehalfOf) =>
        Canonical(salt, actorName, detail, onBehalfOf);

    /// <summary>The link of <paramref name="row"/> after <paramref name="previous"/> (the previous entry's stored hash, or <see cref="Genesis"/>).</summary>
    public static string HashOf(string previous, Row row, string? personalDigest) => Canonical(
        previous, Id(row.Id), Id(row.CaseId), row.CaseNumber, row.Sequence.ToString(CultureInfo.InvariantCulture), Id(row.ActorId), row.Role,
        row.AtUtcTicks.ToString(CultureInfo.InvariantCulture), row.Action, row.Before, row.After, personalDigest);

    /// <summary>What the entry after one with this stored hash links to (an unsealed entry: the empty string).</summary>
    public static string Previous(string? storedHash) => storedHash ?? string.Empty;

    public static Row RowOf(AuditEntry entry, int sequence) => new(
        entry.Id, entry.CaseId, entry.CaseNumber, sequence, entry.ActorId, entry.ActorName, entry.Role.ToString(), entry.At.UtcTicks,
        entry.Action, entry.Before, entry.After, entry.Detail, entry.OnBehalfOf, null, null, null);

    /// <summary>The columns <see cref="ReadRow"/> expects, in its order.</summary>
    public const string Columns = """
        "Id", "CaseId", "CaseNumber", "Sequence", "ActorId", "ActorName", "Role", "At", "Action", "Before", "After", "Detail", "OnBehalfOf", "Salt", "PersonalDigest", "Hash"
        """;

    public static Row ReadRow(DbDataReader r) => new(
        r.ReadId(0), r.ReadId(1), r.GetString(2), r.GetInt32(3), r.ReadId(4), r.GetString(5),
        r.GetString(6), r.GetInt64(7), r.GetString(8), Text(r, 9), Text(r, 10), Text(r, 11), Text(r, 12), Text(r, 13), Text(r, 14), Text(r, 15));

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Id(Guid id) => id.ToString("D");

    private static string Canonical(params string?[] fields)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var field in (string?[])[Version, .. fields])
        {
            if (field is null)
            {
                sha.AppendData([0]);
                continue;
            }
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            sha.AppendData([1]);
            sha.AppendData(length);
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The stored hash of the case's last entry (by sequence), <see cref="Genesis"/> when it has none.</summary>
    internal static async Task<string> LastHashAsync(DbConnection connection, DbTransaction? transaction, Guid caseId, bool async, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Hash", 1 FROM "AuditTrail" WHERE "CaseId" = @case ORDER BY "Sequence" DESC LIMIT 1""";
        command.With("@case", connection.Id(caseId));
        await using var reader = async ? await command.ExecuteReaderAsync(ct) : command.ExecuteReader();
        if (!(async ? await reader.ReadAsync(ct) : reader.Read())) return Genesis;
        return Previous(reader.IsDBNull(0) ? null : reader.GetString(0));
    }
}

/// <summary>
/// Fills the chain columns of every audit entry a SaveChanges inserts, just before the INSERT, in the same transaction.
/// Every writer of the trail (CaseStore's saves and <c>AppendAuditAsync</c>, the direct adds of invitations, compliance
/// and scans) goes through SaveChanges, so none can forget it; the bulk writer of volume data calls <see cref="AuditChain"/> itself.
/// <para>
/// Why two writers on one case cannot fork the chain: the previous hash is read inside the transaction that inserts the
/// entry. Transactions are SQLite's <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default, which EF Core's
/// <c>BeginTransaction</c> and the services' own transactions use), which takes the database's one write lock before the
/// read; when SaveChanges has no transaction of the caller, this interceptor begins one itself before reading and commits it
/// after the save. So the read and the INSERT happen under the same write lock, and a second writer waits (busy timeout)
/// until the first has committed, then reads the new last hash. On PostgreSQL (no database-wide write lock) the
/// interceptor takes the audit trail's advisory lock (<see cref="AuditOrder.LockAsync"/>) in that transaction before the
/// read: the same serialisation of the trail's writers, which also gives the entries their commit order. The unique index (CaseId, Sequence) is a second guard:
/// two entries can never take the same place.
/// </para>
/// </summary>
public sealed class AuditChainInterceptor : SaveChangesInterceptor
{
    public static AuditChainInterceptor Instance { get; } = new();

    // Transactions this interceptor began because SaveChanges had none: committed after the save, rolled back on failure.
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _own = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) LinkAsync(context, async: false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await LinkAsync(context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _own.TryGetValue(context, out var tx))
        {
            _own.Remove(context);
            tx.Commit();
            tx.Dispose();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _own.TryGetValue(context, out var tx))
        {
            _own.Remove(context);
            await tx.CommitAsync(cancellationToken);
            await tx.DisposeAsync();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !_own.TryGetValue(context, out var tx)) return;
        _own.Remove(context);
        tx.Rollback();
        tx.Dispose();
    }

    private async Task LinkAsync(DbContext context, bool async, CancellationToken ct)
    {
        var added = context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0) return;
        if (context.Database.CurrentTransaction is null)
        {
            _own.AddOrUpdate(context, async ? await context.Database.BeginTransactionAsync(ct) : context.Database.BeginTransaction());
        }
        if (context is AdrDbContext adr) await AuditOrder.LockAsync(adr, async, ct);
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var trail in added.GroupBy(e => e.Entity.CaseId))
        {
            var previous = await AuditChain.LastHashAsync(connection, transaction, trail.Key, async, ct);
            foreach (var entry in trail.OrderBy(Sequence))
            {
                previous = Seal(entry, previous);
            }
        }
    }

    private static int Sequence(EntityEntry<AuditEntry> entry) => (int)entry.Property(AuditEntryConfiguration.SequenceColumn).CurrentValue!;

    private static string Seal(EntityEntry<AuditEntry> entry, string previous)
    {
        var a = entry.Entity;
        var salt = AuditChain.NewSalt();
        var personal = AuditChain.PersonalDigestOf(salt, a.ActorName, a.Detail, a.OnBehalfOf);
        var hash = AuditChain.HashOf(previous, AuditChain.RowOf(a, Sequence(entry)), personal);
        entry.Property(AuditChain.SaltColumn).CurrentValue = salt;
        entry.Property(AuditChain.PersonalDigestColumn).CurrentValue = personal;
        entry.Property(AuditChain.HashColumn).CurrentValue = hash;
        return hash;
    }
}

/// <summary>
/// The upgrade step for trails written before the chain (issue 19 item 9), run at every start after the migrations:
/// each case none of whose entries is sealed yet gets its whole trail hashed in order (salt, personal digest, link), in
/// one <c>BEGIN IMMEDIATE</c> transaction per batch of cases (PostgreSQL: under the audit lock), so old databases verify too. Idempotent: a case with any
/// sealed entry is left alone, so an entry forged later without a hash is never sealed by a restart but reported by the check.
/// The append-only trigger allows exactly this: the chain columns from empty to set, with every other column unchanged.
/// </summary>
public static class AuditChainSeal
{
    private const int CasesPerTransaction = 200;

    /// <summary>The number of entries sealed.</summary>
    public static async Task<int> SealUnsealedTrailsAsync(AdrDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var sealedRows = 0;
            while (true)
            {
                // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), the write lock; PostgreSQL: the audit lock.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await AuditOrder.LockAsync(db, async: true, ct);
                var transaction = tx.GetDbTransaction();
                var cases = new List<object>(); // as stored (TEXT on SQLite, uuid on PostgreSQL), matched as stored
                await using (var find = connection.CreateCommand())
                {
                    find.Transaction = transaction;
                    find.CommandText = $"""SELECT "CaseId" FROM "AuditTrail" GROUP BY "CaseId" HAVING COUNT("Hash") = 0 LIMIT {CasesPerTransaction}""";
                    await using var reader = await find.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct)) cases.Add(reader.GetValue(0));
                }
                if (cases.Count == 0) return sealedRows;
                foreach (var caseId in cases) sealedRows += await SealAsync(connection, transaction, caseId, ct);
                await tx.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> SealAsync(DbConnection connection, DbTransaction tx, object caseId, CancellationToken ct)
    {
        var rows = new List<AuditChain.Row>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = $"""SELECT {AuditChain.Columns} FROM "AuditTrail" WHERE "CaseId" = @case ORDER BY "Sequence" """;
            read.With("@case", caseId);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add(AuditChain.ReadRow(reader));
        }
        var previous = AuditChain.Genesis;
        foreach (var row in rows)
        {
            var s = AuditChain.NewSalt();
            var p = AuditChain.PersonalDigestOf(s, row.ActorName, row.Detail, row.OnBehalfOf);
            previous = AuditChain.HashOf(previous, row, p);
            await using var update = connection.CreateCommand();
            update.Transaction = tx;
            update.CommandText = """UPDATE "AuditTrail" SET "Salt" = @salt, "PersonalDigest" = @personal, "Hash" = @hash WHERE "CaseId" = @case AND "Sequence" = @sequence""";
            update.With("@salt", s).With("@personal", p).With("@hash", previous).With("@case", caseId).With("@sequence", row.Sequence);
            await update.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }
}
