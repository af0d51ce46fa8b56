using static AdrDesk.Domain.Bemiddeling.BemiddelingState;
using static AdrDesk.Domain.Bemiddeling.BemiddelingTrigger;
using static AdrDesk.Domain.Common.Role;
using Row = AdrDesk.Domain.Cases.Transition<AdrDesk.Domain.Bemiddeling.BemiddelingState, AdrDesk.Domain.Bemiddeling.BemiddelingTrigger>;
using Table = AdrDesk.Domain.Cases.TransitionTable<AdrDesk.Domain.Bemiddeling.BemiddelingState, AdrDesk.Domain.Bemiddeling.BemiddelingTrigger>;

namespace AdrDesk.Domain.Bemiddeling;

/// <summary>The consumer bemiddeling lifecycle (B rules) as one table: from, trigger, to, roles.</summary>
public static class BemiddelingTransitions
{
    private static readonly Common.Role[] Staff = [CaseManager, Admin];
    private static readonly Common.Role[] StaffOrSystem = [Common.Role.System, CaseManager, Admin];

    public static Table Table { get; } = new(
    [
        new Row(Registered, Assess, Assessed, Staff), // B2: the request qualifies
        new Row(Registered, DeclareNotQualifying, BemiddelingState.Closed, Staff), // B2: with a reason
        new Row(Assessed, NotifyParticipant, ParticipantNotified, StaffOrSystem), // B3
        new Row(ParticipantNotified, ResolveDirectly, ResolvedDirectly, [Consumer, Business, CaseManager, Admin]), // B3
        new Row(ParticipantNotified, Escalate, Escalated, [Consumer, CaseManager, Admin]),
        new Row(ResolvedDirectly, BemiddelingTrigger.Close, BemiddelingState.Closed, StaffOrSystem),
        new Row(Escalated, BemiddelingTrigger.Close, BemiddelingState.Closed, Staff),
        new Row(BemiddelingState.Closed, EraseData, DataErased, [Common.Role.System, Admin]), // retention (RetentionTerms.Bemiddeling)
    ]);
}
