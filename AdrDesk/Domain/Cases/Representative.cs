namespace AdrDesk.Domain.Cases;

/// <summary>D7: no lawyer is required, but a party may be represented or assisted by a third party (at its own cost).</summary>
public sealed record Representative(string Name, string Capacity, string? Email);
