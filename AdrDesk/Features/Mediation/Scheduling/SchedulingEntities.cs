namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>M5: a mediator's office, the neutral place where joint sessions are held.</summary>
public sealed class MediatorOffice
{
    public Guid Id { get; set; }
    public Guid MediatorId { get; set; }
    public string Name { get; set; } = "";
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public List<OfficeRoom> Rooms { get; set; } = [];

    /// <summary>The address as printed in an invitation and in the .ics LOCATION.</summary>
    public string Address => $"{Name}, {Street}, {PostalCode} {City}";
}

/// <summary>A room at an office: no two sessions in one room at once.</summary>
public sealed class OfficeRoom
{
    public Guid Id { get; set; }
    public Guid OfficeId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>A mediator's regular weekly hours, in Amsterdam time.</summary>
public sealed class WeeklyHours
{
    public Guid Id { get; set; }
    public Guid MediatorId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
}

/// <summary>Days the mediator is not available (holiday, course, illness): whole days, inclusive.</summary>
public sealed class AvailabilityException
{
    public Guid Id { get; set; }
    public Guid MediatorId { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string Label { get; set; } = "";
}

public enum AppointmentStatus
{
    /// <summary>Proposed to both parties; holds the mediator and the room until answered.</summary>
    Proposed,
    /// <summary>Both parties accepted (M7): the joint session takes place.</summary>
    Confirmed,
    /// <summary>A party declined this slot, with a reason.</summary>
    Declined,
    /// <summary>Another slot of the same proposal was confirmed, or the mediator withdrew the proposal.</summary>
    Withdrawn,
    Cancelled,
    Held,
    NoShow,
}

/// <summary>
/// One proposed or scheduled joint session (M7) at the mediator's office (M5).
/// M3: logistics only: who, when, where, whether held and who attended. Deliberately no notes,
/// minutes, transcript or recording field: what is said in a session is never written down.
/// </summary>
public sealed class SessionAppointment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    /// <summary>Slots proposed together share this id; confirming one withdraws the others.</summary>
    public Guid ProposalId { get; set; }
    public Guid MediatorId { get; set; }
    public Guid OfficeId { get; set; }
    public Guid RoomId { get; set; }
    public string Location { get; set; } = "";
    public string RoomName { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public AppointmentStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why the session was cancelled or moved: logistics, not content.</summary>
    public string? CancelReason { get; set; }
    /// <summary>Cancelled within the notice period (by the mediator, who alone may do so then).</summary>
    public bool LateCancellation { get; set; }
    /// <summary>48 hours before: set in the same transaction as the reminder mails, so they go once.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }
    /// <summary>iCalendar SEQUENCE: raised on every change the participants' calendars must follow.</summary>
    public int Sequence { get; set; }
    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }

    public bool BlocksCalendar => Status is AppointmentStatus.Proposed or AppointmentStatus.Confirmed;
    public int DurationMinutes => (int)(EndsAt - StartsAt).TotalMinutes;
    public string IcsUid => $"{Id:N}@adrdesk";
}

/// <summary>A party's answer to a proposed slot; a declined slot carries the reason.</summary>
public sealed class SlotResponse
{
    public Guid Id { get; set; }
    public Guid AppointmentId { get; set; }
    public Guid PartyId { get; set; }
    public bool Accepted { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>M3: whether a party was present; nothing about what was said.</summary>
public sealed class SessionAttendance
{
    public Guid Id { get; set; }
    public Guid AppointmentId { get; set; }
    public Guid PartyId { get; set; }
    public bool Present { get; set; }
}
