using AdrDesk.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Support;

/// <summary>Fake clocks for tests: domain code reads time only through <see cref="TimeProvider"/>.</summary>
public static class AmsterdamClock
{
    /// <summary>A clock at a wall-clock time in Amsterdam; it moves only when the test moves it.</summary>
    public static FakeTimeProvider At(int year, int month, int day, int hour = 12)
    {
        var local = new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified);
        return new FakeTimeProvider(new DateTimeOffset(local, AmsterdamCalendar.Zone.GetUtcOffset(local)).ToUniversalTime());
    }
}
