namespace AdrDesk.Domain.Register;

/// <summary>
/// A period in which the organisation was affiliated (subscribed), both days inclusive;
/// <see cref="To"/> is null while it runs. Periods answer "affiliated at the order date" (D25i)
/// and "subscribed at filing" (D5).
/// </summary>
public sealed record SubscriptionPeriod(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To);

    public bool Overlaps(SubscriptionPeriod other) =>
        (To is null || other.From <= To) && (other.To is null || From <= other.To);
}
