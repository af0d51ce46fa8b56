using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>Sessions are planned in Amsterdam wall-clock time and stored as instants (shown through DisplayFormat).</summary>
public static class AmsterdamTime
{
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, AmsterdamCalendar.Zone).DateTime;

    /// <summary>The instant of an Amsterdam wall-clock time (a time skipped by the spring change moves forward an hour).</summary>
    public static DateTimeOffset Instant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (AmsterdamCalendar.Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(unspecified, AmsterdamCalendar.Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
