using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using S = AdrDesk.Domain.Mediation.MediationState;

namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>
/// Joint sessions (M5, M7): the mediator proposes slots at their office, each party accepts or declines,
/// a session is confirmed (and the domain's ScheduleSession recorded) only when both accepted. No double
/// booking of mediator or room: checked in the transaction that writes, under SQLite's write lock.
/// M3: only logistics are stored. Every change writes an audit row.
/// </summary>
public sealed class SchedulingService(
    MediationAccess access, CaseStore store, MediationMail mail, IDbContextFactory<AdrDbContext> factory,
    TimeProvider clock, IOptions<SchedulingOptions> options, ICaseEventBus events, ILogger<SchedulingService> logger)
{
    private SchedulingOptions Options => options.Value;

    public async Task<Result<IReadOnlyList<SessionView>>> ListAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        return Result<IReadOnlyList<SessionView>>.Success(await ViewsAsync(db, call.Value.Case, ct));
    }

    /// <summary>M5, M7: one or more slots at one of the mediator's offices and rooms; mailed to both parties.</summary>
    public async Task<Result<Guid>> ProposeAsync(
        ClaimsPrincipal user, string number, Guid officeId, Guid roomId, IReadOnlyList<SlotInput> slots, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        if (c.State is not (S.PositionsExchanged or S.JointSessions)) return new NotInSchedulingStage();
        if (slots.Count == 0) return new SlotRequired();
        var now = clock.GetUtcNow();
        foreach (var slot in slots)
            if (SchedulingRules.CheckSlot(slot.Start, slot.End, now) is { } invalid) return invalid;

        var recipients = await mail.RecipientsAsync(c, parties: true, mediator: false, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await BeginWriteAsync(db, ct);
        var office = await db.Set<MediatorOffice>().Include(o => o.Rooms).AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == officeId && o.MediatorId == c.MediatorId, ct);
        var room = office?.Rooms.FirstOrDefault(r => r.Id == roomId);
        if (office is null || room is null) return new OfficeRequired();
        var weekly = await db.Set<WeeklyHours>().AsNoTracking().Where(h => h.MediatorId == c.MediatorId).ToListAsync(ct);
        var off = await db.Set<AvailabilityException>().AsNoTracking().Where(h => h.MediatorId == c.MediatorId).ToListAsync(ct);

        var proposalId = Guid.NewGuid();
        var added = new List<SessionAppointment>();
        foreach (var slot in slots)
        {
            if (SchedulingRules.CheckAvailability(slot.Start, slot.End, weekly, off) is { } unavailable) return unavailable;
            var clash = await ClashAsync(db, c.MediatorId!.Value, room.Id, slot.Start, slot.End, null, added, ct);
            if (clash is not null) return clash;
            var a = new SessionAppointment
            {
                Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, ProposalId = proposalId, MediatorId = c.MediatorId!.Value,
                OfficeId = office.Id, RoomId = room.Id, Location = office.Address, RoomName = room.Name,
                StartsAt = slot.Start, EndsAt = slot.End, Status = AppointmentStatus.Proposed, CreatedAt = now,
            };
            added.Add(a);
            db.Add(a);
            await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "ProposeSession", null, nameof(AppointmentStatus.Proposed),
                $"{slot.Start:O}–{slot.End:O} @ {office.Address} ({room.Name})", ct);
        }
        db.AddRange(mail.Compose(recipients, "Mail.SessionProposed", number, now, _ => [slots.Count]));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(c, "ProposeSession");
        return proposalId;
    }

    /// <summary>M7: a party accepts or declines a slot (a decline needs a reason); the last acceptance confirms it.</summary>
    public async Task<Result> RespondAsync(
        ClaimsPrincipal user, string number, Guid appointmentId, bool accept, string? reason, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (call.Value.Party is not { } party) return new OnlyPartiesMayDoThis();
        return await RespondAsync(call.Value, party, appointmentId, accept, reason, null, null, ct);
    }

    /// <summary>
    /// The one path of a party's answer to a slot: online by the party, or from post (D21 for M) by the desk or the
    /// mediator, when <paramref name="post"/> is given (the audit detail then says so) and <paramref name="alsoSave"/>
    /// adds the scan's rows to the same transaction.
    /// </summary>
    internal async Task<Result> RespondAsync(
        MediationCall call, Domain.Cases.Party party, Guid appointmentId, bool accept, string? reason,
        Domain.Cases.PostReceipt? post, Action<AdrDbContext>? alsoSave, CancellationToken ct)
    {
        if (!accept && string.IsNullOrWhiteSpace(reason)) return new ReasonRequired();
        var c = call.Case;
        var number = c.Number.ToString();
        var now = clock.GetUtcNow();
        AppointmentStatus decided;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await using var tx = await BeginWriteAsync(db, ct);
            var a = await db.Set<SessionAppointment>().FirstOrDefaultAsync(x => x.Id == appointmentId && x.CaseNumber == number, ct);
            if (a is null) return new AppointmentNotFound();
            if (a.Status != AppointmentStatus.Proposed || a.StartsAt <= now) return new AppointmentNotOpen();
            var responses = await db.Set<SlotResponse>().Where(r => r.AppointmentId == a.Id).ToListAsync(ct);
            if (responses.Any(r => r.PartyId == party.Id)) return new AlreadyResponded();
            var response = new SlotResponse { Id = Guid.NewGuid(), AppointmentId = a.Id, PartyId = party.Id, Accepted = accept, Reason = reason?.Trim(), At = now };
            db.Add(response);
            responses.Add(response);
            decided = SchedulingRules.Decide(responses, c.Parties.Select(p => p.Id).ToList());
            if (decided == AppointmentStatus.Declined)
            {
                a.Status = AppointmentStatus.Declined;
                a.Version++;
                var to = await mail.RecipientsAsync(c, parties: false, mediator: true, ct);
                db.AddRange(mail.Compose(to, "Mail.SlotDeclined", number, now, r => [party.Name, DisplayFormat.Moment(a.StartsAt, UiLanguage.Of(r.Language)), reason!.Trim()]));
            }
            await CaseStore.AppendAuditAsync(db, c.Id, number, call.Actor, now, accept ? "AcceptSlot" : "DeclineSlot",
                nameof(AppointmentStatus.Proposed), decided.ToString(),
                $"{post?.AuditDetail(party.Name) ?? party.Name}: {a.StartsAt:O}{(accept ? "" : " — " + reason!.Trim())}", ct);
            alsoSave?.Invoke(db);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await PublishAsync(c, accept ? "AcceptSlot" : "DeclineSlot");
        return decided == AppointmentStatus.Confirmed ? await ConfirmAsync(number, appointmentId, ct) : Result.Success;
    }

    /// <summary>
    /// Both parties accepted: the domain records the joint session (M7, as the mediator who proposed it),
    /// the slot is confirmed, the other slots of the proposal are withdrawn, and every participant gets the
    /// .ics, all in one transaction through the CaseStore. Idempotent; retried when the case moved meanwhile.
    /// </summary>
    internal async Task<Result> ConfirmAsync(string number, Guid appointmentId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var loaded = await store.LoadAsync<MediationCase>(Domain.Schemes.CaseNumber.Parse(number).Value, ct);
            if (loaded.IsFailure) return loaded.AsResult();
            var c = loaded.Value;
            SessionAppointment? a;
            List<SessionAppointment> siblings;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                a = await db.Set<SessionAppointment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == appointmentId, ct);
                if (a is null || a.Status != AppointmentStatus.Proposed) return Result.Success;
                var responses = await db.Set<SlotResponse>().AsNoTracking().Where(r => r.AppointmentId == a.Id).ToListAsync(ct);
                if (SchedulingRules.Decide(responses, c.Parties.Select(p => p.Id).ToList()) != AppointmentStatus.Confirmed) return Result.Success;
                siblings = await db.Set<SessionAppointment>().AsNoTracking()
                    .Where(x => x.ProposalId == a.ProposalId && x.Id != a.Id && x.Status == AppointmentStatus.Proposed).ToListAsync(ct);
            }
            var version = c.Version;
            var mediator = new Actor(c.MediatorId ?? Guid.Empty, c.MediatorName ?? "", Role.Mediator);
            var scheduled = c.ScheduleSession(mediator, clock, a.StartsAt, a.DurationMinutes, a.Location);
            if (scheduled.IsFailure) return scheduled;
            var now = clock.GetUtcNow();
            var people = await mail.RecipientsAsync(c, ct: ct);
            var changed = new List<(SessionAppointment Row, int Was)> { (a, a.Version) };
            a.Status = AppointmentStatus.Confirmed;
            a.ConfirmedAt = now;
            a.Sequence++;
            foreach (var s in siblings)
            {
                changed.Add((s, s.Version));
                s.Status = AppointmentStatus.Withdrawn;
                s.Sequence++;
            }
            var ics = IcsFor(a, c, people, now);
            var mails = mail.Compose(people, "Mail.SessionConfirmed", number, now,
                r => [DisplayFormat.Moment(a.StartsAt, UiLanguage.Of(r.Language)), a.Location, a.RoomName], _ => (FileName(a), IcsWriter.ContentType, IcsWriter.Bytes(ics))).ToList();
            var saved = await store.SaveAsync(c, version, db =>
            {
                foreach (var (row, was) in changed) MarkModified(db, row, was);
                db.AddRange(mails);
            }, ct);
            if (saved.IsSuccess) return saved;
            if (saved.Error is not CaseChangedBySomeoneElse) return saved;
            logger.LogInformation("Confirming session {Id} of {Case}: case changed meanwhile, retrying", appointmentId, number);
        }
        return new CaseChangedBySomeoneElse();
    }

    /// <summary>Drag in the calendar: a proposal (not yet confirmed) moves; answers given so far are cleared and the parties told.</summary>
    public async Task<Result> MoveProposalAsync(ClaimsPrincipal user, Guid appointmentId, DateTimeOffset newStart, CancellationToken ct = default)
    {
        string? number;
        await using (var read = await factory.CreateDbContextAsync(ct))
            number = await read.Set<SessionAppointment>().Where(x => x.Id == appointmentId).Select(x => x.CaseNumber).FirstOrDefaultAsync(ct);
        if (number is null) return new AppointmentNotFound();
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        var now = clock.GetUtcNow();
        var recipients = await mail.RecipientsAsync(c, parties: true, mediator: false, ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await BeginWriteAsync(db, ct);
        var a = await db.Set<SessionAppointment>().FirstOrDefaultAsync(x => x.Id == appointmentId, ct);
        if (a is null) return new AppointmentNotFound();
        if (a.Status != AppointmentStatus.Proposed) return new AppointmentNotOpen();
        var newEnd = newStart + (a.EndsAt - a.StartsAt);
        if (SchedulingRules.CheckSlot(newStart, newEnd, now) is { } invalid) return invalid;
        var weekly = await db.Set<WeeklyHours>().AsNoTracking().Where(h => h.MediatorId == a.MediatorId).ToListAsync(ct);
        var off = await db.Set<AvailabilityException>().AsNoTracking().Where(h => h.MediatorId == a.MediatorId).ToListAsync(ct);
        if (SchedulingRules.CheckAvailability(newStart, newEnd, weekly, off) is { } unavailable) return unavailable;
        if (await ClashAsync(db, a.MediatorId, a.RoomId, newStart, newEnd, a.Id, [], ct) is { } clash) return clash;
        var before = a.StartsAt;
        (a.StartsAt, a.EndsAt) = (newStart, newEnd);
        a.Sequence++;
        a.Version++;
        await db.Set<SlotResponse>().Where(r => r.AppointmentId == a.Id).ExecuteDeleteAsync(ct);
        await CaseStore.AppendAuditAsync(db, a.CaseId, number, call.Value.Actor, now, "MoveProposal", before.ToString("O"), newStart.ToString("O"), a.Location, ct);
        db.AddRange(mail.Compose(recipients, "Mail.ProposalMoved", number, now, r => [DisplayFormat.Moment(before, UiLanguage.Of(r.Language)), DisplayFormat.Moment(newStart, UiLanguage.Of(r.Language))]));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(c, "MoveProposal");
        return Result.Success;
    }

    /// <summary>Cancel with a reason. A party only outside the notice period; the mediator always (marked late inside it). Everyone gets a CANCEL .ics.</summary>
    public async Task<Result> CancelAsync(ClaimsPrincipal user, string number, Guid appointmentId, string reason, CancellationToken ct = default)
    {
        if (FieldLimits.Check(reason, FieldLimits.SessionCancelReason) is { IsFailure: true } tooLong) return tooLong;
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator && !call.Value.IsParty) return new NotAllowedInMediation();
        if (string.IsNullOrWhiteSpace(reason)) return new ReasonRequired();
        var c = call.Value.Case;
        var now = clock.GetUtcNow();
        var people = await mail.RecipientsAsync(c, ct: ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await BeginWriteAsync(db, ct);
        var a = await db.Set<SessionAppointment>().FirstOrDefaultAsync(x => x.Id == appointmentId && x.CaseNumber == number, ct);
        if (a is null) return new AppointmentNotFound();
        if (!a.BlocksCalendar || a.StartsAt <= now) return new AppointmentNotOpen();
        var late = SchedulingRules.WithinNotice(a.StartsAt, now, Options.NoticePeriod);
        if (late && !call.Value.IsMediator) return new NoticePeriodPassed((int)Options.NoticePeriod.TotalHours);
        var before = a.Status;
        a.Status = AppointmentStatus.Cancelled;
        a.CancelReason = reason.Trim();
        a.CancelledAt = now;
        a.LateCancellation = late;
        a.Sequence++;
        a.Version++;
        await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "CancelSession", before.ToString(), a.Status.ToString(),
            $"{a.StartsAt:O}: {a.CancelReason}{(late ? " (binnen opzegtermijn)" : "")}", ct);
        if (before == AppointmentStatus.Confirmed)
        {
            var ics = IcsFor(a, c, people, now) with { Cancelled = true };
            db.AddRange(mail.Compose(people, "Mail.SessionCancelled", number, now, r => [DisplayFormat.Moment(a.StartsAt, UiLanguage.Of(r.Language)), a.CancelReason],
                _ => (FileName(a), IcsWriter.ContentType, IcsWriter.Bytes(ics))));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(c, "CancelSession");
        return Result.Success;
    }

    /// <summary>Reschedule: the session is cancelled with the reason and new slots are proposed, in that order.</summary>
    public async Task<Result<Guid>> RescheduleAsync(
        ClaimsPrincipal user, string number, Guid appointmentId, string reason, Guid officeId, Guid roomId, IReadOnlyList<SlotInput> slots, CancellationToken ct = default)
    {
        var cancelled = await CancelAsync(user, number, appointmentId, reason, ct);
        return cancelled.IsFailure ? cancelled.Error! : await ProposeAsync(user, number, officeId, roomId, slots, ct);
    }

    /// <summary>M3: after the start the mediator records who was there: held, or a no-show. Nothing about what was said.</summary>
    public async Task<Result> RecordAttendanceAsync(
        ClaimsPrincipal user, string number, Guid appointmentId, IReadOnlyDictionary<Guid, bool> present, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await BeginWriteAsync(db, ct);
        var a = await db.Set<SessionAppointment>().FirstOrDefaultAsync(x => x.Id == appointmentId && x.CaseNumber == number, ct);
        if (a is null) return new AppointmentNotFound();
        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.Held or AppointmentStatus.NoShow)) return new AppointmentNotOpen();
        if (a.StartsAt > now) return new SessionNotYetStarted();
        await db.Set<SessionAttendance>().Where(x => x.AppointmentId == a.Id).ExecuteDeleteAsync(ct);
        foreach (var party in c.Parties)
            db.Add(new SessionAttendance { Id = Guid.NewGuid(), AppointmentId = a.Id, PartyId = party.Id, Present = present.GetValueOrDefault(party.Id) });
        var before = a.Status;
        a.Status = c.Parties.All(p => present.GetValueOrDefault(p.Id)) ? AppointmentStatus.Held : AppointmentStatus.NoShow;
        a.Version++;
        await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "RecordAttendance", before.ToString(), a.Status.ToString(),
            string.Join(", ", c.Parties.Select(p => $"{p.Name}: {(present.GetValueOrDefault(p.Id) ? "aanwezig" : "afwezig")}")), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(c, "RecordAttendance");
        return Result.Success;
    }

    /// <summary>The .ics of a session for one of its participants (RFC 5545, Europe/Amsterdam).</summary>
    public async Task<Result<(string FileName, byte[] Content)>> IcsAsync(ClaimsPrincipal user, string number, Guid appointmentId, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await db.Set<SessionAppointment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == appointmentId && x.CaseNumber == number, ct);
        if (a is null) return new AppointmentNotFound();
        var people = await mail.RecipientsAsync(call.Value.Case, ct: ct);
        var ics = IcsFor(a, call.Value.Case, people, clock.GetUtcNow()) with
        {
            Cancelled = a.Status == AppointmentStatus.Cancelled, Tentative = a.Status == AppointmentStatus.Proposed,
        };
        return (FileName(a), IcsWriter.Bytes(ics));
    }

    /// <summary>The signed-in mediator's sessions between two instants, for the calendar (one indexed query).</summary>
    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(ClaimsPrincipal user, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<SessionAppointment>().AsNoTracking()
            .Where(a => a.MediatorId == actor.UserId && a.StartsAt < to && a.EndsAt > from
                && (a.Status == AppointmentStatus.Proposed || a.Status == AppointmentStatus.Confirmed
                    || a.Status == AppointmentStatus.Held || a.Status == AppointmentStatus.NoShow))
            .OrderBy(a => a.StartsAt)
            .Select(a => new { a.Id, a.CaseNumber, a.StartsAt, a.EndsAt, a.Status, a.RoomName })
            .ToListAsync(ct);
        return rows.Select(a => new CalendarEntry
        {
            Id = a.Id, CaseNumber = a.CaseNumber, Start = AmsterdamTime.Local(a.StartsAt), End = AmsterdamTime.Local(a.EndsAt),
            Status = a.Status, Text = $"{a.CaseNumber} · {a.RoomName}",
        }).ToList();
    }

    /// <summary>
    /// The start of the mediator's first proposed or confirmed session after <paramref name="after"/>, or null: the agenda offers to
    /// jump there when the period in view is empty (a new week otherwise shows an empty calendar with no hint where the work is).
    /// </summary>
    public async Task<DateTimeOffset?> NextSessionAsync(ClaimsPrincipal user, DateTimeOffset after, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<SessionAppointment>().AsNoTracking()
            .Where(a => a.MediatorId == actor.UserId && a.StartsAt >= after
                && (a.Status == AppointmentStatus.Proposed || a.Status == AppointmentStatus.Confirmed))
            .OrderBy(a => a.StartsAt)
            .Select(a => (DateTimeOffset?)a.StartsAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Issue 8: reminders 48 h before, once: the flag and the mails are written in one transaction.</summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Options.ReminderBefore;
        List<SessionAppointment> due;
        await using (var read = await factory.CreateDbContextAsync(ct))
        {
            due = await read.Set<SessionAppointment>().AsNoTracking()
                .Where(a => a.Status == AppointmentStatus.Confirmed && a.ReminderSentAt == null && a.StartsAt > now && a.StartsAt <= horizon)
                .OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
                .Take(200).ToListAsync(ct);
        }
        var sent = 0;
        foreach (var a in due.Where(a => SchedulingRules.ReminderDue(a, now, Options.ReminderBefore)))
        {
            var loaded = await store.LoadAsync<MediationCase>(Domain.Schemes.CaseNumber.Parse(a.CaseNumber).Value, ct);
            if (loaded.IsFailure) continue;
            var people = await mail.RecipientsAsync(loaded.Value, ct: ct);
            await using var db = await factory.CreateDbContextAsync(ct);
            var was = a.Version;
            a.ReminderSentAt = now;
            MarkModified(db, a, was);
            var ics = IcsFor(a, loaded.Value, people, now);
            db.AddRange(mail.Compose(people, "Mail.SessionReminder", a.CaseNumber, now, r => [DisplayFormat.Moment(a.StartsAt, UiLanguage.Of(r.Language)), a.Location, a.RoomName],
                _ => (FileName(a), IcsWriter.ContentType, IcsWriter.Bytes(ics))));
            try
            {
                await db.SaveChangesAsync(ct);
                sent++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else sent it or changed the session meanwhile: the next round decides again.
            }
        }
        return sent;
    }

    // ---- availability and offices (the signed-in mediator's own) ----

    public async Task<AvailabilityView> AvailabilityAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return new([], [], []);
        await using var db = await factory.CreateDbContextAsync(ct);
        return new AvailabilityView(
            await db.Set<MediatorOffice>().AsNoTracking().Include(o => o.Rooms).Where(o => o.MediatorId == actor.UserId).OrderBy(o => o.Name).ToListAsync(ct),
            (await db.Set<WeeklyHours>().AsNoTracking().Where(h => h.MediatorId == actor.UserId).ToListAsync(ct)).OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.From).ToList(),
            await db.Set<AvailabilityException>().AsNoTracking().Where(h => h.MediatorId == actor.UserId).OrderBy(h => h.FromDate).ToListAsync(ct));
    }

    /// <summary>M5: an office with its rooms (comma-separated names; at least one).</summary>
    public async Task<Result<Guid>> AddOfficeAsync(ClaimsPrincipal user, OfficeInput input, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return new NotAllowedInMediation();
        var rooms = input.Rooms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (new[] { input.Name, input.Street, input.PostalCode, input.City }.Any(string.IsNullOrWhiteSpace) || rooms.Length == 0) return new OfficeRequired();
        var office = new MediatorOffice
        {
            Id = Guid.NewGuid(), MediatorId = actor.UserId, Name = input.Name.Trim(), Street = input.Street.Trim(),
            PostalCode = input.PostalCode.Trim(), City = input.City.Trim(),
        };
        office.Rooms.AddRange(rooms.Select(r => new OfficeRoom { Id = Guid.NewGuid(), OfficeId = office.Id, Name = r }));
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(office);
        await db.SaveChangesAsync(ct);
        return office.Id;
    }

    public async Task<Result> AddWeeklyHoursAsync(ClaimsPrincipal user, DayOfWeek day, TimeOnly from, TimeOnly to, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return new NotAllowedInMediation();
        if (to <= from) return new SlotLengthInvalid();
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(new WeeklyHours { Id = Guid.NewGuid(), MediatorId = actor.UserId, Day = day, From = from, To = to });
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    public async Task<Result> AddExceptionAsync(ClaimsPrincipal user, DateOnly from, DateOnly to, string label, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return new NotAllowedInMediation();
        if (to < from || string.IsNullOrWhiteSpace(label)) return new ReasonRequired();
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Add(new AvailabilityException { Id = Guid.NewGuid(), MediatorId = actor.UserId, FromDate = from, ToDate = to, Label = label.Trim() });
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    public async Task<Result> RemoveAvailabilityAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.Mediator } actor) return new NotAllowedInMediation();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<WeeklyHours>().Where(h => h.Id == id && h.MediatorId == actor.UserId).ExecuteDeleteAsync(ct);
        await db.Set<AvailabilityException>().Where(h => h.Id == id && h.MediatorId == actor.UserId).ExecuteDeleteAsync(ct);
        return Result.Success;
    }

    // ---- helpers ----

    /// <summary>After the commit, like the CaseStore: open pages of this case reload.</summary>
    private Task PublishAsync(MediationCase c, string kind) =>
        events.PublishAsync([new AdrDesk.Domain.Cases.CaseEvent(c.Number, kind, c.StateName)]);

    /// <summary>
    /// BEGIN IMMEDIATE: the write lock is taken before the double-booking check reads, so two bookings cannot both pass it.
    /// PostgreSQL has no database write lock: there the transaction takes the scheduling advisory lock first (held to
    /// commit), which serialises bookings the same way.
    /// </summary>
    private static async Task<System.Data.Common.DbTransaction> BeginWriteAsync(AdrDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.IsPostgres())
        {
            var pg = await db.Database.BeginTransactionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = pg.GetDbTransaction();
            command.CommandText = $"SELECT pg_advisory_xact_lock({SchedulingLockKey})";
            await command.ExecuteNonQueryAsync(ct);
            return pg.GetDbTransaction();
        }
        var tx = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
        await db.Database.UseTransactionAsync(tx, ct);
        return tx;
    }

    /// <summary>The advisory lock of mediation bookings on PostgreSQL (one number for the whole database).</summary>
    private const long SchedulingLockKey = 17_170_002;

    private static async Task<DomainError?> ClashAsync(
        AdrDbContext db, Guid mediatorId, Guid roomId, DateTimeOffset start, DateTimeOffset end, Guid? ignoring,
        IReadOnlyList<SessionAppointment> pending, CancellationToken ct)
    {
        var near = await db.Set<SessionAppointment>().AsNoTracking()
            .Where(a => (a.MediatorId == mediatorId || a.RoomId == roomId) && a.StartsAt < end && a.EndsAt > start
                && (a.Status == AppointmentStatus.Proposed || a.Status == AppointmentStatus.Confirmed))
            .ToListAsync(ct);
        var clash = SchedulingRules.Clash(near.Concat(pending), mediatorId, roomId, start, end, ignoring);
        if (clash is null) return null;
        return new DoubleBooking(clash.StartsAt, clash.MediatorId == mediatorId ? "de mediator" : $"ruimte {clash.RoomName}");
    }

    private static void MarkModified(AdrDbContext db, SessionAppointment row, int was)
    {
        row.Version = was + 1;
        var entry = db.Entry(row);
        entry.State = EntityState.Modified;
        entry.Property(x => x.Version).OriginalValue = was;
    }

    private static string FileName(SessionAppointment a) => $"{a.CaseNumber}-sessie-{AmsterdamTime.Local(a.StartsAt):yyyyMMdd-HHmm}.ics".ToLowerInvariant();

    private static IcsEvent IcsFor(SessionAppointment a, MediationCase c, IReadOnlyList<MediationRecipient> people, DateTimeOffset now)
    {
        var mediator = people.FirstOrDefault(p => p.PartyId is null);
        return new IcsEvent(a.IcsUid, a.Sequence, now, a.StartsAt, a.EndsAt,
            $"Mediation {c.Number} – gezamenlijke sessie", $"{a.Location} ({a.RoomName})",
            "Vertrouwelijke mediationsessie: er worden geen aantekeningen of opnamen gemaakt.",
            new IcsPerson(mediator?.Name ?? c.MediatorName ?? "Mediator", mediator?.Email ?? "mediation@adrdesk.nl"),
            people.Where(p => p.PartyId is not null).Select(p => new IcsPerson(p.Name, p.Email)).ToList());
    }

    private static async Task<IReadOnlyList<SessionView>> ViewsAsync(AdrDbContext db, MediationCase c, CancellationToken ct)
    {
        var number = c.Number.ToString();
        var rows = await db.Set<SessionAppointment>().AsNoTracking().Where(a => a.CaseNumber == number).OrderBy(a => a.StartsAt).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var responses = await db.Set<SlotResponse>().AsNoTracking().Where(r => ids.Contains(r.AppointmentId)).ToListAsync(ct);
        var attendance = await db.Set<SessionAttendance>().AsNoTracking().Where(r => ids.Contains(r.AppointmentId)).ToListAsync(ct);
        string Name(Guid party) => c.FindParty(party)?.Name ?? "";
        return rows.Select(a => new SessionView(a.Id, a.ProposalId, a.StartsAt, a.EndsAt, a.Location, a.RoomName, a.Status, a.CancelReason, a.LateCancellation,
            responses.Where(r => r.AppointmentId == a.Id).Select(r => new ResponseView(r.PartyId, Name(r.PartyId), r.Accepted, r.Reason, r.At)).ToList(),
            attendance.Where(r => r.AppointmentId == a.Id).Select(r => new AttendanceView(r.PartyId, Name(r.PartyId), r.Present)).ToList())).ToList();
    }
}
