using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Mediation.Agreement;

/// <summary>One signature as printed on the signed agreement (M9).</summary>
public sealed record SignatureLine(string PartyName, string TypedName, string Account, DateTimeOffset SignedAt, string IpAddress, string Sha256, int Version)
{
    /// <summary>Set when the party signed by a hand-signed scan that staff or the mediator verified.</summary>
    public ScanNote? Scan { get; init; }
}

/// <summary>A hand-signed scan accepted as the party's signature: the file, its SHA-256, who verified it and when.</summary>
public sealed record ScanNote(string FileName, string Sha256, string VerifiedBy, DateTimeOffset VerifiedAt);

/// <summary>The vaststellingsovereenkomst with the record of both signatures: the final, enforceable document (M9).</summary>
public sealed record SignedAgreementModel : CaseDocumentModel
{
    public required SettlementAgreementModel Agreement { get; init; }
    public required IReadOnlyList<SignatureLine> Signatures { get; init; }
}
