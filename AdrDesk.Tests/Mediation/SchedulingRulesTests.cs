using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Scheduling;

namespace AdrDesk.Tests.Mediation;

public class SchedulingRulesTests
{
    private static readonly Guid Mediator = Guid.NewGuid();
    private static readonly Guid Room = Guid.NewGuid();
    private static readonly DateTimeOffset Now = AmsterdamTime.Instant(new DateTime(2026, 3, 2, 9, 0, 0));

    private static SessionAppointment At(int hour, AppointmentStatus status = AppointmentStatus.Confirmed, Guid? mediator = null, Guid? room = null) => new()
    {
        Id = Guid.NewGuid(), MediatorId = mediator ?? Mediator, RoomId = room ?? Guid.NewGuid(), Status = status,
        StartsAt = AmsterdamTime.Instant(new DateTime(2026, 3, 10, hour, 0, 0)), EndsAt = AmsterdamTime.Instant(new DateTime(2026, 3, 10, hour + 2, 0, 0)),
    };

    private static DateTimeOffset T(int hour) => AmsterdamTime.Instant(new DateTime(2026, 3, 10, hour, 0, 0));

    [Fact]
    [Trait("Rule", "M5")]
    public void M5_A_mediator_or_room_cannot_be_booked_twice_but_adjacent_and_released_slots_are_free()
    {
        Assert.NotNull(SchedulingRules.Clash([At(10)], Mediator, Room, T(11), T(13)));
        Assert.NotNull(SchedulingRules.Clash([At(10, mediator: Guid.NewGuid(), room: Room)], Mediator, Room, T(11), T(13)));
        Assert.NotNull(SchedulingRules.Clash([At(10, AppointmentStatus.Proposed)], Mediator, Room, T(11), T(13)));
        Assert.Null(SchedulingRules.Clash([At(10)], Mediator, Room, T(12), T(14))); // adjacent
        Assert.Null(SchedulingRules.Clash([At(10, AppointmentStatus.Declined)], Mediator, Room, T(11), T(13)));
        Assert.Null(SchedulingRules.Clash([At(10, AppointmentStatus.Cancelled)], Mediator, Room, T(11), T(13)));
        Assert.Null(SchedulingRules.Clash([At(10, mediator: Guid.NewGuid())], Mediator, Room, T(11), T(13)));
    }

    [Fact]
    [Trait("Rule", "M7")]
    public void M7_A_slot_is_confirmed_only_when_every_party_accepted_and_declined_by_one_refusal()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        SlotResponse R(Guid party, bool ok) => new() { PartyId = party, Accepted = ok };
        Assert.Equal(AppointmentStatus.Proposed, SchedulingRules.Decide([], [a, b]));
        Assert.Equal(AppointmentStatus.Proposed, SchedulingRules.Decide([R(a, true)], [a, b]));
        Assert.Equal(AppointmentStatus.Declined, SchedulingRules.Decide([R(a, true), R(b, false)], [a, b]));
        Assert.Equal(AppointmentStatus.Confirmed, SchedulingRules.Decide([R(a, true), R(b, true)], [a, b]));
    }

    [Fact]
    [Trait("Rule", "M7")]
    public void M7_A_slot_lies_in_the_future_and_lasts_between_half_an_hour_and_eight_hours()
    {
        Assert.IsType<SlotInThePast>(SchedulingRules.CheckSlot(Now.AddMinutes(-1), Now.AddHours(1), Now));
        Assert.IsType<SlotLengthInvalid>(SchedulingRules.CheckSlot(Now.AddDays(1), Now.AddDays(1).AddMinutes(20), Now));
        Assert.IsType<SlotLengthInvalid>(SchedulingRules.CheckSlot(Now.AddDays(1), Now.AddDays(1).AddHours(9), Now));
        Assert.Null(SchedulingRules.CheckSlot(Now.AddDays(1), Now.AddDays(1).AddHours(2), Now));
    }

    [Fact]
    public void Availability_follows_the_weekly_hours_in_Amsterdam_time_and_the_days_off()
    {
        WeeklyHours[] tuesday = [new() { Day = DayOfWeek.Tuesday, From = new TimeOnly(9, 0), To = new TimeOnly(17, 0) }];
        AvailabilityException[] holiday = [new() { FromDate = new DateOnly(2026, 3, 17), ToDate = new DateOnly(2026, 3, 20), Label = "Vakantie" }];
        Assert.Null(SchedulingRules.CheckAvailability(T(10), T(12), tuesday, holiday)); // Tuesday 10 March
        Assert.IsType<OutsideWeeklyHours>(SchedulingRules.CheckAvailability(T(16), T(18), tuesday, holiday));
        Assert.IsType<OutsideWeeklyHours>(SchedulingRules.CheckAvailability(T(10).AddDays(1), T(12).AddDays(1), tuesday, holiday));
        Assert.IsType<MediatorUnavailable>(SchedulingRules.CheckAvailability(T(10).AddDays(7), T(12).AddDays(7), tuesday, holiday));
        Assert.Null(SchedulingRules.CheckAvailability(T(20), T(22), [], [])); // no hours set: free
    }

    [Fact]
    public void Notice_period_and_reminder_moment()
    {
        var session = At(10);
        Assert.True(SchedulingRules.WithinNotice(session.StartsAt, session.StartsAt.AddHours(-47), TimeSpan.FromHours(48)));
        Assert.False(SchedulingRules.WithinNotice(session.StartsAt, session.StartsAt.AddHours(-49), TimeSpan.FromHours(48)));
        Assert.False(SchedulingRules.ReminderDue(session, session.StartsAt.AddHours(-49), TimeSpan.FromHours(48)));
        Assert.True(SchedulingRules.ReminderDue(session, session.StartsAt.AddHours(-47), TimeSpan.FromHours(48)));
        session.ReminderSentAt = Now;
        Assert.False(SchedulingRules.ReminderDue(session, session.StartsAt.AddHours(-47), TimeSpan.FromHours(48)));
    }
}
