using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Mediation.Agreement;

/// <summary>One electronic signature as printed on the signed agreement (M9).</summary>
public sealed record SignatureLine(string PartyName, string TypedName, string Account, DateTimeOffset SignedAt, string IpAddress, string Sha256, int Version);

/// <summary>The vaststellingsovereenkomst with the record of both signatures: the final, enforceable document (M9).</summary>
public sealed record SignedAgreementModel : CaseDocumentModel
{
    public required SettlementAgreementModel Agreement { get; init; }
    public required IReadOnlyList<SignatureLine> Signatures { get; init; }
}
