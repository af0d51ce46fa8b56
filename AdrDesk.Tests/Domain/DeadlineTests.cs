using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class DeadlineTests
{
    [Fact]
    [Trait("Rule", "D12")]
    public void D12_A_14_day_deadline_across_the_March_DST_change_ends_at_23_59_59_CEST()
    {
        // Forwarded on Friday 20 March 2026 (CET); clocks go forward on Sunday 29 March; due Friday 3 April (CEST, UTC+2).
        var s = new BindingRulingScenario(clock: AmsterdamClock.At(2026, 3, 20, hour: 10)).To(S.ForwardedToRespondent);
        var due = s.Case.OpenDeadline(DeadlineKind.Response)!.DueAt;

        Assert.Equal(new DateTimeOffset(2026, 4, 3, 21, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        var local = TimeZoneInfo.ConvertTime(due, AmsterdamCalendar.Zone);
        Assert.Equal((23, 59, 59, TimeSpan.FromHours(2)), (local.Hour, local.Minute, local.Second, local.Offset));
    }

    [Fact]
    [Trait("Rule", "D12")]
    public void D12_A_14_day_deadline_across_the_October_DST_change_ends_at_23_59_59_CET()
    {
        // Forwarded on 20 October 2026 (CEST); clocks go back on Sunday 25 October; due 3 November (CET, UTC+1).
        var s = new BindingRulingScenario(clock: AmsterdamClock.At(2026, 10, 20, hour: 10)).To(S.ForwardedToRespondent);
        var due = s.Case.OpenDeadline(DeadlineKind.Response)!.DueAt;

        Assert.Equal(new DateTimeOffset(2026, 11, 3, 22, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), due);
    }

    [Fact]
    [Trait("Rule", "D12")]
    public void D12_The_deadline_counts_from_the_Amsterdam_day_even_late_in_the_evening()
    {
        // 23:30 UTC on 20 March is already 00:30 on 21 March in Amsterdam, so the 14 days count from 21 March.
        var s = new BindingRulingScenario(clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 23, 30, 0, TimeSpan.Zero))).To(S.ForwardedToRespondent);

        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 4, 4)), s.Case.OpenDeadline(DeadlineKind.Response)!.DueAt);
    }

    [Fact]
    public void A_deadline_is_met_up_to_the_last_tick_of_its_last_day()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        var response = s.Case.OpenDeadline(DeadlineKind.Response)!;
        s.Clock.SetUtcNow(response.DueAt);

        Assert.False(response.IsOverdue(s.Clock.GetUtcNow()));
        s.Case.RecordResponse(Actors.Webshop, s.Clock, "Net op tijd.");
        Assert.Equal(DeadlineStatus.Met, response.Status);
    }

    [Fact]
    [Trait("Rule", "D20")]
    public void D20_Stopping_the_procedure_cancels_running_terms()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        s.Case.Withdraw(Actors.Consumer, s.Clock);

        Assert.Equal(DeadlineStatus.Cancelled, s.Case.Deadlines.Single(d => d.Kind == DeadlineKind.Response).Status);
        Assert.Contains(s.Case.Deadlines, d => d.Kind == DeadlineKind.Retention && d.IsOpen);
    }
}
