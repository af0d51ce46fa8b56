using static AdrDesk.Domain.Common.Role;
using static AdrDesk.Domain.Mediation.MediationState;
using static AdrDesk.Domain.Mediation.MediationTrigger;
using Row = AdrDesk.Domain.Cases.Transition<AdrDesk.Domain.Mediation.MediationState, AdrDesk.Domain.Mediation.MediationTrigger>;
using Table = AdrDesk.Domain.Cases.TransitionTable<AdrDesk.Domain.Mediation.MediationState, AdrDesk.Domain.Mediation.MediationTrigger>;

namespace AdrDesk.Domain.Mediation;

/// <summary>The B2B mediation lifecycle (M rules) as one table: from, trigger, to, roles.</summary>
public static class MediationTransitions
{
    private static readonly Common.Role[] Staff = [CaseManager, Admin];

    /// <summary>The end states: the retention term starts on entering one.</summary>
    public static readonly MediationState[] Ended = [Ineligible, Closed, Withdrawn];

    public static Table Table { get; } = new(
    [
        new Row(Requested, StartEligibilityCheck, EligibilityCheck, Staff),
        new Row(EligibilityCheck, RefuseEligibility, Ineligible, Staff), // M1
        new Row(EligibilityCheck, AssignMediator, MediatorAssigned, Staff), // M2 neutral mediator, M4
        new Row(MediatorAssigned, AcknowledgePrinciples, MediatorAssigned, [Business]), // M2
        new Row(MediatorAssigned, SubmitPosition, MediatorAssigned, [Business]), // M6
        new Row(MediatorAssigned, CompletePositions, PositionsCollected, [Business]), // M6: the second position
        new Row(PositionsCollected, ExchangePositions, PositionsExchanged, [Mediator]), // M6: both at once
        new Row(PositionsExchanged, ScheduleSession, JointSessions, [Mediator]), // M5, M7
        new Row(JointSessions, ScheduleSession, JointSessions, [Mediator]),
        new Row(JointSessions, ReachAgreement, AgreementReached, [Mediator]),
        new Row(JointSessions, ImposeBindingSolution, BindingSolution, [Mediator]), // M8
        new Row(AgreementReached, DraftAgreement, AgreementDrafted, [Mediator]), // M9
        new Row(BindingSolution, DraftAgreement, AgreementDrafted, [Mediator]), // M9
        new Row(AgreementDrafted, DraftAgreement, AgreementDrafted, [Mediator]), // M9: a new version, only before the first signature
        new Row(AgreementDrafted, Sign, AgreementDrafted, [Business]), // M9
        new Row(AgreementDrafted, CompleteSignatures, SignedByBoth, [Business]), // M9: the second signature
        new Row(SignedByBoth, Close, Closed, [Mediator, CaseManager, Admin]),
        .. Table.Each([Requested, EligibilityCheck, MediatorAssigned], Withdraw, Withdrawn, [Business]), // M2
        .. Table.Each(Ended, EraseData, DataErased, [Common.Role.System, Admin]), // retention (RetentionTerms.Mediation)
    ]);
}
