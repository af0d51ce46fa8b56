namespace AdrDesk.Domain.BindingRuling;

/// <summary>D26: a refused case is told so with its reasons; each reason names its D25 ground.</summary>
public sealed record RefusalReason(string RuleId, string WrittenReason);

/// <summary>D14: the assessor's settlement attempt and its result, recorded before information gathering and the ruling.</summary>
public sealed record SettlementAttemptRecord(string Result, Guid RecordedById, DateTimeOffset RecordedAt);
