using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public enum SubmissionKind
{
    /// <summary>A party's document or statement (including its D12 response).</summary>
    PartySubmission,

    /// <summary>Desk-internal; never shown to a party.</summary>
    StaffNote,
}

/// <summary>
/// D13 / Directive art. 9(1)(a): each party receives everything the other submits;
/// staff notes stay inside the desk.
/// </summary>
public sealed record Submission(
    Guid Id,
    SubmissionKind Kind,
    Guid? PartyId,
    Guid AuthorId,
    string AuthorName,
    Role AuthorRole,
    string Content,
    DateTimeOffset SubmittedAt,
    Guid? AnswersRequestId)
{
    /// <summary>D21: the day the paper original arrived when the desk recorded it from post for the party; null when submitted online.</summary>
    public DateOnly? ReceivedByPostOn { get; init; }

    public bool IsVisibleTo(Role viewer) => Kind == SubmissionKind.PartySubmission || !viewer.IsParty();
}
