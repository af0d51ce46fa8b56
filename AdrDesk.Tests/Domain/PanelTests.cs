using AdrDesk.Domain.BindingRuling;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class PanelTests
{
    private static PanelMember M(AdrDesk.Domain.Common.Actor a, bool rapporteur = false) => BindingRulingScenario.Member(a, rapporteur);

    [Fact]
    [Trait("Rule", "D10")]
    public void D10_A_panel_is_one_assessor_or_three_with_one_rapporteur()
    {
        var s = new BindingRulingScenario().To(S.Screening);

        Assert.IsType<InvalidPanelSize>(s.Case.AssignPanel(Actors.CaseManager, s.Clock, [M(Actors.Assessor), M(Actors.Assessor2)]).Error);
        Assert.IsType<InvalidPanelSize>(s.Case.AssignPanel(Actors.CaseManager, s.Clock, [M(Actors.Assessor), M(Actors.Assessor), M(Actors.Assessor2)]).Error);
        Assert.IsType<RapporteurRequired>(s.Case.AssignPanel(Actors.CaseManager, s.Clock, [M(Actors.Assessor), M(Actors.Assessor2), M(Actors.Assessor3)]).Error);
        Assert.True(s.Case.AssignPanel(Actors.CaseManager, s.Clock, [M(Actors.Assessor), M(Actors.Assessor2, true), M(Actors.Assessor3)]).IsSuccess);

        Assert.Equal(3, s.Case.CurrentPanel.Count());
        Assert.Equal(Actors.Assessor2.UserId, s.Case.CurrentPanel.Single(p => p.IsRapporteur).AssessorId);
        Assert.IsType<PanelAlreadyAssigned>(s.Case.AssignPanel(Actors.CaseManager, s.Clock, [M(Actors.Assessor)]).Error);
    }

    [Fact]
    [Trait("Rule", "D11")]
    public void D11_An_upheld_challenge_replaces_the_assessor_and_keeps_the_history()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        Assert.IsType<ChallengeGroundsRequired>(s.Case.FileChallenge(Actors.Consumer, s.Clock, Actors.Assessor.UserId, " ").Error);
        Assert.IsType<AssessorNotOnPanel>(s.Case.FileChallenge(Actors.Consumer, s.Clock, Actors.Assessor2.UserId, "x").Error);
        Assert.True(s.Case.FileChallenge(Actors.Consumer, s.Clock, Actors.Assessor.UserId, "De beoordelaar werkte eerder voor de webshop.").IsSuccess);
        var challenge = Assert.Single(s.Case.Challenges);
        Assert.Equal(s.Case.Consumer.Id, challenge.FiledByPartyId);

        Assert.IsType<ReplacementAssessorRequired>(s.Case.DecideChallenge(Actors.CaseManager, s.Clock, challenge.Id, true, "Gegrond.", null).Error);
        Assert.True(s.Case.DecideChallenge(Actors.CaseManager, s.Clock, challenge.Id, true, "Schijn van partijdigheid.", M(Actors.Assessor2)).IsSuccess);

        Assert.Equal(ChallengeOutcome.Upheld, challenge.Outcome);
        Assert.Equal(Actors.Assessor2.UserId, Assert.Single(s.Case.CurrentPanel).AssessorId);
        Assert.Equal(2, s.Case.PanelHistory.Count);
        Assert.Equal(challenge.Id, s.Case.PanelHistory.Single(p => !p.IsCurrent).EndedByChallengeId);
        Assert.IsType<ChallengeAlreadyDecided>(s.Case.DecideChallenge(Actors.CaseManager, s.Clock, challenge.Id, false, "x", null).Error);
        // The replaced assessor no longer handles the case; the new one does.
        Assert.False(s.Case.DeclareDossierComplete(Actors.Assessor, s.Clock).IsSuccess);
        Assert.True(s.Case.DeclareDossierComplete(Actors.Assessor2, s.Clock).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D11")]
    public void D11_A_rejected_challenge_keeps_the_assessor_and_a_pending_one_blocks_the_ruling()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);
        s.Case.FileChallenge(Actors.Webshop, s.Clock, Actors.Assessor.UserId, "Twijfel aan onafhankelijkheid.");
        var complyBy = AdrDesk.Domain.Common.AmsterdamCalendar.DateOf(s.Clock.GetUtcNow()).AddDays(14);

        Assert.IsType<ChallengePending>(s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(complyBy)).Error);
        Assert.True(s.Case.DecideChallenge(Actors.CaseManager, s.Clock, s.Case.Challenges[0].Id, false, "Geen concrete aanwijzing.", null).IsSuccess);
        Assert.Equal(Actors.Assessor.UserId, Assert.Single(s.Case.CurrentPanel).AssessorId);
        Assert.True(s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(complyBy)).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "Directive 6")]
    public void Directive_art6_An_assessor_on_the_panel_declares_a_conflict_of_interest()
    {
        var s = new BindingRulingScenario().To(S.SettlementAttempt);

        Assert.True(s.Case.DeclareConflictOfInterest(Actors.Assessor, s.Clock, "Ik ken de eigenaar van de webshop.").IsSuccess);
        Assert.False(s.Case.DeclareConflictOfInterest(Actors.Assessor2, s.Clock, "Niet mijn zaak.").IsSuccess);
        var declaration = Assert.Single(s.Case.ConflictDeclarations);
        Assert.Equal(Actors.Assessor.UserId, declaration.AssessorId);
    }
}
