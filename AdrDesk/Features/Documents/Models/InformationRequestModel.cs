namespace AdrDesk.Features.Documents.Models;

/// <summary>D13: the assessor asks a party for what the case needs; the other party receives the answers.</summary>
public sealed record InformationRequestModel : LetterModel
{
    public required IReadOnlyList<string> Questions { get; init; }
    public required DateOnly RespondBy { get; init; }
    public required string PortalUrl { get; init; }
}
