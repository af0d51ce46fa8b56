using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using T = AdrDesk.Domain.Mediation.MediationTrigger;

namespace AdrDesk.Domain.Mediation;

/// <summary>
/// A B2B mediation (M rules) between a scheme participant and its business client. Same discipline
/// as the binding ruling: table first, then the rule's guards, then one audited, versioned change.
/// </summary>
public sealed partial class MediationCase : CaseBase
{
    private readonly List<Acknowledgement> _acknowledgements = [];
    private readonly List<Position> _positions = [];
    private readonly List<Session> _sessions = [];
    private readonly List<Signature> _signatures = [];

    private MediationCase() { }

    private MediationCase(CaseNumber number, Party participant, Party client, DateTimeOffset at)
        : base(number, [participant, client], at) { }

    public MediationState State { get; private set; }
    public override string StateName => State.ToString();

    public Guid? MediatorId { get; private set; }
    public string? MediatorName { get; private set; }

    /// <summary>M5: sessions take place here unless stated otherwise.</summary>
    public string? MediatorOffice { get; private set; }

    public DateTimeOffset? PositionsExchangedAt { get; private set; }
    public string? AgreementText { get; private set; }
    public AgreementKind? AgreementKind { get; private set; }
    public string? IneligibilityReason { get; private set; }

    public IReadOnlyList<Acknowledgement> Acknowledgements => _acknowledgements;
    public IReadOnlyList<Session> Sessions => _sessions;
    public IReadOnlyList<Signature> Signatures => _signatures;

    /// <summary>M3: confidentiality ends when an agreement is reached.</summary>
    public bool IsConfidential => State is not (MediationState.AgreementReached or MediationState.BindingSolution
        or MediationState.AgreementDrafted or MediationState.SignedByBoth or MediationState.Closed);

    /// <summary>M9: legally enforceable once both parties signed.</summary>
    public bool IsEnforceable => State is MediationState.SignedByBoth or MediationState.Closed;

    /// <summary>M10: either business registers the application online.</summary>
    public static Result<MediationCase> Request(CaseNumber number, Party participant, Party client, Actor actor, TimeProvider clock)
    {
        if (number.Scheme != Scheme.B2BMediation) return new SchemeMismatch(Scheme.B2BMediation.ToString(), number.Scheme.ToString());
        if (participant.Role != PartyRole.Business || client.Role != PartyRole.Business) return new TwoBusinessPartiesRequired();
        if (!participant.IsActedOnBy(actor) && !client.IsActedOnBy(actor)) return new NotAPartyToThisCase();
        var now = clock.GetUtcNow();
        var created = new MediationCase(number, participant, client, now) { State = MediationState.Requested };
        created.Audit(actor, now, "Request", null, nameof(MediationState.Requested), null);
        created.RaiseEvent("Request");
        return created;
    }

    /// <summary>M6: the other party's position becomes readable only at the exchange; the mediator and staff read all.</summary>
    public IEnumerable<Position> PositionsVisibleTo(Actor viewer)
    {
        if (!viewer.Role.IsParty()) return _positions;
        var own = PartyOf(viewer)?.Id;
        return _positions.Where(p => p.PartyId == own || PositionsExchangedAt is not null);
    }

    protected override bool IsHandledBy(Actor actor) => actor.Role == Role.Mediator && actor.UserId == MediatorId;

    private Result<MediationState> Allow(T trigger, Actor actor) => Check(MediationTransitions.Table, State, trigger, actor);

    /// <summary>
    /// The party a party's act is for, and the state it leads to. Online: the caller's own party. From post (D21 for M):
    /// the party the letter came from, recorded by the desk or by this case's mediator; the table is asked for the party's
    /// role, because the act is the party's, while the audit names the person who recorded it.
    /// </summary>
    private Result<(MediationState To, Party Party)> Acting(T trigger, Actor actor, TimeProvider clock, PostReceipt? post)
    {
        if (post is null)
        {
            var to = Allow(trigger, actor);
            if (to.IsFailure) return to.Error!;
            return PartyOf(actor) is { } own ? (to.Value, own) : new NotAPartyToThisCase();
        }
        var sender = PostSender(actor, clock, post);
        if (sender.IsFailure) return sender.Error!;
        var allowed = MediationTransitions.Table.Check(State, trigger, Role.Business);
        return allowed.IsFailure ? allowed.Error! : (allowed.Value, sender.Value);
    }

    /// <summary>
    /// D21 for M: the party a letter came from, if <paramref name="recorder"/> may record it (the desk, or this case's
    /// mediator) and it did not arrive in the future. Also for the acts outside the table (a session slot's answer).
    /// </summary>
    public Result<Party> PostSender(Actor recorder, TimeProvider clock, PostReceipt post)
    {
        if (!recorder.Role.IsStaff() && !IsHandledBy(recorder)) return new MediationPostByDeskOrMediator();
        var date = post.CheckDate(clock);
        if (date.IsFailure) return date.Error!;
        return FindParty(post.PartyId) is { } party ? party : new UnknownParty(post.PartyId);
    }

    /// <summary>The audit detail of a party's act: its name, or from post the day it arrived as well.</summary>
    private static string PartyDetail(Party party, PostReceipt? post) => post?.AuditDetail(party.Name) ?? party.Name;

    private Result Move(MediationState to, T trigger, Actor actor, DateTimeOffset at, string? detail = null)
    {
        var before = State;
        State = to;
        if (MediationTransitions.Ended.Contains(to)) StartRetention(actor, at, RetentionTerms.Mediation);
        return Commit(actor, at, trigger.ToString(), before.ToString(), to.ToString(), detail);
    }

    /// <summary>Issue 19 item 7: a mediation that ended before retention terms existed gets its term, from when it ended.</summary>
    public Result StartRetentionAfterTheFact(Actor actor, DateTimeOffset endedAt, TimeProvider clock) =>
        StartRetentionAfterTheFact(actor, MediationTransitions.Ended.Contains(State), endedAt, clock.GetUtcNow(), RetentionTerms.Mediation);

    /// <summary>Retention: once the term after the end has passed, the data goes; the persistence layer erases it on this event.</summary>
    public Result EraseData(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.EraseData, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        var ended = EndRetention(actor, now);
        return ended.IsFailure ? ended : Move(to.Value, T.EraseData, actor, now);
    }
}
