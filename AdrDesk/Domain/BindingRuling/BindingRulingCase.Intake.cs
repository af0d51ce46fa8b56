using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// Filing and screening: D5, D9, D17 (acceptance at filing), D25, D26, Directive art. 5(4).
public sealed partial class BindingRulingCase
{
    /// <summary>D17: the filer accepts the binding nature of the ruling when filing. Starts the 3-week refusal term.</summary>
    public Result Submit(Actor actor, TimeProvider clock, bool acceptsBindingRuling)
    {
        var to = Allow(T.Submit, actor);
        if (to.IsFailure) return to.AsResult();
        if (actor.Role.IsParty() && PartyOf(actor)!.Role != FiledBy) return new OnlyTheFilerMaySubmit();
        if (!acceptsBindingRuling) return new BindingNatureNotAccepted();

        var now = clock.GetUtcNow();
        FiledAt = now;
        StartDeadline(actor, Deadline.Start(DeadlineKind.Refusal, DeadlineBinds.Desk, now, BindingRulingTerms.Refusal));
        return Move(to.Value, T.Submit, actor, now);
    }

    public Result StartScreening(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.StartScreening, actor);
        return to.IsFailure ? to.AsResult() : Move(to.Value, T.StartScreening, actor, clock.GetUtcNow());
    }

    /// <summary>D5: the webshop had no subscription at filing; the desk asks it to subscribe and the case waits.</summary>
    public Result RequestSubscription(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.RequestSubscription, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        PauseDeadline(actor, OpenDeadline(DeadlineKind.Refusal), now); // D26: the screening term waits with the case
        return Move(to.Value, T.RequestSubscription, actor, now);
    }

    /// <summary>D5: screening resumes only once the register shows the webshop subscribed.</summary>
    public Result ConfirmSubscription(Actor actor, TimeProvider clock, Organisation webshop)
    {
        var to = Allow(T.ConfirmSubscription, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (webshop.Id != Webshop.OrganisationId || !webshop.IsSubscribedAt(now)) return new WebshopNotSubscribed();
        ResumeDeadline(actor, DeadlineKind.Refusal, now);
        return Move(to.Value, T.ConfirmSubscription, actor, now);
    }

    /// <summary>D9: a webshop's filing waits 5 weeks for the consumer's consent.</summary>
    public Result RequestConsent(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.RequestConsent, actor);
        if (to.IsFailure) return to.AsResult();
        if (FiledBy != PartyRole.Business) return new ConsentOnlyForWebshopFiling();
        var now = clock.GetUtcNow();
        StartDeadline(actor, Deadline.Start(DeadlineKind.Consent, DeadlineBinds.Consumer, now, BindingRulingTerms.Consent));
        PauseDeadline(actor, OpenDeadline(DeadlineKind.Refusal), now); // D26: the screening term waits for the consumer
        return Move(to.Value, T.RequestConsent, actor, now);
    }

    public Result GiveConsent(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.GiveConsent, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Consent), now);
        ResumeDeadline(actor, DeadlineKind.Refusal, now);
        return Move(to.Value, T.GiveConsent, actor, now);
    }

    /// <summary>D9: a webshop's filing goes on only with the consumer's consent (a consumer's own filing needs none).</summary>
    public bool ConsentGiven =>
        FiledBy == PartyRole.Consumer || Deadlines.Any(d => d.Kind == DeadlineKind.Consent && d.Status is DeadlineStatus.Met or DeadlineStatus.Missed);

    /// <summary>D25g: the consumer does not consent, so the case is not handled.</summary>
    public Result DeclineConsent(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.DeclineConsent, actor);
        return to.IsFailure ? to.AsResult() : RefuseFor(actor, clock.GetUtcNow(), T.DeclineConsent, new RefusalReason("D25g", "De consument stemt niet in met behandeling."));
    }

    /// <summary>D9/D25g: after 5 weeks without consent the case is refused (the due-work service does this).</summary>
    public Result LapseConsent(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.LapseConsent, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (OpenDeadline(DeadlineKind.Consent) is not { } term || !term.IsOverdue(now)) return new ConsentTermNotExpired();
        return RefuseFor(actor, now, T.LapseConsent, new RefusalReason("D25g", "Geen instemming van de consument binnen vijf weken."));
    }

    /// <summary>Decided: D25b, c, j and the D25i override are staff decisions with who, when and a written reason.</summary>
    public Result RecordStaffDecision(Actor actor, TimeProvider clock, string ruleId, StaffDecisionOutcome outcome, string reason)
    {
        var to = Allow(T.RecordStaffDecision, actor);
        if (to.IsFailure) return to.AsResult();
        var decision = StaffDecision.Take(actor, ruleId, outcome, reason, clock);
        if (decision.IsFailure) return decision.AsResult();
        _staffDecisions.Add(decision.Value);
        return Move(to.Value, T.RecordStaffDecision, actor, decision.Value.DecidedAt, $"{ruleId}: {outcome}: {decision.Value.Reason}");
    }

    /// <summary>D25/D26: refusal names at least one D25 ground, each with a written reason.</summary>
    public Result Refuse(Actor actor, TimeProvider clock, IReadOnlyList<RefusalReason> reasons)
    {
        var to = Allow(T.Refuse, actor);
        if (to.IsFailure) return to.AsResult();
        if (reasons.Count == 0) return new RefusalGroundRequired();
        if (reasons.FirstOrDefault(r => !r.RuleId.StartsWith("D25", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(r.WrittenReason)) is { } bad)
            return new WrittenReasonRequired(bad.RuleId);
        return RefuseFor(actor, clock.GetUtcNow(), T.Refuse, [.. reasons]);
    }

    private Result RefuseFor(Actor actor, DateTimeOffset now, T trigger, params RefusalReason[] reasons)
    {
        _refusalReasons.AddRange(reasons);
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Consent), now);
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Refusal), now);
        Stop(actor, now);
        return Move(BindingRulingState.Refused, trigger, actor, now, string.Join("; ", reasons.Select(r => $"{r.RuleId}: {r.WrittenReason}")));
    }
}
