using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// D23: the waarborgsom.
public sealed partial class BindingRulingCase
{
    /// <summary>D23: before the ruling, staff may require a deposit (amount, payer, due date) to secure compliance.</summary>
    public Result RequireDeposit(Actor actor, TimeProvider clock, Money amount, PartyRole payer, DateOnly dueDate)
    {
        var to = Allow(T.RequireDeposit, actor);
        if (to.IsFailure) return to.AsResult();
        if (Deposit is not null) return new DepositAlreadyRequired();
        if (amount <= Money.Zero) return new InvalidMoney(amount.Amount);
        var now = clock.GetUtcNow();
        if (dueDate <= AmsterdamCalendar.DateOf(now)) return new DepositDueDateInPast(dueDate);
        Deposit = Deposit.Require(amount, payer, dueDate, now);
        return Move(to.Value, T.RequireDeposit, actor, now, $"{amount} by {payer} before {dueDate:yyyy-MM-dd}");
    }

    public Result RecordDepositPaid(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.RecordDepositPaid, actor);
        if (to.IsFailure) return to.AsResult();
        if (Deposit is not { IsUnpaid: true }) return new NoUnpaidDeposit();
        var now = clock.GetUtcNow();
        Deposit.MarkPaid(now);
        return Move(to.Value, T.RecordDepositPaid, actor, now);
    }

    /// <summary>D23: returned when the ruling was complied with or the procedure ended without one.</summary>
    public Result ReleaseDeposit(Actor actor, TimeProvider clock) => SettleDeposit(actor, clock, T.ReleaseDeposit, DepositStatus.Released);

    /// <summary>D23: kept when the ruling was not complied with after the reminder (D18).</summary>
    public Result ForfeitDeposit(Actor actor, TimeProvider clock) => SettleDeposit(actor, clock, T.ForfeitDeposit, DepositStatus.Forfeited);

    private Result SettleDeposit(Actor actor, TimeProvider clock, T trigger, DepositStatus outcome)
    {
        var to = Allow(trigger, actor);
        if (to.IsFailure) return to.AsResult();
        if (Deposit is not { Status: DepositStatus.Paid }) return new NoPaidDeposit();
        var now = clock.GetUtcNow();
        Deposit.Settle(outcome, now);
        return Move(to.Value, trigger, actor, now);
    }
}
