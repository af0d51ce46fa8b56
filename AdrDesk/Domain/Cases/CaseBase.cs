using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// What every case shares, whatever its scheme: number, parties, deadlines, the concurrency
/// <see cref="Version"/>, and the audit entries and events a command produced, which the
/// persistence layer saves in the same transaction and then clears.
/// </summary>
public abstract class CaseBase
{
    private readonly List<Party> _parties = [];
    private readonly List<Deadline> _deadlines = [];
    private readonly List<AuditEntry> _pendingAudit = [];
    private readonly List<CaseEvent> _pendingEvents = [];

    protected CaseBase() { }

    protected CaseBase(CaseNumber number, IEnumerable<Party> parties, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        Number = number;
        Scheme = number.Scheme;
        CreatedAt = createdAt;
        _parties.AddRange(parties);
    }

    public Guid Id { get; private set; }
    public CaseNumber Number { get; private set; }
    public Scheme Scheme { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Optimistic-concurrency token: every successful command increments it exactly once.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Party> Parties => _parties;
    public IReadOnlyList<Deadline> Deadlines => _deadlines;
    public IReadOnlyList<AuditEntry> PendingAudit => _pendingAudit;
    public IReadOnlyList<CaseEvent> PendingEvents => _pendingEvents;

    public abstract string StateName { get; }

    public void ClearPending()
    {
        _pendingAudit.Clear();
        _pendingEvents.Clear();
    }

    public Party? PartyOf(Actor actor) => _parties.FirstOrDefault(p => p.IsActedOnBy(actor));

    public Party? FindParty(Guid partyId) => _parties.FirstOrDefault(p => p.Id == partyId);

    /// <summary>
    /// Issue 14 (D9): the person who accepted the desk's invitation becomes the account of a party that had none
    /// (the consumer a webshop's filing names). The actor is the invited person; the audit names the party.
    /// </summary>
    public Result AttachAccount(Actor actor, DateTimeOffset at, Guid partyId)
    {
        if (FindParty(partyId) is not { } party) return new UnknownParty(partyId);
        if (party.UserId is not null) return new PartyAlreadyHasAccount(party.Name);
        party.AttachAccount(actor.UserId);
        Version++;
        Audit(actor, at, "AttachAccount", null, party.Name, null);
        RaiseEvent("AttachAccount");
        return Result.Success;
    }

    public Deadline? OpenDeadline(DeadlineKind kind) => _deadlines.FirstOrDefault(d => d.Kind == kind && d.IsOpen);

    /// <summary>Resource check after the role check: a party must be this case's party, an assessor or mediator must handle it.</summary>
    protected Result Authorize(Actor actor)
    {
        if (actor.Role.IsParty() && PartyOf(actor) is null) return new NotAPartyToThisCase();
        if (actor.Role is Role.Assessor or Role.Mediator && !IsHandledBy(actor)) return new NotHandlingThisCase(actor.Role);
        return Result.Success;
    }

    protected virtual bool IsHandledBy(Actor actor) => false;

    protected Result<TState> Check<TState, TTrigger>(TransitionTable<TState, TTrigger> table, TState from, TTrigger trigger, Actor actor)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var to = table.Check(from, trigger, actor.Role);
        if (to.IsFailure) return to;
        var authorized = Authorize(actor);
        return authorized.IsFailure ? authorized.Error! : to;
    }

    /// <summary>Ends a successful command: one version step, one event; the transition itself is audited.</summary>
    protected Result Commit(Actor actor, DateTimeOffset at, string trigger, string before, string after, string? detail)
    {
        Version++;
        Audit(actor, at, trigger, before, after, detail);
        _pendingEvents.Add(new CaseEvent(Number, trigger, after));
        return Result.Success;
    }

    protected void Audit(Actor actor, DateTimeOffset at, string action, string? before, string? after, string? detail) =>
        _pendingAudit.Add(new AuditEntry(
            Guid.NewGuid(), Id, Number.ToString(), actor.UserId, actor.DisplayName, actor.Role, at, action, before, after, detail,
            actor.ForPartyId is { } party ? FindParty(party)?.Name ?? actor.ForName : actor.ForName));

    protected void RaiseEvent(string kind) => _pendingEvents.Add(new CaseEvent(Number, kind, StateName));

    protected Deadline StartDeadline(Actor actor, Deadline deadline)
    {
        _deadlines.Add(deadline);
        Audit(actor, deadline.StartedAt, $"DeadlineStarted:{deadline.Kind}", null, deadline.DueAt.ToString("O"), deadline.Binds.ToString());
        return deadline;
    }

