namespace AdrDesk.Domain.Common;

/// <summary>The person (or the background service) performing an action; written into every audit entry.</summary>
public sealed record Actor(Guid UserId, string DisplayName, Role Role)
{
    /// <summary>The due-work service acts as this actor.</summary>
    public static Actor System { get; } = new(Guid.Empty, "AdrDesk", Role.System);
}
