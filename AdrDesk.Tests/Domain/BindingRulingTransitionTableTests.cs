using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Tests.Domain;

/// <summary>Every (state, trigger) pair not in the table fails on the aggregate itself with TransitionNotAllowed.</summary>
public class BindingRulingTransitionTableTests
{
    private static readonly Dictionary<T, Func<BindingRulingScenario, Actor, Result>> Commands = new()
    {
        [T.Submit] = (s, a) => s.Case.Submit(a, s.Clock, true),
        [T.StartScreening] = (s, a) => s.Case.StartScreening(a, s.Clock),
        [T.RequestSubscription] = (s, a) => s.Case.RequestSubscription(a, s.Clock),
        [T.ConfirmSubscription] = (s, a) => s.Case.ConfirmSubscription(a, s.Clock, s.Organisation),
        [T.RequestConsent] = (s, a) => s.Case.RequestConsent(a, s.Clock),
        [T.GiveConsent] = (s, a) => s.Case.GiveConsent(a, s.Clock),
        [T.DeclineConsent] = (s, a) => s.Case.DeclineConsent(a, s.Clock),
        [T.LapseConsent] = (s, a) => s.Case.LapseConsent(a, s.Clock),
        [T.RecordStaffDecision] = (s, a) => s.Case.RecordStaffDecision(a, s.Clock, "D25b", StaffDecisionOutcome.Refuse, "x"),
        [T.Refuse] = (s, a) => s.Case.Refuse(a, s.Clock, [new RefusalReason("D25b", "x")]),
        [T.AssignPanel] = (s, a) => s.Case.AssignPanel(a, s.Clock, [BindingRulingScenario.Member(Actors.Assessor)]),
        [T.Forward] = (s, a) => s.Case.Forward(a, s.Clock),
        [T.RecordResponse] = (s, a) => s.Case.RecordResponse(a, s.Clock, "x"),
        [T.ExpireResponseTerm] = (s, a) => s.Case.ExpireResponseTerm(a, s.Clock),
        [T.FailSettlement] = (s, a) => s.Case.FailSettlement(a, s.Clock, "x"),
        [T.RequestInformation] = (s, a) => s.Case.RequestInformation(a, s.Clock, s.Case.Consumer.Id, "x", 7),
        [T.AddSubmission] = (s, a) => s.Case.AddSubmission(a, s.Clock, "x", s.Case.Consumer.Id),
        [T.AddStaffNote] = (s, a) => s.Case.AddStaffNote(a, s.Clock, "x"),
        [T.DeclareDossierComplete] = (s, a) => s.Case.DeclareDossierComplete(a, s.Clock),
        [T.ExtendRulingTerm] = (s, a) => s.Case.ExtendRulingTerm(a, s.Clock, new DateOnly(2026, 9, 1), "x"),
        [T.StartRulingPreparation] = (s, a) => s.Case.StartRulingPreparation(a, s.Clock),
        [T.FileChallenge] = (s, a) => s.Case.FileChallenge(a, s.Clock, Actors.Assessor.UserId, "x"),
        [T.DecideChallenge] = (s, a) => s.Case.DecideChallenge(a, s.Clock, Guid.NewGuid(), false, "x", null),
        [T.DeclareConflictOfInterest] = (s, a) => s.Case.DeclareConflictOfInterest(a, s.Clock, "x"),
        [T.RequireDeposit] = (s, a) => s.Case.RequireDeposit(a, s.Clock, Money.Euros(100m), PartyRole.Business, new DateOnly(2027, 1, 1)),
        [T.RecordDepositPaid] = (s, a) => s.Case.RecordDepositPaid(a, s.Clock),
        [T.ReleaseDeposit] = (s, a) => s.Case.ReleaseDeposit(a, s.Clock),
        [T.ForfeitDeposit] = (s, a) => s.Case.ForfeitDeposit(a, s.Clock),
        [T.IssueRuling] = (s, a) => s.Case.IssueRuling(a, s.Clock, BindingRulingScenario.RulingFor(new DateOnly(2027, 1, 1))),
        [T.SendRuling] = (s, a) => s.Case.SendRuling(a, s.Clock),
        [T.ConfirmCompliance] = (s, a) => s.Case.ConfirmCompliance(a, s.Clock),
        [T.SendReminder] = (s, a) => s.Case.SendReminder(a, s.Clock),
        [T.DeclareNonCompliance] = (s, a) => s.Case.DeclareNonCompliance(a, s.Clock, s.Organisation),
        [T.Close] = (s, a) => s.Case.Close(a, s.Clock),
        [T.Withdraw] = (s, a) => s.Case.Withdraw(a, s.Clock),
        [T.EndByAgreement] = (s, a) => s.Case.EndByAgreement(a, s.Clock, "x"),
        [T.Settle] = (s, a) => s.Case.Settle(a, s.Clock, "x"),
        [T.SetRepresentative] = (s, a) => s.Case.SetRepresentative(a, s.Clock, s.Case.Consumer.Id, null),
        [T.RequestPaperProcedure] = (s, a) => s.Case.RequestPaperProcedure(a, s.Clock, s.Case.Consumer.Id),
        [T.EraseData] = (s, a) => s.Case.EraseData(a, s.Clock),
    };

