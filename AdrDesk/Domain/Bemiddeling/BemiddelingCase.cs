using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using T = AdrDesk.Domain.Bemiddeling.BemiddelingTrigger;

namespace AdrDesk.Domain.Bemiddeling;

/// <summary>
/// A free, informal consumer bemiddeling (B rules): the consumer registers, the desk assesses,
/// the participant is notified and often resolves it directly. B1: no fee field exists.
/// </summary>
public sealed class BemiddelingCase : CaseBase
{
    private BemiddelingCase()
    {
        Description = "";
    }

    private BemiddelingCase(CaseNumber number, Party consumer, Party participant, string description, DateTimeOffset at)
        : base(number, [consumer, participant], at) => Description = description;

    public BemiddelingState State { get; private set; }
    public override string StateName => State.ToString();
    public string Description { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>B2: the consumer registers the dispute on the website.</summary>
    public static Result<BemiddelingCase> Register(CaseNumber number, Party consumer, Party participant, string description, Actor actor, TimeProvider clock)
    {
        if (number.Scheme != Scheme.ConsumerBemiddeling) return new SchemeMismatch(Scheme.ConsumerBemiddeling.ToString(), number.Scheme.ToString());
        if (consumer.Role != PartyRole.Consumer || participant.Role != PartyRole.Business) return new ConsumerAndParticipantRequired();
        if (!consumer.IsActedOnBy(actor)) return new NotAPartyToThisCase();
        if (string.IsNullOrWhiteSpace(description)) return new TextRequired("description");
        var now = clock.GetUtcNow();
        var created = new BemiddelingCase(number, consumer, participant, description.Trim(), now) { State = BemiddelingState.Registered };
        created.Audit(actor, now, "Register", null, nameof(BemiddelingState.Registered), null);
        created.RaiseEvent("Register");
        return created;
    }

    /// <summary>B2: the desk finds the request qualifies.</summary>
    public Result Assess(Actor actor, TimeProvider clock) => Fire(T.Assess, actor, clock, null);

    /// <summary>B2: the request does not qualify; the reason is recorded and the case closes.</summary>
    public Result DeclareNotQualifying(Actor actor, TimeProvider clock, string reason) => Fire(T.DeclareNotQualifying, actor, clock, reason);

    /// <summary>B3: the participant is notified of the registered request.</summary>
    public Result NotifyParticipant(Actor actor, TimeProvider clock) => Fire(T.NotifyParticipant, actor, clock, null);

    /// <summary>B3: participant and customer solved it between them.</summary>
    /// <remarks>D21 for B: with <paramref name="post"/> the desk records the named party's letter saying so.</remarks>
    public Result ResolveDirectly(Actor actor, TimeProvider clock, string outcome, PostReceipt? post = null) =>
        post is null ? Fire(T.ResolveDirectly, actor, clock, outcome) : FromPost(T.ResolveDirectly, actor, clock, outcome, post);

    /// <remarks>D21 for B: with <paramref name="post"/> the desk records the consumer's letter asking for escalation.</remarks>
    public Result Escalate(Actor actor, TimeProvider clock, string reason, PostReceipt? post = null) =>
        post is null ? Fire(T.Escalate, actor, clock, reason) : FromPost(T.Escalate, actor, clock, reason, post);

    /// <summary>
    /// D21 for B: a party's act that arrived by post, recorded by the desk as that party's: the table is asked for the
    /// party's role (the consumer alone escalates), the audit names the desk person, the party and the day it arrived.
    /// </summary>
    private Result FromPost(T trigger, Actor actor, TimeProvider clock, string text, PostReceipt post)
    {
        var byDesk = post.Check(actor, clock);
        if (byDesk.IsFailure) return byDesk;
        if (FindParty(post.PartyId) is not { } party) return new UnknownParty(post.PartyId);
        var role = party.Role == PartyRole.Consumer ? Role.Consumer : Role.Business;
        var to = BemiddelingTransitions.Table.Check(State, trigger, role);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(text)) return new TextRequired(trigger.ToString());
        Outcome = text.Trim();
        var before = State;
        State = to.Value;
        return Commit(actor, clock.GetUtcNow(), trigger.ToString(), before.ToString(), State.ToString(), $"{post.AuditDetail(party.Name)} — {Outcome}");
    }

    public Result Close(Actor actor, TimeProvider clock) => Fire(T.Close, actor, clock, null);

    /// <summary>Issue 19 item 7: a bemiddeling closed before retention terms existed gets its term, from when it closed.</summary>
    public Result StartRetentionAfterTheFact(Actor actor, DateTimeOffset closedAt, TimeProvider clock) =>
        StartRetentionAfterTheFact(actor, State == BemiddelingState.Closed, closedAt, clock.GetUtcNow(), RetentionTerms.Bemiddeling);

    /// <summary>Retention: once the term after closing has passed, the data goes; the persistence layer erases it on this event.</summary>
    public Result EraseData(Actor actor, TimeProvider clock)
    {
        var to = Check(BemiddelingTransitions.Table, State, T.EraseData, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        var ended = EndRetention(actor, now);
        if (ended.IsFailure) return ended;
        var before = State;
        State = to.Value;
        return Commit(actor, now, nameof(T.EraseData), before.ToString(), State.ToString(), null);
    }

    /// <summary>Commands here differ only in whether they need a written text, so one path serves them all.</summary>
    private Result Fire(T trigger, Actor actor, TimeProvider clock, string? text)
    {
        var to = Check(BemiddelingTransitions.Table, State, trigger, actor);
        if (to.IsFailure) return to.AsResult();
        if (text is not null && string.IsNullOrWhiteSpace(text)) return new TextRequired(trigger.ToString());
        if (text is not null) Outcome = text.Trim();
        var before = State;
        State = to.Value;
        var now = clock.GetUtcNow();
        if (State == BemiddelingState.Closed) StartRetention(actor, now, RetentionTerms.Bemiddeling);
        return Commit(actor, now, trigger.ToString(), before.ToString(), State.ToString(), text?.Trim());
    }
}

public sealed record ConsumerAndParticipantRequired() : DomainError("B1");
