using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;

namespace AdrDesk.Features.CaseFile;

/// <summary>One row of "my cases": status, next step and who acts as resource keys, the next deadline.</summary>
public sealed record MyCaseRow(
    string Number, Scheme Scheme, string State, string? ConsumerName, string? WebshopName,
    string StatusKey, string NextStepKey, WhoActs WhoActs, DeadlineKind? DeadlineKind, DateTimeOffset? DeadlineAt, int? DaysLeft,
    DateTimeOffset UpdatedAt);

public enum TimelineKind { Event, Deadline, Submission, Response, Message, Document, Position, Settlement }

/// <summary>
/// One thing that happened. <see cref="TitleKey"/> is a CaseFileResource key with <see cref="TitleArgs"/>;
/// <see cref="Id"/> is stable across reloads so a new entry can be highlighted.
/// </summary>
public sealed record TimelineEntry(
    string Id, DateTimeOffset At, TimelineKind Kind, string TitleKey, IReadOnlyList<string> TitleArgs, string? ActorName, string? Text,
    IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>D21: the day the paper original arrived, when the desk recorded it from post for the party.</summary>
    public DateOnly? ReceivedByPostOn { get; init; }

    /// <summary>The procedure rule the event belongs to ("M9"), for staff only: parties read no rule codes (docs/glossary.md).</summary>
    public string? Rule { get; init; }

    /// <summary>Issue 19 item 1: the party the person acted for (a colleague of a webshop, a representative, D7): "X namens Y".</summary>
    public string? OnBehalfOf { get; init; }
}

public sealed record AttachmentView(Guid Id, string FileName, long Size, string Url);

public sealed record PartyView(Guid Id, PartyRole Role, string Name, bool IsFiler, bool PaperProcedure, string? RepresentativeName, string? RepresentativeCapacity, bool IsYou);

public sealed record HandlerView(Role Role, string Name, bool IsRapporteur);

public sealed record DeadlineView(Guid Id, DeadlineKind Kind, DeadlineBinds Binds, DateTimeOffset DueAt, DeadlineStatus Status, int DaysLeft, bool IsOpen);

public sealed record MessageView(Guid Id, string AuthorName, Role AuthorRole, string Body, DateTimeOffset PostedAt, bool IsMine, IReadOnlyList<AttachmentView> Attachments);

public sealed record DocumentView(Guid Id, string Title, string FileName, DateTimeOffset CreatedAt, string Url);

public sealed record StaffNoteView(Guid Id, string AuthorName, string Text, DateTimeOffset At);

public sealed record SettlementView(Guid Id, PartyRole ReportedBy, string ReportedByName, string Terms, DateTimeOffset ReportedAt, bool MayConfirm);

public sealed record InvitationView(Guid Id, Guid PartyId, string Email, string Name, DateTimeOffset InvitedAt);

/// <summary>What the viewer may do now; the service checks again when it is done.</summary>
public sealed record CaseFileActions(
    bool CanRespond, bool CanAddSubmission, bool CanWithdraw, bool WithdrawalEnded, bool IsWebshop, bool CanReportSettlement,
    bool CanManageRepresentation, bool CanAddStaffNote, bool CanPostMessage);

/// <summary>Everything the case page shows, read for one viewer from one consistent load.</summary>
public sealed record CaseFileView(
    string Number, Scheme Scheme, string State, int Version, CaseAccessKind Access, Role ActingAs, string? ActingForName,
    string StatusKey, string NextStepKey, WhoActs WhoActs, bool YouAct,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<HandlerView> Handlers, IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<MessageView> Messages, IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<StaffNoteView>? StaffNotes,
    SettlementView? PendingSettlement, IReadOnlyList<InvitationView> Invitations, CaseFileActions Actions);
