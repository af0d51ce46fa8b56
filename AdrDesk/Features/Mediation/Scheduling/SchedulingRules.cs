using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>
/// The scheduling rules as pure functions (no EF, no clock of their own), so they are tested
/// without a database. The service applies them inside the transaction that writes the booking.
/// </summary>
public static class SchedulingRules
{
    public static readonly TimeSpan MinimumDuration = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MaximumDuration = TimeSpan.FromHours(8);

    /// <summary>Half-open intervals: a session ending at 12:00 and one starting at 12:00 do not clash.</summary>
    public static bool Overlaps(DateTimeOffset aStart, DateTimeOffset aEnd, DateTimeOffset bStart, DateTimeOffset bEnd) =>
        aStart < bEnd && bStart < aEnd;

    /// <summary>A slot: in the future, of a sensible length (M7).</summary>
    public static DomainError? CheckSlot(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (start <= now) return new SlotInThePast();
        var length = end - start;
        if (length < MinimumDuration || length > MaximumDuration) return new SlotLengthInvalid();
        return null;
    }

    /// <summary>
    /// Within the mediator's weekly hours (Amsterdam time) and not on a day off. A mediator who has
    /// set no weekly hours is taken to be available whenever they propose.
    /// </summary>
    public static DomainError? CheckAvailability(
        DateTimeOffset start, DateTimeOffset end, IReadOnlyCollection<WeeklyHours> weekly, IReadOnlyCollection<AvailabilityException> exceptions)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, AmsterdamCalendar.Zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, AmsterdamCalendar.Zone);
        var day = DateOnly.FromDateTime(localStart.DateTime);
        if (exceptions.FirstOrDefault(e => e.FromDate <= day && day <= e.ToDate) is { } off) return new MediatorUnavailable(off.Label);
        if (weekly.Count == 0) return null;
        if (DateOnly.FromDateTime(localEnd.DateTime) != day) return new OutsideWeeklyHours();
        var from = TimeOnly.FromDateTime(localStart.DateTime);
        var to = TimeOnly.FromDateTime(localEnd.DateTime);
        return weekly.Any(h => h.Day == localStart.DayOfWeek && h.From <= from && to <= h.To) ? null : new OutsideWeeklyHours();
    }

    /// <summary>The first booking that clashes with the mediator or the room, among those that hold the calendar.</summary>
    public static SessionAppointment? Clash(
        IEnumerable<SessionAppointment> existing, Guid mediatorId, Guid roomId, DateTimeOffset start, DateTimeOffset end, Guid? ignoring = null) =>
        existing.FirstOrDefault(a => a.Id != ignoring && a.BlocksCalendar
            && (a.MediatorId == mediatorId || a.RoomId == roomId)
            && Overlaps(a.StartsAt, a.EndsAt, start, end));

    /// <summary>M7: confirmed only when every party accepted; declined as soon as one declines.</summary>
    public static AppointmentStatus Decide(IReadOnlyCollection<SlotResponse> responses, IReadOnlyCollection<Guid> partyIds)
    {
        if (responses.Any(r => !r.Accepted)) return AppointmentStatus.Declined;
        return partyIds.All(p => responses.Any(r => r.PartyId == p && r.Accepted)) ? AppointmentStatus.Confirmed : AppointmentStatus.Proposed;
    }

    /// <summary>A party may cancel or ask to move only before the notice period; the mediator always may (marked late).</summary>
    public static bool WithinNotice(DateTimeOffset sessionStart, DateTimeOffset now, TimeSpan notice) => sessionStart - now < notice;

    /// <summary>Reminders go out from 48 hours before the start until the start.</summary>
    public static bool ReminderDue(SessionAppointment a, DateTimeOffset now, TimeSpan before) =>
        a.Status == AppointmentStatus.Confirmed && a.ReminderSentAt is null && a.StartsAt - before <= now && now < a.StartsAt;
}
