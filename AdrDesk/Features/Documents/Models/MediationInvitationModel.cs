namespace AdrDesk.Features.Documents.Models;

/// <summary>
/// The mediator's letter to one party. Without a session it is the introduction (M4): the way of working and
/// the principles every participant accepts (M2), sessions at the mediator's office (M5). With a session it
/// invites to the joint session (M5, M7).
/// </summary>
public sealed record MediationInvitationModel : LetterModel
{
    public required DocumentParty OtherParty { get; init; }
    public required string Mediator { get; init; }
    public DateOnly? SessionDate { get; init; }
    public TimeOnly? StartsAt { get; init; }
    public TimeOnly? EndsAt { get; init; }
    public string? OfficeName { get; init; }
    public PostalAddress? OfficeAddress { get; init; }
    /// <summary>M5: the mediator's office as one line, named in the introduction.</summary>
    public string? MediatorOffice { get; init; }
    /// <summary>Where the party confirms the principles: AdrDesk (a link) or, on paper, by returning the letter.</summary>
    public string? ConfirmAt { get; init; }

    public bool IsIntroduction => SessionDate is null;
}
