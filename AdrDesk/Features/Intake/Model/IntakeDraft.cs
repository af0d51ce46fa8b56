using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Model;

/// <summary>A signed-in filer's unfinished intake, saved on every step; expires 6 months after the last change (item 4).</summary>
public sealed class IntakeDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(183);

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Scheme Scheme { get; set; }
    /// <summary>Set for a paper filing being entered by staff (D6): the draft belongs to that staff member.</summary>
    public bool Paper { get; set; }
    public int Step { get; set; }
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The <see cref="ExpiresAt"/> the filer was warned of (item 4); a later save moves ExpiresAt, so a new warning is due then.</summary>
    public DateTimeOffset? ExpiryWarnedFor { get; set; }
}

/// <summary>An uploaded document: stored under a random name outside wwwroot; served only to its owner or staff.</summary>
public sealed class IntakeUpload
{
    public Guid Id { get; set; }
    public Guid OwnerUserId { get; set; }
    public Guid? DraftId { get; set; }
    public string? CaseNumber { get; set; }
    public string OriginalName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StoredName { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
