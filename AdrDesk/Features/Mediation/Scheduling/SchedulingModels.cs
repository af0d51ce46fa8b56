namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>A slot as the mediator proposes it: instants (the page converts from Amsterdam time).</summary>
public sealed record SlotInput(DateTimeOffset Start, DateTimeOffset End);

public sealed record ResponseView(Guid PartyId, string PartyName, bool Accepted, string? Reason, DateTimeOffset At);

public sealed record AttendanceView(Guid PartyId, string PartyName, bool Present);

/// <summary>A session as the page shows it (M3: logistics only).</summary>
public sealed record SessionView(
    Guid Id, Guid ProposalId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, string RoomName, AppointmentStatus Status,
    string? CancelReason, bool LateCancellation, IReadOnlyList<ResponseView> Responses, IReadOnlyList<AttendanceView> Attendance)
{
    public ResponseView? ResponseOf(Guid partyId) => Responses.FirstOrDefault(r => r.PartyId == partyId);
}

/// <summary>An entry of the mediator's calendar (one session or slot placed on the agenda grid).</summary>
public sealed class CalendarEntry
{
    public Guid Id { get; init; }
    public string CaseNumber { get; init; } = "";
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public string Text { get; init; } = "";
    public AppointmentStatus Status { get; init; }
}

public sealed record OfficeInput(string Name, string Street, string PostalCode, string City, string Rooms);

public sealed record AvailabilityView(IReadOnlyList<MediatorOffice> Offices, IReadOnlyList<WeeklyHours> Weekly, IReadOnlyList<AvailabilityException> Exceptions);

/// <summary>Configuration section "Mediation".</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Mediation";

    /// <summary>Within this period before a session, only the mediator may cancel or move it.</summary>
    public TimeSpan NoticePeriod { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Reminders go out this long before a session.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(48);

    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Off in tests that call <see cref="SessionReminderService.RunOnceAsync"/> themselves.</summary>
    public bool RemindersEnabled { get; set; } = true;
}
