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
        return CheckDate(clock);
    }

    /// <summary>The arrival date cannot lie in the future (whoever may record the letter, which each scheme decides).</summary>
    public Result CheckDate(TimeProvider clock) =>
        ReceivedOn > AmsterdamCalendar.DateOf(clock.GetUtcNow()) ? new PostDateInFuture(ReceivedOn) : Result.Success;

    /// <summary>Reads an audit detail written by <see cref="AuditDetail"/>: the day the letter arrived and the party it was for.</summary>
    public static bool TryRead(string? detail, out DateOnly receivedOn, out string partyName)
    {
        receivedOn = default;
        partyName = "";
        if (detail is null || !detail.StartsWith(AuditPrefix, StringComparison.Ordinal)) return false;
        var rest = detail[AuditPrefix.Length..];
        var colon = rest.IndexOf(':');
        if (colon < 0 || !DateOnly.TryParseExact(rest[..colon], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out receivedOn)) return false;
        partyName = rest[(colon + 1)..];
        return true;
    }
}

/// <summary>D21, M, B: a letter recorded from post carries its scan.</summary>
public sealed record PostScanRequired() : DomainError("D21");

/// <summary>D21: only the desk records what a party sent by post.</summary>
public sealed record PostRecordedByDeskOnly() : DomainError("D21");

/// <summary>D21: the day a letter arrived cannot lie in the future.</summary>
public sealed record PostDateInFuture(DateOnly ReceivedOn) : DomainError("D21")
{
    public override IReadOnlyList<object?> Arguments => [ReceivedOn];
}
