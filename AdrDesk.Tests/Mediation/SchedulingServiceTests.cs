using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Scheduling;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

public class SchedulingServiceTests
{
    [Fact]
    [Trait("Rule", "M7")]
    [Trait("Rule", "M5")]
    public async Task M5_M7_A_session_is_confirmed_only_when_both_accept_at_the_office_with_an_ics_for_everyone()
    {
        await using var kit = await StartAsync();
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10), Slot(2026, 3, 12, 14)]));
        var sessions = Ok(await kit.Scheduling.ListAsync(kit.Participant.User, number));
        Assert.All(sessions, s => Assert.Equal("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht", s.Location));
        var (first, second) = (sessions[0].Id, sessions[1].Id);

        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, first, accept: true, null));
        Assert.IsType<AlreadyResponded>((await kit.Scheduling.RespondAsync(kit.Participant.User, number, first, true, null)).Error);
        Assert.IsType<ReasonRequired>((await kit.Scheduling.RespondAsync(kit.Client.User, number, first, accept: false, " ")).Error);
        Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, first, accept: false, "Dan ben ik op beurs."));
        Assert.IsType<AppointmentNotOpen>((await kit.Scheduling.RespondAsync(kit.Participant.User, number, first, true, null)).Error);
        Assert.IsType<OnlyPartiesMayDoThis>((await kit.Scheduling.RespondAsync(kit.Mediator.User, number, second, true, null)).Error);

        Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, second, accept: true, null));
        Assert.Equal(AppointmentStatus.Proposed, Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number)).Single(s => s.Id == second).Status);
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, second, accept: true, null));

        sessions = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number));
        Assert.Equal(AppointmentStatus.Declined, sessions.Single(s => s.Id == first).Status);
        Assert.Equal(AppointmentStatus.Confirmed, sessions.Single(s => s.Id == second).Status);
        var c = (await kit.Store.LoadAsync<MediationCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(MediationState.JointSessions, c.State);
        Assert.Equal(Slot(2026, 3, 12, 14).Start, Assert.Single(c.Sessions).StartsAt);

        var confirmed = (await kit.OutboxAsync()).Where(m => m.Subject.Contains("bevestigd")).ToList();
        Assert.Equal(3, confirmed.Count); // both parties and the mediator
        var ics = Ics.Load(Assert.Single(confirmed[0].Attachments).Content);
        Assert.Equal(Slot(2026, 3, 12, 14).Start, ics.Instant(ics.Session().DtStart));
        Assert.Contains("Oudegracht 12", ics.Session().Location);
        Assert.Single(await kit.OutboxAsync(), m => m.ToAddress == kit.Mediator.Email && m.Subject.Contains("kan niet"));

        var audit = await kit.WithDbAsync(db => db.Set<AdrDesk.Domain.Cases.AuditEntry>().Where(a => a.CaseNumber == number).Select(a => a.Action).ToListAsync());
        Assert.Contains("ProposeSession", audit);
        Assert.Contains("DeclineSlot", audit);
        Assert.Contains("ScheduleSession", audit);
    }

    [Fact]
    [Trait("Rule", "M5")]
    public async Task Double_booking_of_the_mediator_is_refused_also_when_two_proposals_race()
    {
        await using var kit = await StartAsync();
        var a = await kit.ExchangedMediationAsync();
        var b = await kit.ExchangedMediationAsync();
        var (office, room1, room2) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, a, office, room1, [Slot(2026, 3, 10, 10)]));
        var second = await kit.Scheduling.ProposeAsync(kit.Mediator.User, b, office, room2, [Slot(2026, 3, 10, 11)]);
        Assert.IsType<DoubleBooking>(second.Error);
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, b, office, room2, [Slot(2026, 3, 10, 12)])); // adjacent: free

        // Two proposals for the same hour at once: the write lock is taken before the check, so one wins.
        var results = await Task.WhenAll(
            kit.Scheduling.ProposeAsync(kit.Mediator.User, a, office, room1, [Slot(2026, 3, 11, 10)]),
            kit.Scheduling.ProposeAsync(kit.Mediator.User, b, office, room2, [Slot(2026, 3, 11, 10)]));
        Assert.Single(results, r => r.IsSuccess);
        Assert.IsType<DoubleBooking>(Assert.Single(results, r => r.IsFailure).Error);
        Assert.Equal(3, await kit.WithDbAsync(db => db.Set<SessionAppointment>().CountAsync()));
    }

    [Fact]
    public async Task Scheduling_respects_stage_availability_and_the_mediators_own_offices()
    {
        await using var kit = await StartAsync();
        var early = await kit.NewMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Assert.IsType<NotInSchedulingStage>((await kit.Scheduling.ProposeAsync(kit.Mediator.User, early, office, room, [Slot(2026, 3, 10, 10)])).Error);
        var number = await kit.ExchangedMediationAsync();
        Ok(await kit.Scheduling.AddWeeklyHoursAsync(kit.Mediator.User, DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(17, 0)));
        Ok(await kit.Scheduling.AddExceptionAsync(kit.Mediator.User, new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 17), "Cursus"));
        Assert.IsType<OutsideWeeklyHours>((await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 11, 10)])).Error);
        Assert.IsType<MediatorUnavailable>((await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 17, 10)])).Error);
        Assert.IsType<SlotInThePast>((await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 1, 10)])).Error);
        var (otherOffice, otherRoom, _) = await kit.OfficeAsync(kit.OtherMediator);
        Assert.IsType<OfficeRequired>((await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, otherOffice, otherRoom, [Slot(2026, 3, 10, 10)])).Error);
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10)]));
    }

    [Fact]
    [Trait("Rule", "M7")]
    public async Task Cancel_needs_a_reason_and_inside_the_notice_period_only_the_mediator_may_and_it_is_marked_late()
    {
        await using var kit = await StartAsync();
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10)]));
        var id = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0].Id;
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, id, true, null));
        Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, id, true, null));

        kit.Clock.SetUtcNow(Slot(2026, 3, 10, 10).Start.AddHours(-47));
        Assert.IsType<ReasonRequired>((await kit.Scheduling.CancelAsync(kit.Client.User, number, id, "")).Error);
        Assert.IsType<NoticePeriodPassed>((await kit.Scheduling.CancelAsync(kit.Client.User, number, id, "Ziek")).Error);
        Ok(await kit.Scheduling.CancelAsync(kit.Mediator.User, number, id, "Mediator ziek"));
        var session = Ok(await kit.Scheduling.ListAsync(kit.Client.User, number))[0];
        Assert.Equal(AppointmentStatus.Cancelled, session.Status);
        Assert.True(session.LateCancellation);
        var cancel = (await kit.OutboxAsync()).Where(m => m.Subject.Contains("geannuleerd")).ToList();
        Assert.Equal(3, cancel.Count);
        Assert.Equal("CANCEL", Ics.Load(cancel[0].Attachments[0].Content).Method);
    }

    [Fact]
    public async Task Reminders_go_48_hours_before_once_and_attendance_is_recorded_after_the_start()
    {
        await using var kit = await StartAsync();
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10)]));
        var id = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0].Id;
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, id, true, null));
        Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, id, true, null));
        var start = Slot(2026, 3, 10, 10).Start;

        kit.Clock.SetUtcNow(start.AddHours(-49));
        Assert.Equal(0, await kit.Scheduling.SendDueRemindersAsync());
        kit.Clock.SetUtcNow(start.AddHours(-47));
        Assert.Equal(1, await kit.Scheduling.SendDueRemindersAsync());
        Assert.Equal(0, await kit.Scheduling.SendDueRemindersAsync());
        Assert.Equal(3, (await kit.OutboxAsync()).Count(m => m.Subject.StartsWith("Herinnering")));

        var present = new Dictionary<Guid, bool>();
        var view = Ok(await kit.Mediations.GetAsync(kit.Mediator.User, number));
        foreach (var p in view.Parties) present[p.Id] = p.Name == "Klant BV";
        Assert.IsType<SessionNotYetStarted>((await kit.Scheduling.RecordAttendanceAsync(kit.Mediator.User, number, id, present)).Error);
        kit.Clock.SetUtcNow(start.AddHours(3));
        Assert.IsType<NotAllowedInMediation>((await kit.Scheduling.RecordAttendanceAsync(kit.Client.User, number, id, present)).Error);
        Ok(await kit.Scheduling.RecordAttendanceAsync(kit.Mediator.User, number, id, present));
        var session = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0];
        Assert.Equal(AppointmentStatus.NoShow, session.Status);
        Assert.Contains(session.Attendance, a => a.PartyName == "Klant BV" && a.Present);
    }

    [Fact]
    public async Task Moving_a_proposal_clears_the_answers_and_is_checked_for_double_booking()
    {
        await using var kit = await StartAsync();
        var number = await kit.ExchangedMediationAsync();
        var (office, room, room2) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10), Slot(2026, 3, 11, 10)]));
        var sessions = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number));
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, sessions[0].Id, true, null));
        Assert.IsType<DoubleBooking>((await kit.Scheduling.MoveProposalAsync(kit.Mediator.User, sessions[0].Id, Slot(2026, 3, 11, 11).Start)).Error);
        Assert.IsType<CaseNotFound>((await kit.Scheduling.MoveProposalAsync(kit.OtherMediator.User, sessions[0].Id, Slot(2026, 3, 12, 10).Start)).Error);
        Ok(await kit.Scheduling.MoveProposalAsync(kit.Mediator.User, sessions[0].Id, Slot(2026, 3, 12, 10).Start));
        var moved = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number)).Single(s => s.Id == sessions[0].Id);
        Assert.Equal(Slot(2026, 3, 12, 10).Start, moved.StartsAt);
        Assert.Empty(moved.Responses);
        var calendar = await kit.Scheduling.CalendarAsync(kit.Mediator.User, Slot(2026, 3, 1, 0).Start, Slot(2026, 4, 1, 0).Start);
        Assert.Equal(2, calendar.Count);
        Assert.Equal(new DateTime(2026, 3, 12, 10, 0, 0), calendar.Single(e => e.Id == moved.Id).Start);
    }

    [Fact]
    public async Task The_agenda_finds_the_next_session_after_an_empty_period_only_for_its_own_mediator()
    {
        await using var kit = await StartAsync();
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 18, 10), Slot(2026, 3, 11, 14)]));

        Assert.Equal(Slot(2026, 3, 11, 14).Start, await kit.Scheduling.NextSessionAsync(kit.Mediator.User, Slot(2026, 3, 9, 0).Start));
        Assert.Equal(Slot(2026, 3, 18, 10).Start, await kit.Scheduling.NextSessionAsync(kit.Mediator.User, Slot(2026, 3, 12, 0).Start));
        Assert.Null(await kit.Scheduling.NextSessionAsync(kit.Mediator.User, Slot(2026, 3, 19, 0).Start));
        Assert.Null(await kit.Scheduling.NextSessionAsync(kit.OtherMediator.User, Slot(2026, 3, 9, 0).Start));
        Assert.Null(await kit.Scheduling.NextSessionAsync(kit.Client.User, Slot(2026, 3, 9, 0).Start));
    }
}
