namespace AdrDesk.Features.Documents.Models;

/// <summary>One thing a party must do (D17: how and by when), with an amount when it is a payment.</summary>
public sealed record RulingOrder(string Obligation, DateOnly ComplyBy)
{
    public decimal? Amount { get; init; }
}

/// <summary>The binding ruling (D14–D17, D19, D27). Only in Dutch or English (D8).</summary>
public sealed record BindingRulingModel : CaseDocumentModel
{
    public required DocumentParty Consumer { get; init; }
    public required DocumentParty Webshop { get; init; }
    /// <summary>D10: one assessor, or three in a complex case.</summary>
    public required IReadOnlyList<string> Assessors { get; init; }
    public required DateOnly FiledOn { get; init; }
    public required DateOnly DossierCompleteOn { get; init; }
    public required IReadOnlyList<string> Facts { get; init; }
    public required IReadOnlyList<string> ConsumerPosition { get; init; }
    public required IReadOnlyList<string> WebshopPosition { get; init; }
    public required IReadOnlyList<string> Considerations { get; init; }
    public required IReadOnlyList<RulingOrder> Orders { get; init; }
    /// <summary>How to comply (D17): e.g. the account to pay to, the address to return goods to.</summary>
    public required string ComplianceInstructions { get; init; }
    /// <summary>D19: two months after the ruling was sent, computed by the case lifecycle.</summary>
    public required DateOnly CourtTermEndsOn { get; init; }
    public required string Place { get; init; }
}
