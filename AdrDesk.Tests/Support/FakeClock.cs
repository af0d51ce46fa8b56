using AdrDesk.Domain.Common;

namespace AdrDesk.Tests.Support;

/// <summary>A settable clock: domain code reads time only through <see cref="TimeProvider"/>.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;

    /// <summary>A clock at a wall-clock time in Amsterdam.</summary>
    public static FakeClock AtAmsterdam(int year, int month, int day, int hour = 12)
    {
        var local = new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified);
        return new FakeClock(new DateTimeOffset(local, AmsterdamCalendar.Zone.GetUtcOffset(local)).ToUniversalTime());
    }
}
