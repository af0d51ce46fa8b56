namespace AdrDesk.Features.Mediation.Files;

/// <summary>
/// M6: a document a party attaches to its position. Private to the mediator (and staff) until the
/// exchange; from then the other party may read it too. The bytes are on disk under <see cref="StorageName"/>.
/// </summary>
public sealed class PositionDocument
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid PartyId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageName { get; set; } = "";
    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public enum ScanStatus
{
    Pending,
    /// <summary>Verified by staff or the mediator: counts as the party's signature (M9).</summary>
    Accepted,
    Rejected,
}

/// <summary>
/// Issue 8 item 5: a hand-signed scan of one version of the vaststellingsovereenkomst, uploaded by a party
/// instead of signing in AdrDesk. Staff or the mediator verify it; an accepted scan is that party's signature.
/// </summary>
public sealed class SignedScan
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public int VersionNumber { get; set; }
    /// <summary>The SHA-256 of the version's document the party printed and signed.</summary>
    public string VersionSha256 { get; set; } = "";
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    public Guid UploadedBy { get; set; }
    public string UploaderName { get; set; } = "";
    public string UploaderEmail { get; set; } = "";
    public string IpAddress { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageName { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public ScanStatus Status { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
}

/// <summary>M4: the mediator introduced the mediation to this party with the invitation letter (mailed or printed).</summary>
public sealed class MediationIntroduction
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid PartyId { get; set; }
    public Guid DocumentId { get; set; }
    /// <summary>"Mail" or "Print" (a party without an account gets the letter on paper).</summary>
    public string Channel { get; set; } = "";
    public Guid IntroducedBy { get; set; }
    public DateTimeOffset IntroducedAt { get; set; }
}

/// <summary>What a party sent by post in a mediation (D21 for M) or a bemiddeling (D21 for B), as the desk or the mediator recorded it.</summary>
public enum MediationPostKind
{
    /// <summary>M2: the principles confirmed.</summary>
    Principles,

    /// <summary>M6: the party's position.</summary>
    Position,

    /// <summary>M7: a session slot accepted or declined.</summary>
    SlotAnswer,

    /// <summary>M9: the hand-signed settlement agreement.</summary>
    SignedAgreement,

    /// <summary>B3 (bemiddeling): the party writes that it was solved directly.</summary>
    ResolvedDirectly,

    /// <summary>Bemiddeling: the consumer asks for escalation.</summary>
    Escalation,
}

/// <summary>
/// D21 for M: a letter a party sent by post, recorded by the desk or the mediator as that party's act: the post book of
/// the mediation, with the scan (bytes on disk under <see cref="StorageName"/>, shared with the position document or
/// signed scan the same letter became). Seen by staff, the mediator and the party it came from.
/// </summary>
public sealed class MediationPostLetter
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    public MediationPostKind Kind { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageName { get; set; } = "";
    public Guid RecordedBy { get; set; }
    public string RecordedByName { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
