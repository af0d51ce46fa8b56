using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D4: first complain to the webshop (refused under D25a); D25e: within 365 days of that complaint.

public sealed record NoPriorComplaintToWebshop() : EligibilityGround("D25a", GroundHandling.Automatic);

public sealed record ComplaintTooOld(DateOnly FirstReported, int Days) : EligibilityGround("D25e", GroundHandling.Automatic)
{
    public override IReadOnlyList<object?> Arguments => [FirstReported, Days];
}
