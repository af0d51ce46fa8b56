namespace AdrDesk.Domain.Mediation;

/// <summary>States of a B2B mediation (M rules); see docs/procedure.md for the diagram.</summary>
public enum MediationState
{
    Requested, // M10
    EligibilityCheck, // M1
    Ineligible, // M1
    MediatorAssigned, // M2, M4
    PositionsCollected, // M6
    PositionsExchanged, // M6
    JointSessions, // M5, M7
    AgreementReached, // M3: confidentiality ends
    BindingSolution, // M8
    AgreementDrafted, // M9
    SignedByBoth, // M9
    Closed,
    Withdrawn, // M2: participation is voluntary
    DataErased, // retention (RetentionTerms.Mediation)
}

/// <summary>Every command on a mediation; the two Complete* triggers are taken by the last position or signature.</summary>
public enum MediationTrigger
{
    StartEligibilityCheck,
    RefuseEligibility,
    AssignMediator,
    AcknowledgePrinciples,
    SubmitPosition,
    CompletePositions,
    ExchangePositions,
    ScheduleSession,
    ReachAgreement,
    ImposeBindingSolution,
    DraftAgreement,
    Sign,
    CompleteSignatures,
    Close,
    Withdraw,
    EraseData,
}
