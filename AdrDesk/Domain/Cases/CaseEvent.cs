using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// Raised by each successful command, published in-process after commit for live updates and
/// notifications. <see cref="Kind"/> is the trigger (e.g. "IssueRuling") or a side effect
/// (e.g. "WebshopRemovedFromRegister"); <see cref="State"/> is the state after it.
/// </summary>
public sealed record CaseEvent(CaseNumber Number, string Kind, string State);
