using AdrDesk.Features.Backup;

namespace AdrDesk.Tests.Backup;

/// <summary>Issue 19 item 8: the scheduled backup's times, on the desk's clock (Europe/Amsterdam).</summary>
[Trait("Issue", "19")]
public class BackupScheduleTests
{
    private static readonly TimeOnly ThreeAm = new(3, 0);

    [Theory]
    // winter (UTC+1): 03:00 Amsterdam is 02:00 UTC
    [InlineData("2026-01-10T01:00:00Z", "2026-01-10T02:00:00Z")]
    [InlineData("2026-01-10T02:00:00Z", "2026-01-11T02:00:00Z")]
    // summer (UTC+2): 01:00 UTC
    [InlineData("2026-07-10T12:00:00Z", "2026-07-11T01:00:00Z")]
    // the night the clocks go forward (29 March 2026): 03:00 exists, it is 01:00 UTC
    [InlineData("2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z")]
    public void Daily_at_three_stays_at_three_Amsterdam_time_across_daylight_saving(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), BackupSchedule.Next(DateTimeOffset.Parse(now), ThreeAm, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Every_six_hours_from_three_runs_at_nine_after_three()
    {
        var next = BackupSchedule.Next(DateTimeOffset.Parse("2026-01-10T03:30:00Z"), ThreeAm, TimeSpan.FromHours(6)); // 04:30 Amsterdam
        Assert.Equal(DateTimeOffset.Parse("2026-01-10T08:00:00Z"), next); // 09:00 Amsterdam
    }

    [Fact]
    public void A_time_in_the_spring_gap_moves_forward_by_the_gap()
    {
        var next = BackupSchedule.Next(DateTimeOffset.Parse("2026-03-28T12:00:00Z"), new TimeOnly(2, 30), TimeSpan.FromDays(1));
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:00:00Z"), next); // 02:30 does not exist: 03:00 CEST
    }
}
