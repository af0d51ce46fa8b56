using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public enum DepositStatus
{
    Required,
    Paid,
    Released,
    Forfeited,
}

/// <summary>D23: a waarborgsom the desk may require before the ruling to secure compliance.</summary>
public sealed class Deposit
{
    private Deposit() { }

    public Money Amount { get; private set; }
    public PartyRole Payer { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DepositStatus Status { get; private set; }
    public DateTimeOffset RequiredAt { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>When it was released or forfeited.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    public bool IsUnpaid => Status == DepositStatus.Required;

    internal static Deposit Require(Money amount, PartyRole payer, DateOnly dueDate, DateTimeOffset at) =>
        new() { Amount = amount, Payer = payer, DueDate = dueDate, Status = DepositStatus.Required, RequiredAt = at };

    internal void MarkPaid(DateTimeOffset at)
    {
        Status = DepositStatus.Paid;
        PaidAt = at;
    }

    internal void Settle(DepositStatus outcome, DateTimeOffset at)
    {
        Status = outcome;
        SettledAt = at;
    }
}
