using AdrDesk.Domain.Mediation;

namespace AdrDesk.Features.Mediation.Agreement;

/// <summary>
/// One version of the vaststellingsovereenkomst (M9) as the mediator drafted it: the fields of the
/// template and the issued document (PDF) with its SHA-256. Versions are never changed; a party's
/// change proposal leads to a new version.
/// </summary>
public sealed class AgreementVersion
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public int Number { get; set; }
    public AgreementKind Kind { get; set; }
    public string Dispute { get; set; } = "";
    /// <summary>The terms, one per line (article 1 of the agreement).</summary>
    public string Terms { get; set; } = "";
    public string Place { get; set; } = "";
    public string Language { get; set; } = "nl";
    public Guid DocumentId { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }

    public IReadOnlyList<string> TermLines => Terms.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum ChangeProposalStatus
{
    Open,
    /// <summary>The mediator drafted a new version in answer.</summary>
    Answered,
}

/// <summary>A party asks for a change to a version before signing (issue 8 item 5).</summary>
public sealed class ChangeProposal
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    public int VersionNumber { get; set; }
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public ChangeProposalStatus Status { get; set; }
}

/// <summary>
/// M9: an electronic signature: the typed full name, the account, the moment and the IP address,
/// with the SHA-256 of the exact document signed, so the signed version is fixed.
/// </summary>
public sealed class AgreementSignature
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    public int VersionNumber { get; set; }
    public Guid DocumentId { get; set; }
    public string Sha256 { get; set; } = "";
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    public Guid UserId { get; set; }
    public string AccountEmail { get; set; } = "";
    public string TypedName { get; set; } = "";
    public string IpAddress { get; set; } = "";
    public DateTimeOffset SignedAt { get; set; }
    /// <summary>Set when the party signed by a hand-signed scan that staff or the mediator accepted (then <see cref="SignedAt"/> is the acceptance).</summary>
    public Guid? ScanId { get; set; }
}

/// <summary>The final, signed agreement: the document with every signature printed in it (M9).</summary>
public sealed class SignedAgreement
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    public int VersionNumber { get; set; }
    public Guid DocumentId { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
