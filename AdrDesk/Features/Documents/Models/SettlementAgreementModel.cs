namespace AdrDesk.Features.Documents.Models;

/// <summary>A payment agreed in the settlement, printed with its amount and due date.</summary>
public sealed record SettlementPayment(string Payer, string Payee, decimal Amount, DateOnly DueBy);

/// <summary>M9, art. 7:900 BW: the vaststellingsovereenkomst written by the mediator, enforceable once both parties sign.</summary>
public sealed record SettlementAgreementModel : CaseDocumentModel
{
    public required DocumentParty PartyA { get; init; }
    public required DocumentParty PartyB { get; init; }
    public required string Mediator { get; init; }
    public required string MediatorOffice { get; init; }
    public required string Dispute { get; init; }
    public required IReadOnlyList<string> Agreements { get; init; }
    public IReadOnlyList<SettlementPayment> Payments { get; init; } = [];
    public required string Place { get; init; }
}
