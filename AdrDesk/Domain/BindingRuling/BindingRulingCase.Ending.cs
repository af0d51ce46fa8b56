using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// Ending early: D20 (withdrawal, mutual agreement), D14 (settlement).
public sealed partial class BindingRulingCase
{
    private static readonly BindingRulingState[] RulingStages =
    [
        BindingRulingState.RulingInPreparation, BindingRulingState.RulingIssued, BindingRulingState.CompliancePeriod,
        BindingRulingState.ReminderSent, BindingRulingState.Complied, BindingRulingState.NonCompliance, BindingRulingState.Closed,
    ];

    /// <summary>D20: the consumer may withdraw until the ruling is being prepared; the webshop only by settlement.</summary>
    public Result Withdraw(Actor actor, TimeProvider clock, string? reason = null)
    {
        var to = Allow(T.Withdraw, actor);
        if (to.Error is RoleNotAllowed && actor.Role == Role.Business) return new WebshopWithdrawsOnlyBySettlement(State.ToString());
        if (to.Error is TransitionNotAllowed && actor.Role == Role.Consumer && RulingStages.Contains(State))
            return new ConsumerWithdrawalEnded(State.ToString());
        if (to.IsFailure) return to.AsResult();
        return EndEarly(actor, clock.GetUtcNow(), T.Withdraw, to.Value, reason);
    }

    /// <summary>D20: the parties may end the procedure at any time by mutual agreement; the desk records it.</summary>
    public Result EndByAgreement(Actor actor, TimeProvider clock, string agreement)
    {
        var to = Allow(T.EndByAgreement, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(agreement)) return new TextRequired("agreement");
        return EndEarly(actor, clock.GetUtcNow(), T.EndByAgreement, to.Value, agreement.Trim());
    }

    /// <summary>D14/D20: a settlement (vaststellingsovereenkomst) ends the case at any stage before the ruling.</summary>
    public Result Settle(Actor actor, TimeProvider clock, string settlement)
    {
        var to = Allow(T.Settle, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(settlement)) return new TextRequired("settlement");
        return EndEarly(actor, clock.GetUtcNow(), T.Settle, to.Value, settlement.Trim());
    }

    private Result EndEarly(Actor actor, DateTimeOffset now, T trigger, BindingRulingState to, string? detail)
    {
        Stop(actor, now);
        return Move(to, trigger, actor, now, detail);
    }
}
