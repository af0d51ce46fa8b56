using System.Text;
using AdrDesk.Features.Mediation.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Reads an .ics with Ical.Net, as a calendar client does. A DTSTART;TZID=… becomes an instant by the
/// calendar's own VTIMEZONE (its observances' RRULEs evaluated by Ical.Net), not by a time-zone
/// database, so a wrong VTIMEZONE shows up as a wrong instant.
/// </summary>
internal static class Ics
{
    public static Calendar Load(byte[] bytes) => Calendar.Load(Encoding.UTF8.GetString(bytes))!;

    public static CalendarEvent Session(this Calendar calendar) => Assert.Single(calendar.Events);

    /// <summary>The instant of a date-time written in Amsterdam wall-clock time.</summary>
    public static DateTimeOffset Instant(this Calendar calendar, CalDateTime? time)
    {
        Assert.NotNull(time);
        Assert.Equal(IcsWriter.TimeZoneId, time.TzId);
        var instant = new DateTimeOffset(time.Value, calendar.OffsetAt(time.Value)).ToUniversalTime();
        Assert.Equal(time.AsUtc, instant.UtcDateTime); // and Ical.Net's own reading (tzdb) agrees
        return instant;
    }

    /// <summary>The UTC offset the VTIMEZONE gives a local time: that of the observance whose latest onset is not after it.</summary>
    public static TimeSpan OffsetAt(this Calendar calendar, DateTime local)
    {
        var zone = Assert.Single(calendar.TimeZones, z => z.TzId == IcsWriter.TimeZoneId);
        var at = new CalDateTime(local, hasTime: true);
        var from = new CalDateTime(local.AddYears(-1), hasTime: true);
        return zone.TimeZoneInfos
            .Select(o => (o.OffsetTo, Onset: o.GetOccurrences(from, null).Select(x => x.Period.StartTime).TakeWhile(s => s.LessThanOrEqual(at)).LastOrDefault()))
            .Where(x => x.Onset is not null)
            .MaxBy(x => x.Onset!.Value)
            .OffsetTo!.Offset;
    }
}