    public static TheoryData<S, T> IllegalPairs()
    {
        var data = new TheoryData<S, T>();
        foreach (var state in Enum.GetValues<S>())
            foreach (var trigger in Enum.GetValues<T>())
                if (!BindingRulingTransitions.Table.Allows(state, trigger)) data.Add(state, trigger);
        return data;
    }

    [Fact]
    public void Every_trigger_has_a_command_method() => Assert.Equal(Enum.GetValues<T>().Length, Commands.Count);

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Illegal_transition_returns_TransitionNotAllowed_and_changes_nothing(S state, T trigger)
    {
        var scenario = new BindingRulingScenario();
        typeof(BindingRulingCase).GetProperty(nameof(BindingRulingCase.State))!.SetValue(scenario.Case, state);
        scenario.Case.ClearPending();

        // Each role in turn: a missing row is the same error whoever asks.
        foreach (var actor in new[] { Actors.Admin, Actors.Consumer, Actors.Assessor, Actor.System })
        {
            var result = Commands[trigger](scenario, actor);
            var error = Assert.IsAssignableFrom<TransitionNotAllowed>(result.Error);
            Assert.Equal(state.ToString(), error.State);
        }
        Assert.Equal(state, scenario.Case.State);
        Assert.Equal(0, scenario.Case.Version);
        Assert.Empty(scenario.Case.PendingAudit);
    }

    [Fact]
    public void A_role_not_in_the_row_returns_RoleNotAllowed()
    {
        foreach (var row in BindingRulingTransitions.Table.Rows)
            foreach (var role in Enum.GetValues<Role>().Except(row.Roles))
                Assert.IsAssignableFrom<RoleNotAllowed>(BindingRulingTransitions.Table.Check(row.From, row.Trigger, role).Error);
    }

    [Fact]
    public void Every_state_but_the_final_one_has_a_way_out()
    {
        var withExit = BindingRulingTransitions.Table.Rows.Where(r => !r.From.Equals(r.To)).Select(r => r.From).ToHashSet();
        Assert.Equal([S.DataErased], Enum.GetValues<S>().Except(withExit));
    }

    [Fact]
    public void A_party_of_another_case_is_refused()
    {
        var scenario = new BindingRulingScenario().To(S.DossierComplete);
        Assert.IsType<NotAPartyToThisCase>(scenario.Case.Withdraw(Actors.Stranger, scenario.Clock).Error);
    }

    [Fact]
    public void An_assessor_not_on_the_panel_is_refused()
    {
        var scenario = new BindingRulingScenario().To(S.DossierComplete);
        Assert.IsType<NotHandlingThisCase>(scenario.Case.StartRulingPreparation(Actors.Assessor2, scenario.Clock).Error);
    }

    [Fact]
    public void The_happy_path_reaches_closed_with_one_version_step_per_command()
    {
        var scenario = new BindingRulingScenario().To(S.Closed);
        var commands = scenario.Case.PendingAudit.Count(a => Enum.TryParse<T>(a.Action, out _));
        Assert.Equal(S.Closed, scenario.Case.State);
        Assert.Equal(commands, scenario.Case.Version);
    }
}
