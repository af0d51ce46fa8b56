namespace AdrDesk.Features.Documents.Models;

/// <summary>
/// D18: a webshop that did not comply with a binding ruling, even after the one formal reminder, is removed from the
/// register; this letter tells the holder of its certification mark (keurmerk) which webshop, in which case, and when.
/// </summary>
public sealed record CertificationMarkNoticeModel : LetterModel
{
    public required string CertificationMark { get; init; }
    public required string WebshopName { get; init; }
    public required string KvkNumber { get; init; }
    public required DateOnly RulingDate { get; init; }
    public required DateOnly ReminderDeadline { get; init; }
    public required DateOnly RemovedOn { get; init; }
}
