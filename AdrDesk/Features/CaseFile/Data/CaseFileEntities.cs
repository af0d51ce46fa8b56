using AdrDesk.Domain.Common;

namespace AdrDesk.Features.CaseFile.Data;

/// <summary>One message in a case's thread between the parties and the desk (everyone on the case reads it, D13).</summary>
public sealed class CaseMessage
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>The signed-in person who wrote it (not the party it acted for).</summary>
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public Role AuthorRole { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset PostedAt { get; set; }
}

/// <summary>
/// A file attached to a message or to a submission (<see cref="OwnerId"/>), stored outside wwwroot
/// under a random name and served only through the authorised attachment endpoint.
/// </summary>
public sealed class CaseAttachment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>The <see cref="CaseMessage.Id"/> or the domain Submission's id.</summary>
    public Guid OwnerId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageName { get; set; } = "";
    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>An in-app notification for one user ("the bell").</summary>
public sealed class UserNotification
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>The change, e.g. "RecordResponse" or "MessagePosted"; the text is localised on display.</summary>
    public string Kind { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>
/// D21: a letter for a party in the written procedure, waiting to be printed and posted by the desk. The one
/// print queue: notices of the case file (a letter text) and documents of other features, such as the
/// intake's filing receipt (<see cref="DocumentId"/>, enclosed with the letter).
/// </summary>
public sealed class PrintQueueEntry
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>The party written to; the empty id for letters moved from the old intake queue, which did not record it.</summary>
    public Guid PartyId { get; set; }
    public string RecipientName { get; set; } = "";
    /// <summary>The postal address when the sender knew it (paper filings); otherwise the desk takes it from the case.</summary>
    public string? Address { get; set; }
    /// <summary>A stored document (Documents feature) to print and enclose, e.g. the filing receipt.</summary>
    public Guid? DocumentId { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string Language { get; set; } = "nl";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SentBy { get; set; }
}

/// <summary>D7: a party asks another account (by e-mail) to represent it; effective once accepted, revocable.</summary>
public sealed class RepresentativeInvitation
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    public Guid PartyId { get; set; }
    public string PartyName { get; set; } = "";
    /// <summary>Upper-invariant, as CaseAccess compares it.</summary>
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string Capacity { get; set; } = "";
    public Guid InvitedBy { get; set; }
    public string InvitedByName { get; set; } = "";
    public DateTimeOffset InvitedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedBy { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsPending => AcceptedAt is null && EndedAt is null;
}

/// <summary>D14/D20: a settlement one party reports; the case closes as settled when the other party confirms.</summary>
public sealed class SettlementReport
{
    public Guid Id { get; set; }
    public string CaseNumber { get; set; } = "";
    public PartyRole ReportedBy { get; set; }
    public Guid ReportedByUserId { get; set; }
    public string ReportedByName { get; set; } = "";
    public string Terms { get; set; } = "";
    public DateTimeOffset ReportedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedByName { get; set; }
    public DateTimeOffset? DeclinedAt { get; set; }

    public bool IsPending => ConfirmedAt is null && DeclinedAt is null;
}

/// <summary>Where <see cref="CaseChangeNotices"/> is in the audit trail (its rowid): the changes up to it have been noticed.</summary>
public sealed class NoticeCursor
{
    public string Name { get; set; } = "";
    public long Position { get; set; }
}

/// <summary>
/// The print queue as the desk's page shows it: the letters, and which enclosures are still HTML fallbacks (issue 19 item 6:
/// their link does not promise a PDF until DocumentReissue has made one).
/// </summary>
public sealed class PrintQueueList(IReadOnlyList<PrintQueueEntry> entries, IReadOnlySet<Guid> htmlEnclosures, int total = -1) : IReadOnlyList<PrintQueueEntry>
{
    public static readonly PrintQueueList Empty = new([], new HashSet<Guid>());

    /// <summary>How many letters there are over all pages (this page's count when not told).</summary>
    public int Total => total < 0 ? entries.Count : total;

    /// <summary>False for an enclosure stored as HTML because the PDF could not be made.</summary>
    public bool IsPdf(Guid documentId) => !htmlEnclosures.Contains(documentId);

    public PrintQueueEntry this[int index] => entries[index];
    public int Count => entries.Count;
    public IEnumerator<PrintQueueEntry> GetEnumerator() => entries.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
