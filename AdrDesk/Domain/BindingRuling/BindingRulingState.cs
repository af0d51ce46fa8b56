namespace AdrDesk.Domain.BindingRuling;

/// <summary>States of a binding-ruling case (D rules); see docs/procedure.md for the diagram.</summary>
public enum BindingRulingState
{
    Draft,
    Filed,
    Screening,
    AwaitingSubscription, // D5
    AwaitingConsent, // D9
    Refused, // D25, D26
    ForwardedToRespondent, // D12
    SettlementAttempt, // D14
    InformationGathering, // D13
    DossierComplete, // D15: the 90 days start
    RulingInPreparation, // D20: ends the consumer's withdrawal
    RulingIssued, // D16, D17
    CompliancePeriod, // D17, D19
    ReminderSent, // D18: once
    Complied,
    NonCompliance, // D18
    Closed,
    Withdrawn, // D20
    Settled, // D14, D20
    DataErased, // D24
}
