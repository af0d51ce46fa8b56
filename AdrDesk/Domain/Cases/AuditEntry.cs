using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// Append-only record of one change: a transition, a staff decision, a deadline change. Collected on
/// the aggregate (<see cref="CaseBase.PendingAudit"/>) and saved in the same transaction as the change.
/// <see cref="ActorName"/> is the person who acted; <see cref="OnBehalfOf"/> the party (organisation) they acted for
/// when it is not their own account's party: a colleague of a webshop, a representative (D7).
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
    string? Detail,
    string? OnBehalfOf = null);
