using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PanelAlreadyAssigned() : DomainError("D10");

public sealed record InvalidPanelSize(int Count) : DomainError("D10")
{
    public override IReadOnlyList<object?> Arguments => [Count];
}

public sealed record RapporteurRequired() : DomainError("D10");

public sealed record AssessorNotOnPanel() : DomainError("D11");

public sealed record ChallengeGroundsRequired() : DomainError("D11");

public sealed record ChallengeAlreadyPending() : DomainError("D11");

public sealed record ChallengeNotFound() : DomainError("D11");

public sealed record ChallengeAlreadyDecided() : DomainError("D11");

public sealed record ReplacementAssessorRequired() : DomainError("D11");

public sealed record ChallengePending() : DomainError("D11");
