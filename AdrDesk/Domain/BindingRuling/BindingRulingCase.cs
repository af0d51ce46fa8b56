using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Schemes;
using Trigger = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>
/// A binding-ruling case (D rules): consumer vs webshop. Every command is a method that asks
/// <see cref="BindingRulingTransitions.Table"/> first, then the rule's own guards, and only then
/// changes anything; it returns a named error or success and leaves audit entries and an event.
/// The commands live in the partial files beside this one, grouped by procedure step.
/// </summary>
public sealed partial class BindingRulingCase : CaseBase
{
    private readonly List<PanelSeat> _panel = [];
    private readonly List<Challenge> _challenges = [];
    private readonly List<ConflictDeclaration> _conflicts = [];
    private readonly List<Submission> _submissions = [];
    private readonly List<InformationRequest> _informationRequests = [];
    private readonly List<StaffDecision> _staffDecisions = [];
    private readonly List<RefusalReason> _refusalReasons = [];

    private BindingRulingCase() { }

    private BindingRulingCase(CaseNumber number, Party consumer, Party webshop, DateTimeOffset at)
        : base(number, [consumer, webshop], at) { }

    public BindingRulingState State { get; private set; }
    public override string StateName => State.ToString();

    /// <summary>D9: both parties may file.</summary>
    public PartyRole FiledBy { get; private set; }

    public FilingChannel Channel { get; private set; }

    /// <summary>D8: Dutch, English or German.</summary>
    public Language FilingLanguage { get; private set; }

    /// <summary>D8: Dutch, or English if the consumer asks; never German.</summary>
    public Language ProcedureLanguage { get; private set; }

    public DateTimeOffset? FiledAt { get; private set; }

    /// <summary>When the procedure ended (refused, withdrawn, settled or closed); D22, D24.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public SettlementAttemptRecord? SettlementAttempt { get; private set; }
    public Ruling? Ruling { get; private set; }
    public Deposit? Deposit { get; private set; }

    public IReadOnlyList<PanelSeat> PanelHistory => _panel;
    public IReadOnlyList<Challenge> Challenges => _challenges;
    public IReadOnlyList<ConflictDeclaration> ConflictDeclarations => _conflicts;
    public IReadOnlyList<Submission> Submissions => _submissions;
    public IReadOnlyList<InformationRequest> InformationRequests => _informationRequests;
    public IReadOnlyList<StaffDecision> StaffDecisions => _staffDecisions;
    public IReadOnlyList<RefusalReason> RefusalReasons => _refusalReasons;

    public Party Consumer => Parties.First(p => p.Role == PartyRole.Consumer);
    public Party Webshop => Parties.First(p => p.Role == PartyRole.Business);
    public Party Respondent => FiledBy == PartyRole.Consumer ? Webshop : Consumer;
    public IEnumerable<PanelSeat> CurrentPanel => _panel.Where(s => s.IsCurrent);

    /// <summary>D21: if either party asks, documents go by post and the procedure is conducted in writing.</summary>
    public bool IsConductedInWriting => Parties.Any(p => p.PaperProcedure);

    /// <summary>D13: what this viewer may read; parties see each other's submissions, never staff notes.</summary>
    public IEnumerable<Submission> SubmissionsVisibleTo(Actor viewer) => _submissions.Where(s => s.IsVisibleTo(viewer.Role));

    public static Result<BindingRulingCase> Draft(
        CaseNumber number, Party consumer, Party webshop, PartyRole filedBy, Language filingLanguage, Language procedureLanguage,
        FilingChannel channel, Actor actor, TimeProvider clock)
    {
        if (number.Scheme != Scheme.BindingRuling) return new SchemeMismatch(Scheme.BindingRuling.ToString(), number.Scheme.ToString());
        if (consumer.Role != PartyRole.Consumer || webshop.Role != PartyRole.Business) return new PartiesMismatch();
        if (procedureLanguage == Language.De) return new ProcedureLanguageNotOffered(procedureLanguage); // D8
        var filer = filedBy == PartyRole.Consumer ? consumer : webshop;
        // D6: staff may enter a paper questionnaire; online, only the filing party itself drafts.
        var mayDraft = actor.Role.IsStaff() ? channel == FilingChannel.Paper : filer.IsActedOnBy(actor);
        if (!mayDraft) return new NotAPartyToThisCase();

        var now = clock.GetUtcNow();
        var created = new BindingRulingCase(number, consumer, webshop, now)
        {
            State = BindingRulingState.Draft,
            FiledBy = filedBy,
            FilingLanguage = filingLanguage,
            ProcedureLanguage = procedureLanguage,
            Channel = channel,
        };
        created.Audit(actor, now, "Draft", null, nameof(BindingRulingState.Draft), $"{filedBy} via {channel}");
        created.RaiseEvent("Draft");
        return created;
    }

    protected override bool IsHandledBy(Actor actor) =>
        actor.Role == Role.Assessor && CurrentPanel.Any(s => s.AssessorId == actor.UserId);

    private Result<BindingRulingState> Allow(Trigger trigger, Actor actor) =>
        Check(BindingRulingTransitions.Table, State, trigger, actor);

    private Result Move(BindingRulingState to, Trigger trigger, Actor actor, DateTimeOffset at, string? detail = null)
    {
        var before = State;
        State = to;
        return Commit(actor, at, trigger.ToString(), before.ToString(), to.ToString(), detail);
    }

    /// <summary>The party a command is about: a party acts for itself; staff act on behalf of a named party (paper, D21).</summary>
    private Result<Party> ActingParty(Actor actor, Guid? onBehalfOf)
    {
        if (actor.Role.IsParty()) return PartyOf(actor)!;
        return onBehalfOf is { } id && FindParty(id) is { } party ? party : new UnknownParty(onBehalfOf ?? Guid.Empty);
    }

    private static DeadlineBinds Binding(PartyRole role) => role == PartyRole.Consumer ? DeadlineBinds.Consumer : DeadlineBinds.Business;

    /// <summary>The procedure stopped (refused, withdrawn, settled): running terms lapse and D24 retention starts.</summary>
    private void Stop(Actor actor, DateTimeOffset at)
    {
        EndedAt = at;
        CancelOpenDeadlines(actor, at);
        StartDeadline(actor, Deadline.Start(DeadlineKind.Retention, DeadlineBinds.Desk, at, BindingRulingTerms.Retention));
    }
}
