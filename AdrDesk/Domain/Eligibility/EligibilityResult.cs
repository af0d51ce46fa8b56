namespace AdrDesk.Domain.Eligibility;

/// <summary>Every ground that applies, split as Decided (D25): automatic refusals, staff decisions, waiting.</summary>
public sealed record EligibilityResult(IReadOnlyList<EligibilityGround> Grounds)
{
    public IReadOnlyList<EligibilityGround> Refusals { get; } =
        Grounds.Where(g => g.Handling == GroundHandling.Automatic).ToList();

    public IReadOnlyList<EligibilityGround> NeedsStaffDecision { get; } =
        Grounds.Where(g => g.Handling == GroundHandling.StaffDecision).ToList();

    /// <summary>D5 (subscription) and D9 (consent): the case may proceed once these are resolved.</summary>
    public IReadOnlyList<EligibilityGround> Awaiting { get; } =
        Grounds.Where(g => g.Handling == GroundHandling.Awaiting).ToList();

    public bool IsEligible => Refusals.Count == 0 && NeedsStaffDecision.Count == 0;
}
