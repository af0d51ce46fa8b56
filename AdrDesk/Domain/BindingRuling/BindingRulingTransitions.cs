using AdrDesk.Domain.Cases;
using static AdrDesk.Domain.BindingRuling.BindingRulingState;
using static AdrDesk.Domain.BindingRuling.BindingRulingTrigger;
using static AdrDesk.Domain.Common.Role;
using Row = AdrDesk.Domain.Cases.Transition<AdrDesk.Domain.BindingRuling.BindingRulingState, AdrDesk.Domain.BindingRuling.BindingRulingTrigger>;
using Table = AdrDesk.Domain.Cases.TransitionTable<AdrDesk.Domain.BindingRuling.BindingRulingState, AdrDesk.Domain.BindingRuling.BindingRulingTrigger>;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>The binding-ruling lifecycle (D rules) as one table: from, trigger, to, roles.</summary>
public static class BindingRulingTransitions
{
    private static readonly Common.Role[] Staff = [CaseManager, Admin];
    private static readonly Common.Role[] Desk = [CaseManager, Admin, Assessor];
    // The due-work service acts as System through the same transitions as staff (DueWork).
    private static readonly Common.Role[] StaffOrSystem = [Common.Role.System, CaseManager, Admin];
    private static readonly Common.Role[] Parties = [Consumer, Business];
    private static readonly Common.Role[] PartiesOrStaff = [Consumer, Business, CaseManager, Admin];

    private static readonly BindingRulingState[] Intake = [Screening, AwaitingSubscription, AwaitingConsent];
    private static readonly BindingRulingState[] Handling = [ForwardedToRespondent, SettlementAttempt, InformationGathering, DossierComplete];
    private static readonly BindingRulingState[] BeforeRuling = [Filed, .. Intake, .. Handling, RulingInPreparation];
    private static readonly BindingRulingState[] AfterRuling = [RulingIssued, CompliancePeriod, ReminderSent, Complied, NonCompliance];
    private static readonly BindingRulingState[] Ended = [Refused, Withdrawn, Settled, Closed];

    // D20: the consumer may withdraw until the desk announces the ruling is being prepared.
    private static readonly BindingRulingState[] ConsumerMayWithdraw = [Filed, Screening, AwaitingSubscription, .. Handling];

    public static Table Table { get; } = new(
    [
        new Row(Draft, Submit, Filed, [Consumer, Business, CaseManager]), // D9 both may file; D6 staff enter a paper form
        new Row(Filed, StartScreening, Screening, Staff),
        new Row(Screening, RequestSubscription, AwaitingSubscription, Staff), // D5
        new Row(AwaitingSubscription, ConfirmSubscription, Screening, Staff),
        new Row(Screening, RequestConsent, AwaitingConsent, Staff), // D9
        new Row(AwaitingConsent, GiveConsent, Screening, [Consumer, CaseManager, Admin]),
        new Row(AwaitingConsent, DeclineConsent, Refused, [Consumer, CaseManager, Admin]), // D25g
        new Row(AwaitingConsent, LapseConsent, Refused, StaffOrSystem), // D25g after 5 weeks
        .. Table.Stay([.. Intake, .. Handling], RecordStaffDecision, Staff), // Decided: D25b, c, j, i override
        .. Table.Each([Screening, AwaitingSubscription, .. Handling], Refuse, Refused, Staff), // D25h: also after filing
        .. Table.Stay([Screening, .. Handling], AssignPanel, Staff), // D10
        new Row(Screening, Forward, ForwardedToRespondent, Desk), // D12
        new Row(ForwardedToRespondent, RecordResponse, SettlementAttempt, PartiesOrStaff),
        new Row(ForwardedToRespondent, ExpireResponseTerm, SettlementAttempt, StaffOrSystem),
        new Row(SettlementAttempt, FailSettlement, InformationGathering, [Assessor]), // D14
        new Row(InformationGathering, RequestInformation, InformationGathering, [Assessor]), // D13
        .. Table.Stay([ForwardedToRespondent, SettlementAttempt, InformationGathering], AddSubmission, PartiesOrStaff), // D13, D21
        .. Table.Stay([.. BeforeRuling, .. AfterRuling], AddStaffNote, Desk),
        new Row(InformationGathering, DeclareDossierComplete, DossierComplete, Desk), // D15
        .. Table.Stay([DossierComplete, RulingInPreparation], ExtendRulingTerm, Desk), // D15
        new Row(DossierComplete, StartRulingPreparation, RulingInPreparation, [Assessor]), // D20
        .. Table.Stay([.. Handling, RulingInPreparation], FileChallenge, Parties), // D11
        .. Table.Stay([.. Handling, RulingInPreparation], DecideChallenge, Staff), // D11
        .. Table.Stay([Screening, .. Handling, RulingInPreparation], DeclareConflictOfInterest, [Assessor]), // Directive art. 6
        .. Table.Stay([.. Handling, RulingInPreparation], RequireDeposit, Staff), // D23
        .. Table.Stay([.. Handling, RulingInPreparation], RecordDepositPaid, Staff),
        .. Table.Stay([Complied, Settled, Withdrawn, Closed], ReleaseDeposit, Staff),
        new Row(NonCompliance, ForfeitDeposit, NonCompliance, Staff),
        new Row(RulingInPreparation, IssueRuling, RulingIssued, [Assessor]), // D16, D17, D23
        new Row(RulingIssued, SendRuling, CompliancePeriod, StaffOrSystem), // D16, D19
        new Row(CompliancePeriod, ConfirmCompliance, Complied, Staff),
        new Row(ReminderSent, ConfirmCompliance, Complied, Staff),
        new Row(CompliancePeriod, SendReminder, ReminderSent, StaffOrSystem), // D18: once
        new Row(ReminderSent, DeclareNonCompliance, NonCompliance, Staff), // D18
        new Row(Complied, Close, Closed, StaffOrSystem),
        new Row(NonCompliance, Close, Closed, Staff),
        .. Table.Each(ConsumerMayWithdraw, Withdraw, Withdrawn, [Consumer]), // D20
        .. Table.Each(BeforeRuling, EndByAgreement, Withdrawn, Desk), // D20: both parties agree
        // D14, D20: the webshop withdraws only this way. System: a settlement one party reported and the
        // other confirmed in the case file is recorded without waiting for the desk (issue 6 item 7).
        .. Table.Each(BeforeRuling, Settle, Settled, [.. Desk, Common.Role.System]),
        .. Table.Stay([Draft, .. BeforeRuling, .. AfterRuling], SetRepresentative, PartiesOrStaff), // D7
        .. Table.Stay([Draft, .. BeforeRuling, .. AfterRuling], RequestPaperProcedure, PartiesOrStaff), // D21
        .. Table.Each(Ended, EraseData, DataErased, [Common.Role.System, Admin]), // D24
    ]);
}
