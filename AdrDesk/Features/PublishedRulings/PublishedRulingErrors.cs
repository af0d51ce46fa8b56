using AdrDesk.Domain.Common;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>Issue 20 item 2: preparing, approving and withdrawing a published ruling is the case manager's work.</summary>
public sealed record PublicationByCaseManagerOnly() : DomainError;

/// <summary>Only a final ruling is published: issued and sent to the parties (D16, D19), and its case's data not erased (D24).</summary>
public sealed record RulingNotFinal(string Number) : DomainError("D19")
{
    public override IReadOnlyList<object?> Arguments => [Number];
}

/// <summary>One of the published texts is empty; nothing was saved.</summary>
public sealed record PublishedTextRequired(PublishedField Field) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Field];
}

/// <summary>One of the published texts is longer than the register keeps; nothing was saved.</summary>
public sealed record PublishedTextTooLong(PublishedField Field, int Max) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Field, Max];
}

/// <summary>The text still holds what identifies a person (a party's name, an e-mail address, a phone or account number); nothing was approved.</summary>
public sealed record IdentifyingTextRemains(IdentifyingKind Kind) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Kind];
}

/// <summary>There is no published version of this case to approve or withdraw (prepare it first).</summary>
public sealed record PublicationNotPrepared(string Number) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Number];
}

/// <summary>A withdrawal says why (it is in the audit trail).</summary>
public sealed record WithdrawalReasonRequired() : DomainError;

/// <summary>Another case manager saved this published version after it was opened here; nothing was saved.</summary>
public sealed record PublicationChangedBySomeoneElse() : DomainError;

/// <summary>The parts of a published ruling the desk edits (named in an error's message).</summary>
public enum PublishedField
{
    Decision,
    Reasons,
    Compliance,
    WithdrawalReason,
}
