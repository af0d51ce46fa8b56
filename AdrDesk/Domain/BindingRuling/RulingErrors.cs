using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record RulingReasonsRequired() : DomainError("D16");

public sealed record ComplianceTermRequired() : DomainError("D17");

public sealed record ComplianceTermNotExpired() : DomainError("D18");

public sealed record ReminderTermNotExpired() : DomainError("D18");

public sealed record WebshopRegisterEntryRequired() : DomainError("D18");

public sealed record RetentionNotExpired() : DomainError("D24");
