using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Backup;

/// <summary>When the next scheduled backup is due: pure, on the desk's clock (Europe/Amsterdam).</summary>
public static class BackupSchedule
{
    /// <summary>
    /// The first instant after <paramref name="now"/> of the series <paramref name="at"/> (Amsterdam wall time) + k ×
    /// <paramref name="interval"/>. Steps are taken on the wall clock, so "daily at 03:00" stays 03:00 across daylight saving;
    /// a wall time that does not exist (the spring gap) moves forward by the gap.
    /// </summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeOnly at, TimeSpan interval)
    {
        if (interval < TimeSpan.FromMinutes(1)) interval = TimeSpan.FromMinutes(1);
        var zone = AmsterdamCalendar.Zone;
        var today = AmsterdamCalendar.DateOf(now);
        var local = today.AddDays(-1).ToDateTime(at);
        while (true)
        {
            var instant = ToInstant(local, zone);
            if (instant > now) return instant;
            local += interval;
        }
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        // An ambiguous autumn hour counts once: its first (summer-time) occurrence.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
