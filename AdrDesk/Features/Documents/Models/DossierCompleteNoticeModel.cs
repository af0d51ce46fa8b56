namespace AdrDesk.Features.Documents.Models;

/// <summary>D15 (and ADR Directive art. 8(e)): all documents received; the ruling is due within 90 days. D20: the consumer can no longer withdraw.</summary>
public sealed record DossierCompleteNoticeModel : LetterModel
{
    public required DateOnly CompleteOn { get; init; }
    public required DateOnly RulingDueBy { get; init; }
}
