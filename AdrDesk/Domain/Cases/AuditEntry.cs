using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// Append-only record of one change: a transition, a staff decision, a deadline change. Collected on
/// the aggregate (<see cref="CaseBase.PendingAudit"/>) and saved in the same transaction as the change.
/// </summary>
public sealed record AuditEntry(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    Guid ActorId,
    string ActorName,
    Role Role,
    DateTimeOffset At,
    string Action,
    string? Before,
    string? After,
    string? Detail);
