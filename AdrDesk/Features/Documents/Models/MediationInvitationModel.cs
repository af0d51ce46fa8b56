namespace AdrDesk.Features.Documents.Models;

/// <summary>M5, M7: the joint session, at the mediator's office (a neutral location).</summary>
public sealed record MediationInvitationModel : LetterModel
{
    public required DocumentParty OtherParty { get; init; }
    public required string Mediator { get; init; }
    public required DateOnly SessionDate { get; init; }
    public required TimeOnly StartsAt { get; init; }
    public required TimeOnly EndsAt { get; init; }
    public required string OfficeName { get; init; }
    public required PostalAddress OfficeAddress { get; init; }
}
