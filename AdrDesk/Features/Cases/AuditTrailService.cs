using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Issue 3 item 8: the audit trail of a case, readable by staff only: desk staff for every case, an
/// assessor or mediator for the cases they handle. Parties get <see cref="CaseNotFound"/>. There is
/// no update or delete: the table is append-only (database triggers).
/// </summary>
public sealed class AuditTrailService(IDbContextFactory<AdrDbContext> factory, CaseAccess access)
{
    public async Task<Result<IReadOnlyList<AuditEntry>>> ForCaseAsync(CaseNumber number, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var grant = await access.ForCaseAsync(user, number, cancellationToken);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Kind is not (CaseAccessKind.Staff or CaseAccessKind.Assessor or CaseAccessKind.Mediator))
            return new CaseNotFound(number.ToString());

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var caseId = grant.Value.Summary.CaseId;
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderBy(a => EF.Property<int>(a, AuditEntryConfiguration.SequenceColumn))
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<AuditEntry>>.Success(entries);
    }
}
