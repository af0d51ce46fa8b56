namespace AdrDesk.Features.Documents.Models;

/// <summary>D15: a complex case's term, extended once by at most 90 days, with the new term.</summary>
public sealed record ExtensionNoticeModel : LetterModel
{
    public required DateOnly OriginalDueBy { get; init; }
    public required DateOnly NewDueBy { get; init; }
    public required string Reason { get; init; }
}
