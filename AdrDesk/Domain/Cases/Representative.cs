namespace AdrDesk.Domain.Cases;

/// <summary>D7: no lawyer is required, but a party may be represented or assisted by a third party (at its own cost).</summary>
/// <remarks>
/// <see cref="UserId"/>: the confirmed account that accepted the single-use invitation sent to <see cref="Email"/>
/// (issue 19 item 1). Only that account acts for the party; the address alone grants nothing.
/// </remarks>
public sealed record Representative(string Name, string Capacity, string? Email)
{
    public Guid? UserId { get; init; }
}