    protected void CloseDeadline(Actor actor, Deadline? deadline, DateTimeOffset at)
    {
        if (deadline is not { IsOpen: true }) return;
        deadline.Close(at);
        Audit(actor, at, $"DeadlineClosed:{deadline.Kind}", "Open", deadline.Status.ToString(), deadline.DueAt.ToString("O"));
    }

    protected void ExtendDeadline(Actor actor, Deadline deadline, DateTimeOffset newDue, string reason, DateTimeOffset at)
    {
        var before = deadline.DueAt.ToString("O");
        deadline.Extend(newDue, reason);
        Audit(actor, at, $"DeadlineExtended:{deadline.Kind}", before, newDue.ToString("O"), reason);
    }

    protected void PauseDeadline(Actor actor, Deadline? deadline, DateTimeOffset at)
    {
        if (deadline is not { IsOpen: true }) return;
        deadline.Pause(at);
        Audit(actor, at, $"DeadlinePaused:{deadline.Kind}", "Open", "Paused", deadline.DueAt.ToString("O"));
    }

    protected void ResumeDeadline(Actor actor, DeadlineKind kind, DateTimeOffset at)
    {
        if (_deadlines.FirstOrDefault(d => d.Kind == kind && d.IsPaused) is not { } deadline) return;
        deadline.Resume(at);
        Audit(actor, at, $"DeadlineResumed:{deadline.Kind}", "Paused", "Open", deadline.DueAt.ToString("O"));
    }

    /// <summary>A paused term of this kind (e.g. the D26 screening term while the consumer's consent is awaited).</summary>
    public Deadline? PausedDeadline(DeadlineKind kind) => _deadlines.FirstOrDefault(d => d.Kind == kind && d.IsPaused);

    /// <summary>
    /// Retention: an ended case's data is kept for its scheme's term (<see cref="RetentionTerms"/>), then erased. Started once,
    /// on the first end state; the desk's housekeeping, binding no party.
    /// </summary>
    protected void StartRetention(Actor actor, DateTimeOffset at, CalendarPeriod term)
    {
        if (OpenDeadline(DeadlineKind.Retention) is null) StartDeadline(actor, Deadline.Start(DeadlineKind.Retention, DeadlineBinds.Desk, at, term));
    }

    /// <summary>
    /// Retention for a case that ended before retention terms existed (issue 19 item 7): its term is started once, counted
    /// from when it ended (<paramref name="endedAt"/>, read from its audit trail), by the system; the audit entry says
    /// when that was done (<paramref name="now"/>) and from when the term runs. Refused (<see cref="NoRetentionToStart"/>)
    /// when the case has not ended, has ever had a retention term, or the end lies in the future.
    /// </summary>
    protected Result StartRetentionAfterTheFact(Actor actor, bool ended, DateTimeOffset endedAt, DateTimeOffset now, CalendarPeriod term)
    {
        if (actor.Role != Role.System || !ended || endedAt > now || _deadlines.Any(d => d.Kind == DeadlineKind.Retention))
            return new NoRetentionToStart();
        var deadline = Deadline.Start(DeadlineKind.Retention, DeadlineBinds.Desk, endedAt, term);
        _deadlines.Add(deadline);
        Version++;
        Audit(actor, now, $"DeadlineStarted:{deadline.Kind}", null, deadline.DueAt.ToString("O"), $"{deadline.Binds} {endedAt:O}");
        RaiseEvent($"DeadlineStarted:{deadline.Kind}");
        return Result.Success;
    }

    /// <summary>Closes the retention term if it has passed; otherwise <see cref="BindingRuling.RetentionNotExpired"/> (the data stays).</summary>
    protected Result EndRetention(Actor actor, DateTimeOffset now)
    {
        if (OpenDeadline(DeadlineKind.Retention) is not { } term || now < term.DueAt) return new BindingRuling.RetentionNotExpired();
        CloseDeadline(actor, term, now);
        return Result.Success;
    }

    /// <summary>When a procedure stops, its running terms no longer bind anyone (except retention, D24).</summary>
    protected void CancelOpenDeadlines(Actor actor, DateTimeOffset at)
    {
        foreach (var deadline in _deadlines.Where(d => (d.IsOpen || d.IsPaused) && d.Kind != DeadlineKind.Retention))
        {
            deadline.Cancel(at);
            Audit(actor, at, $"DeadlineCancelled:{deadline.Kind}", "Open", "Cancelled", null);
        }
    }
}
