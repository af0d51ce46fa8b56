using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Domain.Eligibility;

// What the register says about the webshop: D25h, D25i and D5.

public sealed record WebshopInsolventOrCeased(OrganisationStatus Status) : EligibilityGround("D25h", GroundHandling.Automatic);

/// <summary>D25i: automatic, but the desk may still choose to handle the case (a staff override).</summary>
public sealed record WebshopNotAffiliatedAtOrder(DateOnly OrderDate) : EligibilityGround("D25i", GroundHandling.Automatic)
{
    public override bool StaffMayOverride => true;

    public override IReadOnlyList<object?> Arguments => [OrderDate];
}

/// <summary>D5: not a refusal; the desk asks the webshop to subscribe and the case waits.</summary>
public sealed record WebshopNotSubscribedAtFiling() : EligibilityGround("D5", GroundHandling.Awaiting);
