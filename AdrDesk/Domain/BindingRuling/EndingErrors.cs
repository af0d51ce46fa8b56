using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>D20: an illegal transition with its own reason: the consumer's right to withdraw has ended.</summary>
public sealed record ConsumerWithdrawalEnded(string CurrentState)
    : TransitionNotAllowed(CurrentState, nameof(BindingRulingTrigger.Withdraw), "D20")
{
    public override IReadOnlyList<object?> Arguments => [];
}

/// <summary>D20: the webshop may not withdraw; it can only end the case by a settlement.</summary>
public sealed record WebshopWithdrawsOnlyBySettlement(string CurrentState)
    : RoleNotAllowed(Role.Business, nameof(BindingRulingTrigger.Withdraw), CurrentState, "D20")
{
    public override IReadOnlyList<object?> Arguments => [];
}
