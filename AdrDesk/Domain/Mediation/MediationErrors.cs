using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Mediation;

public sealed record PrinciplesNotAcknowledged() : DomainError("M2");

public sealed record AlreadyAcknowledged() : DomainError("M2");

public sealed record PositionAlreadySubmitted() : DomainError("M6");

public sealed record SessionMustBeInFuture() : DomainError("M7");

public sealed record AlreadySigned() : DomainError("M9");

public sealed record TwoBusinessPartiesRequired() : DomainError("M1");

public sealed record AgreementTextFixedBySignature() : DomainError("M9");

/// <summary>D21 for M: what a party sent by post is recorded by the desk or by the case's mediator, nobody else.</summary>
public sealed record MediationPostByDeskOrMediator() : DomainError("M4");
