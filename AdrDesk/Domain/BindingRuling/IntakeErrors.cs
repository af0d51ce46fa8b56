using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PartiesMismatch() : DomainError("D1");

public sealed record ProcedureLanguageNotOffered(Language Language) : DomainError("D8");

public sealed record OnlyTheFilerMaySubmit() : DomainError("D9");

public sealed record BindingNatureNotAccepted() : DomainError("D17");

public sealed record WebshopNotSubscribed() : DomainError("D5");

public sealed record ConsentOnlyForWebshopFiling() : DomainError("D9");

public sealed record ConsentTermNotExpired() : DomainError("D9");

public sealed record RefusalGroundRequired() : DomainError("D26");

/// <summary>D9/D25g: a webshop's filing is not forwarded before the consumer consented.</summary>
public sealed record ConsentRequiredBeforeForwarding() : DomainError("D9");
