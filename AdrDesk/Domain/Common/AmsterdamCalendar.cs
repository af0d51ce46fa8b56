namespace AdrDesk.Domain.Common;

/// <summary>
/// Decided: all periods (14 days, 5 weeks, 2 months, 90 days, 365 days) are calendar periods in
/// Europe/Amsterdam, and a deadline falls at the end of its last day. Instants are stored in UTC.
/// </summary>
public static class AmsterdamCalendar
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The Amsterdam calendar day on which an instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>23:59:59.9999999 Amsterdam time on that day, as a UTC instant (never in a DST gap: those are at night).</summary>
    public static DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MaxValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Calendar days from one day to another (the day of the event itself is not counted).</summary>
    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
