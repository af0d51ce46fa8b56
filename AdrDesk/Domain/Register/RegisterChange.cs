using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

/// <summary>What happened to an organisation in the register.</summary>
public enum RegisterChangeKind
{
    Registered,
    Edited,
    StatusChanged,
    SubscriptionAdded,
    SubscriptionEnded,
}

/// <summary>
/// One change to the register: who, in which role, when, which organisation, what, and the values
/// before and after. Append-only: written in the same transaction as the change, never updated or
/// deleted (it has no mutators, and the app has no path that removes one).
/// </summary>
public sealed class RegisterChange
{
    private RegisterChange()
    {
        ActorName = "";
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; }
    public Role ActorRole { get; private set; }
    public Guid OrganisationId { get; private set; }
    public RegisterChangeKind What { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    public static RegisterChange Record(
        Actor actor, DateTimeOffset at, Guid organisationId, RegisterChangeKind what, string? before, string? after) => new()
    {
        Id = Guid.NewGuid(),
        At = at,
        ActorId = actor.UserId,
        ActorName = actor.DisplayName,
        ActorRole = actor.Role,
        OrganisationId = organisationId,
        What = what,
        Before = before,
        After = after,
    };
}
