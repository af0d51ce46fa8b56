using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation;

/// <summary>
/// Audit rows for what the domain has no command for (proposals, answers, moves, cancellations,
/// attendance), written the way the CaseStore writes them: into the append-only AuditTrail, numbered
/// after the case's last entry, in the caller's transaction.
/// </summary>
internal static class MediationAudit
{
    public static async Task AddAsync(
        AdrDbContext db, Guid caseId, string caseNumber, Actor actor, DateTimeOffset at, string action,
        string? before, string? after, string? detail, CancellationToken ct)
    {
        var next = await db.Set<AuditEntry>().CountAsync(a => a.CaseId == caseId, ct)
            + db.ChangeTracker.Entries<AuditEntry>().Count(e => e.State == EntityState.Added && e.Entity.CaseId == caseId);
        var entry = new AuditEntry(Guid.NewGuid(), caseId, caseNumber, actor.UserId, actor.DisplayName, actor.Role, at, action, before, after, detail);
        db.Add(entry).Property(AuditEntryConfiguration.SequenceColumn).CurrentValue = next;
    }
}
