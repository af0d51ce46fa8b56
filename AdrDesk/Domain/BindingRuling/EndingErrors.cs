using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>D20: an illegal transition with its own reason: the consumer's right to withdraw has ended.</summary>
public sealed record ConsumerWithdrawalEnded(string CurrentState)
    : TransitionNotAllowed(CurrentState, nameof(BindingRulingTrigger.Withdraw), "D20")
{
    protected override LocalizedText Text => new(
        "Intrekken kan niet meer: de beoordelaar bereidt de uitspraak voor of heeft die gedaan (D20).",
        "You can no longer withdraw: the ruling is being prepared or has been issued (D20).");
}

/// <summary>D20: the webshop may not withdraw; it can only end the case by a settlement.</summary>
public sealed record WebshopWithdrawsOnlyBySettlement(string CurrentState)
    : RoleNotAllowed(Role.Business, nameof(BindingRulingTrigger.Withdraw), CurrentState, "D20")
{
    protected override LocalizedText Text => new(
        "Een webshop kan de procedure alleen beëindigen door een schikking (D20).",
        "A webshop can only end the procedure by a settlement (D20).");
}
