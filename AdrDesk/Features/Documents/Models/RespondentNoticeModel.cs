namespace AdrDesk.Features.Documents.Models;

/// <summary>D12: the case sent to the other party, which has 14 days to respond.</summary>
public sealed record RespondentNoticeModel : LetterModel
{
    public required DocumentParty Claimant { get; init; }
    public required DateOnly FiledOn { get; init; }
    public required string ClaimSummary { get; init; }
    public required decimal ClaimTotal { get; init; }
    /// <summary>D12: 14 calendar days, computed by the case lifecycle.</summary>
    public required DateOnly ResponseDeadline { get; init; }
    public required string PortalUrl { get; init; }
}
