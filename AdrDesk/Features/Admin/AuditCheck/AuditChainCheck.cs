using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Admin.AuditCheck;

/// <summary>Why a link of a case's audit chain is broken.</summary>
public enum AuditBreak
{
    /// <summary>The entry has no hash: it was not written by AdrDesk (a forged INSERT).</summary>
    Unsealed,
    /// <summary>The entry's hash does not follow from its content and the previous entry: changed, inserted, removed or moved.</summary>
    LinkBroken,
    /// <summary>The entry's personal text (actor name, detail, on behalf of) was changed, or erased without an erasure entry after it.</summary>
    PersonalTextChanged,
}

/// <summary>The first broken link of a case: the entry at which the chain stops verifying.</summary>
public sealed record AuditChainBreak(Guid EntryId, int Sequence, DateTimeOffset At, string Action, AuditBreak Reason);

public sealed record AuditChainCase(string CaseNumber, int Entries, AuditChainBreak? Break)
{
    public bool Ok => Break is null;
}

public sealed record AuditChainReport(IReadOnlyList<AuditChainCase> Cases, DateTimeOffset CheckedAt)
{
    public bool Ok => Cases.All(c => c.Ok);
    public int Entries => Cases.Sum(c => c.Entries);
    public IEnumerable<AuditChainCase> Broken => Cases.Where(c => !c.Ok);
}

/// <summary>
/// Issue 19 item 9: verifies every case's audit chain (<see cref="AuditChain"/>) from genesis and reports per case OK or
/// the first broken link. Used by <c>AdrDesk --verify-audit</c> (<see cref="VerifyAuditCommand"/>) and the admin page
/// <c>/admin/audit-check</c>. Reads only; it streams the trail in (case, sequence) order, one case in memory at a time.
/// </summary>
public sealed class AuditChainCheck(IDbContextFactory<AdrDbContext> factory, TimeProvider clock)
{
    /// <summary>The admin page's call: admins only.</summary>
    public async Task<Result<AuditChainReport>> RunAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!user.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        return await VerifyAllAsync(cancellationToken);
    }

    /// <summary>Every case; for the server's console (whoever runs it has the database file anyway).</summary>
    public async Task<AuditChainReport> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""SELECT {AuditChain.Columns} FROM "AuditTrail" ORDER BY "CaseId", "Sequence" """;
        var cases = new List<AuditChainCase>();
        var trail = new List<AuditChain.Row>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = AuditChain.ReadRow(reader);
                if (trail.Count > 0 && trail[0].CaseId != row.CaseId)
                {
                    cases.Add(Verify(trail));
                    trail.Clear();
                }
                trail.Add(row);
            }
        }
        if (trail.Count > 0) cases.Add(Verify(trail));
        return new AuditChainReport(cases.OrderBy(c => c.CaseNumber, StringComparer.Ordinal).ToList(), clock.GetUtcNow());
    }

    /// <summary>One case's trail in sequence order: OK, or its first broken link.</summary>
    public static AuditChainCase Verify(IReadOnlyList<AuditChain.Row> trail)
    {
        var previous = AuditChain.Genesis;
        var lastErasure = LastErasure(trail);
        for (var i = 0; i < trail.Count; i++)
        {
            var row = trail[i];
            var reason = Check(row, previous, erasedLater: i < lastErasure);
            if (reason is { } broken)
            {
                return new AuditChainCase(row.CaseNumber, trail.Count,
                    new AuditChainBreak(row.Id, row.Sequence, new DateTimeOffset(row.AtUtcTicks, TimeSpan.Zero), row.Action, broken));
            }
            previous = row.Hash!;
        }
        return new AuditChainCase(trail[0].CaseNumber, trail.Count, null);
    }

    private static AuditBreak? Check(AuditChain.Row row, string previous, bool erasedLater)
    {
        if (row.Hash is null || row.PersonalDigest is null) return AuditBreak.Unsealed;
        if (!string.Equals(AuditChain.HashOf(previous, row, row.PersonalDigest), row.Hash, StringComparison.Ordinal)) return AuditBreak.LinkBroken;
        if (row.Salt is null)
        {
            // D24: the personal text of entries before the erasure is gone with their salt; only then is that allowed.
            return erasedLater ? null : AuditBreak.PersonalTextChanged;
        }
        var personal = AuditChain.PersonalDigestOf(row.Salt, row.ActorName, row.Detail, row.OnBehalfOf);
        return string.Equals(personal, row.PersonalDigest, StringComparison.Ordinal) ? null : AuditBreak.PersonalTextChanged;
    }

    /// <summary>The index of the case's last erasure entry (written by AdrDesk itself), -1 when it has none.</summary>
    private static int LastErasure(IReadOnlyList<AuditChain.Row> trail)
    {
        for (var j = trail.Count - 1; j >= 0; j--)
        {
            if (trail[j].Action == AuditChain.PersonalDataErasedAction && trail[j].Role == nameof(Role.System)) return j;
        }
        return -1;
    }
}
