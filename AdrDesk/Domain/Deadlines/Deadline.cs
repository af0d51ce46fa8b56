using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Deadlines;

/// <summary>
/// A term on a case: what, whom it binds, when it is due (end of the last Amsterdam day, stored in UTC),
/// and whether it was met, missed or extended. Changed only through the case, which audits every change.
/// </summary>
public sealed class Deadline
{
    private Deadline() { }

    public Guid Id { get; private set; }
    public DeadlineKind Kind { get; private set; }
    public DeadlineBinds Binds { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DeadlineStatus Status { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The due instant before an extension; null if never extended.</summary>
    public DateTimeOffset? OriginalDueAt { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>What the deadline is about when a case has several of a kind (e.g. an information request).</summary>
    public Guid? SubjectId { get; private set; }

    public bool IsOpen => Status is DeadlineStatus.Running or DeadlineStatus.Extended;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    internal static Deadline Start(DeadlineKind kind, DeadlineBinds binds, DateTimeOffset start, DateTimeOffset due, Guid? subjectId = null) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Binds = binds,
            StartedAt = start,
            DueAt = due,
            Status = DeadlineStatus.Running,
            SubjectId = subjectId,
        };

    internal static Deadline Start(DeadlineKind kind, DeadlineBinds binds, DateTimeOffset start, CalendarPeriod period, Guid? subjectId = null) =>
        Start(kind, binds, start, period.DueAfter(start), subjectId);

    internal void Close(DateTimeOffset at)
    {
        Status = at <= DueAt ? DeadlineStatus.Met : DeadlineStatus.Missed;
        ClosedAt = at;
    }

    internal void Cancel(DateTimeOffset at)
    {
        Status = DeadlineStatus.Cancelled;
        ClosedAt = at;
    }

    public bool IsPaused => Status == DeadlineStatus.Paused;

    /// <summary>While paused, <see cref="ClosedAt"/> holds the moment the pause began; the time left is kept.</summary>
    internal void Pause(DateTimeOffset at)
    {
        if (!IsOpen) return;
        Status = DeadlineStatus.Paused;
        ClosedAt = at;
    }

    /// <summary>Resumes with the time that was left when it was paused: the due instant moves by the pause's length.</summary>
    internal void Resume(DateTimeOffset at)
    {
        if (!IsPaused) return;
        var paused = ClosedAt ?? at;
        if (at > paused) DueAt += at - paused;
        ClosedAt = null;
        Status = OriginalDueAt is null ? DeadlineStatus.Running : DeadlineStatus.Extended;
    }

    internal void Extend(DateTimeOffset newDue, string reason)
    {
        OriginalDueAt = DueAt;
        DueAt = newDue;
        ExtensionReason = reason;
        Status = DeadlineStatus.Extended;
    }
}
