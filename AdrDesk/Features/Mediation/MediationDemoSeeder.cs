using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation;

/// <summary>
/// Demo data for the mediator (issue 8): the office with two rooms, weekly hours and a holiday; a session row
/// for every joint session the case seeder scheduled through the domain; in the mediation in joint sessions a
/// held session, two more confirmed ones and an open follow-up proposal (one slot accepted by the webshop); in
/// the mediation with exchanged positions a declined slot and a new proposal: so the demo mediator finds a
/// filled calendar and dashboard (the demo bemiddelingen are the case seeder's). Cases go through the domain commands and the
/// <see cref="CaseStore"/> on a clock set back in time; session rows are audited like the scheduling service's.
/// Runs once (when the demo mediator has no office yet), after the case seeder.
/// </summary>
public sealed class MediationDemoSeeder(IDbContextFactory<AdrDbContext> factory, TimeProvider clock, ILogger<MediationDemoSeeder> logger) : IDemoSeeder
{
    public const string OfficeName = "Smit Mediation";

    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var mediator = await users.FindByEmailAsync("mediator@demo.adrdesk.nl");
        if (mediator is null) return;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            if (await db.Set<MediatorOffice>().AnyAsync(o => o.MediatorId == mediator.Id, cancellationToken)) return;

        var now = clock.GetUtcNow();
        var office = new MediatorOffice
        {
            Id = Guid.NewGuid(), MediatorId = mediator.Id, Name = OfficeName, Street = "Herengracht 420", PostalCode = "1017 BZ", City = "Amsterdam",
            Rooms = [new OfficeRoom { Id = Guid.NewGuid(), Name = "Spreekkamer Amstel" }, new OfficeRoom { Id = Guid.NewGuid(), Name = "Spreekkamer IJ" }],
        };
        var today = AmsterdamCalendar.DateOf(now);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            db.Add(office);
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
                db.Add(new WeeklyHours { Id = Guid.NewGuid(), MediatorId = mediator.Id, Day = day, From = new TimeOnly(9, 0), To = new TimeOnly(18, 0) });
            db.Add(new AvailabilityException
            {
                Id = Guid.NewGuid(), MediatorId = mediator.Id, FromDate = new DateOnly(today.Year, 12, 24), ToDate = new DateOnly(today.Year + 1, 1, 1), Label = "Kerstvakantie",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var seedClock = new SeedClock(now);
        var store = new CaseStore(factory, services.GetRequiredService<ICaseEventBus>(), services.GetRequiredService<OutboxSignal>(), seedClock,
            services.GetRequiredService<ILogger<CaseStore>>());
        var mediatorActor = new Actor(mediator.Id, mediator.DisplayName, Role.Mediator);
        var amstel = office.Rooms[0];
        var ij = office.Rooms[1];

        // 1. The joint sessions the case seeder scheduled through the domain get their session rows (held when past).
        List<MediationCase> existing;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            existing = await db.Set<MediationCase>().AsNoTracking().AsSplitQuery().Where(c => c.MediatorId == mediator.Id).ToListAsync(cancellationToken);
        foreach (var c in existing)
            foreach (var s in c.Sessions)
                await AddAsync(c, office, amstel, s.StartsAt, s.DurationMinutes, s.StartsAt < now ? AppointmentStatus.Held : AppointmentStatus.Confirmed, mediatorActor,
                    Min(now, s.StartsAt - TimeSpan.FromDays(2)), [], cancellationToken);

        // 2. The mediation in joint sessions (M7) gets an earlier session, held, and two more confirmed ones, all
        //    through the domain; then an open proposal for a follow-up, of which the webshop accepted one slot.
        if (existing.FirstOrDefault(c => c.State == MediationState.JointSessions) is { } joint)
        {
            var c = (await store.LoadAsync<MediationCase>(joint.Number, cancellationToken)).Value;
            var held = Weekday(today.AddDays(-9), 10);
            var later = new[] { (held, amstel, held.AddDays(-4)), (Weekday(today.AddDays(12), 14), ij, now), (Weekday(today.AddDays(19), 10), amstel, now) };
            foreach (var (start, room, at) in later)
            {
                seedClock.Now = at;
                var version = c.Version;
                var acted = c.ScheduleSession(mediatorActor, seedClock, start, 120, office.Address);
                if (acted.IsFailure) throw new InvalidOperationException($"Demo mediation {c.Number}: {acted.Error!.Code}");
                var saved = await store.SaveAsync(c, version, cancellationToken: cancellationToken);
                if (saved.IsFailure) throw new InvalidOperationException($"Demo mediation {c.Number}: {saved.Error!.Code}");
                await AddAsync(c, office, room, start, 120, start < now ? AppointmentStatus.Held : AppointmentStatus.Confirmed, mediatorActor, at, [], cancellationToken);
            }
            var proposal = Guid.NewGuid();
            await AddAsync(c, office, ij, Weekday(today.AddDays(8), 15), 90, AppointmentStatus.Proposed, mediatorActor, now, [(c.Parties[0], true, null)], cancellationToken, proposal);
            await AddAsync(c, office, ij, Weekday(today.AddDays(9), 15), 90, AppointmentStatus.Proposed, mediatorActor, now, [], cancellationToken, proposal);
        }

        // 3. The mediation whose positions were exchanged: a first slot declined with a reason, a new proposal open.
        if (existing.FirstOrDefault(c => c.State == MediationState.PositionsExchanged) is { } exchanged)
        {
            await AddAsync(exchanged, office, amstel, Weekday(today.AddDays(3), 16), 90, AppointmentStatus.Declined, mediatorActor, now - TimeSpan.FromDays(2),
                [(exchanged.Parties[0], true, null), (exchanged.Parties[1], false, "Dan zijn wij op een vakbeurs.")], cancellationToken);
            var proposal = Guid.NewGuid();
            await AddAsync(exchanged, office, amstel, Weekday(today.AddDays(11), 11), 120, AppointmentStatus.Proposed, mediatorActor, now, [(exchanged.Parties[0], true, null)], cancellationToken, proposal);
            await AddAsync(exchanged, office, amstel, Weekday(today.AddDays(13), 11), 120, AppointmentStatus.Proposed, mediatorActor, now, [], cancellationToken, proposal);
        }
        logger.LogInformation("Demo mediation agenda seeded: office {Office}, sessions and proposals", office.Address);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>That day (or the Monday after a weekend) at the hour, Amsterdam time.</summary>
    private static DateTimeOffset Weekday(DateOnly day, int hour)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return AmsterdamTime.Instant(day.ToDateTime(new TimeOnly(hour, 0)));
    }

    /// <summary>One session row with the parties' answers, audited as the scheduling service audits it.</summary>
    private async Task AddAsync(
        MediationCase c, MediatorOffice office, OfficeRoom room, DateTimeOffset start, int minutes, AppointmentStatus status, Actor mediator,
        DateTimeOffset at, IReadOnlyList<(Party Party, bool Accepted, string? Reason)> answers, CancellationToken ct, Guid? proposalId = null)
    {
        var number = c.Number.ToString();
        var agreed = status is AppointmentStatus.Confirmed or AppointmentStatus.Held;
        var a = new SessionAppointment
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, ProposalId = proposalId ?? Guid.NewGuid(), MediatorId = mediator.UserId,
            OfficeId = office.Id, RoomId = room.Id, Location = office.Address, RoomName = room.Name, StartsAt = start, EndsAt = start.AddMinutes(minutes),
            Status = status, CreatedAt = at, ConfirmedAt = agreed ? at : null, Sequence = agreed ? 1 : 0,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(a);
        await CaseStore.AppendAuditAsync(db, c.Id, number, mediator, at, "ProposeSession", null, nameof(AppointmentStatus.Proposed),
            $"{a.StartsAt:O}–{a.EndsAt:O} @ {a.Location} ({a.RoomName})", ct);
        var given = agreed ? c.Parties.Select(p => (p, true, (string?)null)).ToList() : answers.ToList();
        foreach (var (party, accepted, reason) in given)
        {
            db.Add(new SlotResponse { Id = Guid.NewGuid(), AppointmentId = a.Id, PartyId = party.Id, Accepted = accepted, Reason = reason, At = at });
            var actor = new Actor(party.UserId ?? Guid.Empty, party.Name, Role.Business);
            await CaseStore.AppendAuditAsync(db, c.Id, number, actor, at, accepted ? "AcceptSlot" : "DeclineSlot", nameof(AppointmentStatus.Proposed),
                accepted ? nameof(AppointmentStatus.Proposed) : nameof(AppointmentStatus.Declined), $"{party.Name}: {a.StartsAt:O}{(reason is null ? "" : " — " + reason)}", ct);
        }
        if (status == AppointmentStatus.Held)
        {
            foreach (var party in c.Parties)
                db.Add(new SessionAttendance { Id = Guid.NewGuid(), AppointmentId = a.Id, PartyId = party.Id, Present = true });
            await CaseStore.AppendAuditAsync(db, c.Id, number, mediator, a.EndsAt, "RecordAttendance", nameof(AppointmentStatus.Confirmed), nameof(AppointmentStatus.Held), null, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
