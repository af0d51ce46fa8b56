using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// Decided: D25 b, c and j are decisions of the desk staff, recorded with a written reason.

public sealed record TrivialAmountOrMinorDefect() : EligibilityGround("D25b", GroundHandling.StaffDecision);

public sealed record AlreadyHandledElsewhere(string By) : EligibilityGround("D25c", GroundHandling.StaffDecision)
{
    public override IReadOnlyList<object?> Arguments => [By];
}

public sealed record ImpairsEffectiveOperation() : EligibilityGround("D25j", GroundHandling.StaffDecision);
