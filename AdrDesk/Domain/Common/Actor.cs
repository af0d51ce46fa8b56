namespace AdrDesk.Domain.Common;

/// <summary>The person (or the background service) performing an action; written into every audit entry.</summary>
/// <remarks>
/// <see cref="ForPartyId"/>: the party this person acts for when the party is not theirs by their own user id (a
/// colleague of the party's organisation, a representative, D7); decided by the access check from the server's record
/// of the account, never by a page. <see cref="ForName"/> is that party's name, kept in the audit trail next to the person.
/// </remarks>
public sealed record Actor(Guid UserId, string DisplayName, Role Role)
{
    public Guid? ForPartyId { get; init; }
    public string? ForName { get; init; }

    /// <summary>The due-work service acts as this actor.</summary>
    public static Actor System { get; } = new(Guid.Empty, "AdrDesk", Role.System);
}
