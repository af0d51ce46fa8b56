using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D2/D3, refused under D25d. Decided: €25.00 is eligible; €25,000.00 is refused.

public sealed record ProductValueBelowMinimum(Money Value) : EligibilityGround("D2", GroundHandling.Automatic)
{
    public override IReadOnlyList<object?> Arguments => [Value, EligibilityChecker.MinimumProductValue];
}

public sealed record ClaimNotBelowMaximum(Money Claim) : EligibilityGround("D3", GroundHandling.Automatic)
{
    public override IReadOnlyList<object?> Arguments => [Claim, EligibilityChecker.ClaimCeiling];
}
