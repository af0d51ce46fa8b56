using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
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

    private Result Move(MediationState to, T trigger, Actor actor, DateTimeOffset at, string? detail = null)
    {
        var before = State;
        State = to;
        return Commit(actor, at, trigger.ToString(), before.ToString(), to.ToString(), detail);
    }
}
