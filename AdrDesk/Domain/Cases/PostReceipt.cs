using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// D21: a party's document or position that arrived by post and that the desk records on that party's behalf.
/// The act is the party's (same transition, same effects); the audit entry names the desk person as actor and
/// carries <see cref="AuditDetail"/>: which party, and the day the letter arrived.
/// </summary>
public sealed record PostReceipt(Guid PartyId, DateOnly ReceivedOn)
{
    /// <summary>Prefix of an audit entry's detail for an act recorded from post; the case file and the audit trail read it.</summary>
    public const string AuditPrefix = "post:";

    public string AuditDetail(string partyName) => $"{AuditPrefix}{ReceivedOn:yyyy-MM-dd}:{partyName}";

    /// <summary>Only the desk records post; a party acts online itself. The arrival date cannot lie in the future.</summary>
    public Result Check(Actor actor, TimeProvider clock)
    {
        if (!actor.Role.IsStaff()) return new PostRecordedByDeskOnly();
        if (ReceivedOn > AmsterdamCalendar.DateOf(clock.GetUtcNow())) return new PostDateInFuture(ReceivedOn);
        return Result.Success;
    }
}

/// <summary>D21: only the desk records what a party sent by post.</summary>
public sealed record PostRecordedByDeskOnly() : DomainError("D21");

/// <summary>D21: the day a letter arrived cannot lie in the future.</summary>
public sealed record PostDateInFuture(DateOnly ReceivedOn) : DomainError("D21")
{
    public override IReadOnlyList<object?> Arguments => [ReceivedOn];
}
