using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.Mediation.MediationTrigger;

namespace AdrDesk.Domain.Mediation;

// Eligibility, mediator and positions: M1, M2, M4, M6.
public sealed partial class MediationCase
{
    public Result StartEligibilityCheck(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.StartEligibilityCheck, actor);
        return to.IsFailure ? to.AsResult() : Move(to.Value, T.StartEligibilityCheck, actor, clock.GetUtcNow());
    }

    /// <summary>M1: the scheme's B2B terms were not used; the reason is recorded.</summary>
    public Result RefuseEligibility(Actor actor, TimeProvider clock, string reason)
    {
        var to = Allow(T.RefuseEligibility, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(reason)) return new TextRequired("reason");
        IneligibilityReason = reason.Trim();
        return Move(to.Value, T.RefuseEligibility, actor, clock.GetUtcNow(), IneligibilityReason);
    }

    /// <summary>M2/M4/M5: a neutral mediator, who contacts both parties; sessions at the mediator's office.</summary>
    public Result AssignMediator(Actor actor, TimeProvider clock, Guid mediatorId, string name, string office)
    {
        var to = Allow(T.AssignMediator, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(office)) return new TextRequired("mediator");
        (MediatorId, MediatorName, MediatorOffice) = (mediatorId, name.Trim(), office.Trim());
        return Move(to.Value, T.AssignMediator, actor, clock.GetUtcNow(), MediatorName);
    }

    /// <summary>M2: each party acknowledges the principles, including confidentiality for everyone present.</summary>
    /// <remarks>With <paramref name="post"/> the desk or the mediator records the named party's confirmation that arrived by post.</remarks>
    public Result AcknowledgePrinciples(Actor actor, TimeProvider clock, PostReceipt? post = null)
    {
        var acting = Acting(T.AcknowledgePrinciples, actor, clock, post);
        if (acting.IsFailure) return acting.AsResult();
        var (to, party) = acting.Value;
        if (_acknowledgements.Any(a => a.PartyId == party.Id)) return new AlreadyAcknowledged();
        var now = clock.GetUtcNow();
        _acknowledgements.Add(new Acknowledgement(party.Id, now));
        return Move(to, T.AcknowledgePrinciples, actor, now, PartyDetail(party, post));
    }

    /// <summary>M6: each party gives its position once; the second completes the collection.</summary>
    /// <remarks>With <paramref name="post"/> the desk or the mediator records the named party's position that arrived by post.</remarks>
    public Result SubmitPosition(Actor actor, TimeProvider clock, string text, PostReceipt? post = null)
    {
        var acting = Acting(T.SubmitPosition, actor, clock, post);
        if (acting.IsFailure) return acting.AsResult();
        var party = acting.Value.Party;
        if (!_acknowledgements.Any(a => a.PartyId == party.Id)) return new PrinciplesNotAcknowledged();
        if (_positions.Any(p => p.PartyId == party.Id)) return new PositionAlreadySubmitted();
        if (string.IsNullOrWhiteSpace(text)) return new TextRequired("position");

        var trigger = _positions.Count + 1 == Parties.Count ? T.CompletePositions : T.SubmitPosition;
        var target = Acting(trigger, actor, clock, post);
        if (target.IsFailure) return target.AsResult();
        var now = clock.GetUtcNow();
        _positions.Add(new Position(party.Id, text.Trim(), now));
        return Move(target.Value.To, trigger, actor, now, PartyDetail(party, post));
    }

    /// <summary>M6: both positions are released to both parties at the same moment.</summary>
    public Result ExchangePositions(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.ExchangePositions, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        PositionsExchangedAt = now;
        return Move(to.Value, T.ExchangePositions, actor, now);
    }

    /// <summary>M2: participation is voluntary; a party may stop before the positions are in.</summary>
    public Result Withdraw(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.Withdraw, actor);
        return to.IsFailure ? to.AsResult() : Move(to.Value, T.Withdraw, actor, clock.GetUtcNow(), PartyOf(actor)!.Name);
    }
}
