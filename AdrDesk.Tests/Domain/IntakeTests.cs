using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Schemes;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class IntakeTests
{
    private static (Party Consumer, Party Webshop) Parties(BindingRulingScenario s) => (
        Party.Consumer("Sanne", Actors.Consumer.UserId).Value, Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, s.Organisation.Id).Value);

    private static readonly CaseNumber Number = CaseNumber.Create(Scheme.BindingRuling, 2026, 7).Value;

    [Fact]
    [Trait("Rule", "D8")]
    public void D8_German_may_be_the_filing_language_but_not_the_procedure_language()
    {
        var s = new BindingRulingScenario();
        var (consumer, webshop) = Parties(s);

        var german = BindingRulingCase.Draft(Number, consumer, webshop, PartyRole.Consumer, Language.De, Language.De, FilingChannel.Online, Actors.Consumer, s.Clock);
        var english = BindingRulingCase.Draft(Number, consumer, webshop, PartyRole.Consumer, Language.De, Language.En, FilingChannel.Online, Actors.Consumer, s.Clock);

        Assert.IsType<ProcedureLanguageNotOffered>(german.Error);
        Assert.Equal(Language.En, english.Value.ProcedureLanguage);
        Assert.Equal(Language.De, english.Value.FilingLanguage);
    }

    [Fact]
    [Trait("Rule", "D6")]
    public void D6_Staff_enter_a_paper_questionnaire_but_do_not_file_online_for_a_party()
    {
        var s = new BindingRulingScenario();
        var (consumer, webshop) = Parties(s);

        var paper = BindingRulingCase.Draft(Number, consumer, webshop, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Paper, Actors.CaseManager, s.Clock);
        var online = BindingRulingCase.Draft(Number, consumer, webshop, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, Actors.CaseManager, s.Clock);

        Assert.Equal(FilingChannel.Paper, paper.Value.Channel);
        Assert.True(paper.Value.Submit(Actors.CaseManager, s.Clock, true).IsSuccess);
        Assert.IsType<NotAPartyToThisCase>(online.Error);
    }

    [Fact]
    [Trait("Rule", "D17")]
    public void D17_Filing_requires_accepting_the_binding_nature_of_the_ruling()
    {
        var s = new BindingRulingScenario();
        Assert.IsType<BindingNatureNotAccepted>(s.Case.Submit(Actors.Consumer, s.Clock, acceptsBindingRuling: false).Error);
        Assert.Equal(S.Draft, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D9")]
    public void D9_Both_parties_may_file_but_only_the_filer_submits()
    {
        var s = new BindingRulingScenario(PartyRole.Business);
        Assert.IsType<OnlyTheFilerMaySubmit>(s.Case.Submit(Actors.Consumer, s.Clock, true).Error);
        Assert.True(s.Case.Submit(Actors.Webshop, s.Clock, true).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D9")]
    public void D9_A_webshop_filing_waits_5_weeks_for_consent_and_proceeds_on_consent()
    {
        var s = new BindingRulingScenario(PartyRole.Business).To(S.AwaitingConsent);
        var consent = s.Case.OpenDeadline(DeadlineKind.Consent)!;

        // 2 Feb 2026 + 35 days = 9 March 2026, end of day Amsterdam (CET, UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 22, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), consent.DueAt);
        Assert.Equal(DeadlineBinds.Consumer, consent.Binds);
        Assert.True(s.Case.GiveConsent(Actors.Consumer, s.Clock).IsSuccess);
        Assert.Equal(S.Screening, s.Case.State);
        Assert.Equal(DeadlineStatus.Met, consent.Status);
    }

    [Fact]
    [Trait("Rule", "D9")]
    public void D9_Consent_is_only_asked_when_the_webshop_filed()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        Assert.IsType<ConsentOnlyForWebshopFiling>(s.Case.RequestConsent(Actors.CaseManager, s.Clock).Error);
    }

    [Fact]
    [Trait("Rule", "D25g")]
    public void D25g_Consent_lapses_only_after_5_weeks_and_then_refuses_the_case()
    {
        var s = new BindingRulingScenario(PartyRole.Business).To(S.AwaitingConsent);
        s.Clock.Advance(TimeSpan.FromDays(34));
        Assert.IsType<ConsentTermNotExpired>(s.Case.LapseConsent(Actor.System, s.Clock).Error);

        s.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True(s.Case.LapseConsent(Actor.System, s.Clock).IsSuccess);
        Assert.Equal(S.Refused, s.Case.State);
        Assert.Equal("D25g", Assert.Single(s.Case.RefusalReasons).RuleId);
    }

    [Fact]
    [Trait("Rule", "D25g")]
    public void D25g_The_consumer_declining_consent_refuses_the_case()
    {
        var s = new BindingRulingScenario(PartyRole.Business).To(S.AwaitingConsent);
        Assert.True(s.Case.DeclineConsent(Actors.Consumer, s.Clock).IsSuccess);
        Assert.Equal(S.Refused, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D5")]
    public void D5_The_case_waits_until_the_register_shows_the_webshop_subscribed()
    {
        var s = new BindingRulingScenario().To(S.AwaitingSubscription);
        var unsubscribed = TestRegister.Webshop(subscribedFrom: new DateOnly(2030, 1, 1));

        Assert.IsType<WebshopNotSubscribed>(s.Case.ConfirmSubscription(Actors.CaseManager, s.Clock, unsubscribed).Error);
        Assert.True(s.Case.ConfirmSubscription(Actors.CaseManager, s.Clock, s.Organisation).IsSuccess);
        Assert.Equal(S.Screening, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D5")]
    [Trait("Rule", "B1")]
    public void D5_B1_Filing_is_free_no_fee_field_exists()
    {
        Type[] types = [typeof(Party), typeof(BindingRulingCase), typeof(AdrDesk.Domain.Bemiddeling.BemiddelingCase), typeof(AdrDesk.Domain.Mediation.MediationCase)];
        Assert.DoesNotContain(types.SelectMany(t => t.GetProperties()), p => p.Name.Contains("Fee") || p.Name.Contains("Price"));
    }

    [Fact]
    [Trait("Rule", "Directive 5(4)")]
    public void Directive_art5_4_Reasoned_refusal_term_is_3_weeks_from_filing_and_met_when_refused()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        var term = s.Case.OpenDeadline(DeadlineKind.Refusal)!;
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 2, 23)), term.DueAt);

        s.Case.Refuse(Actors.CaseManager, s.Clock, [new RefusalReason("D25b", "Gering gebrek.")]);
        Assert.Equal(DeadlineStatus.Met, term.Status);
    }

    [Fact]
    [Trait("Rule", "D26")]
    public void D26_Refusal_needs_at_least_one_D25_ground_with_a_written_reason()
    {
        var s = new BindingRulingScenario().To(S.Screening);

        Assert.IsType<RefusalGroundRequired>(s.Case.Refuse(Actors.CaseManager, s.Clock, []).Error);
        Assert.IsType<WrittenReasonRequired>(s.Case.Refuse(Actors.CaseManager, s.Clock, [new RefusalReason("D25h", " ")]).Error);
        Assert.IsType<WrittenReasonRequired>(s.Case.Refuse(Actors.CaseManager, s.Clock, [new RefusalReason("D12", "x")]).Error);
        Assert.True(s.Case.Refuse(Actors.CaseManager, s.Clock, [new RefusalReason("D25h", "Failliet sinds 1 maart.")]).IsSuccess);
        Assert.Contains("D25h: Failliet sinds 1 maart.", s.Case.PendingAudit.Last(a => a.Action == "Refuse").Detail);
    }

    [Fact]
    [Trait("Rule", "D25h")]
    public void D25h_Staff_may_refuse_after_filing_when_the_webshop_goes_bankrupt()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        Assert.True(s.Case.Refuse(Actors.CaseManager, s.Clock, [new RefusalReason("D25h", "Failliet verklaard.")]).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D25i")]
    public void D25i_The_override_is_recorded_on_the_case_with_who_when_and_why()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        Assert.True(s.Case.RecordStaffDecision(Actors.CaseManager, s.Clock, "D25i", StaffDecisionOutcome.Handle, "Webshop verwees naar ons.").IsSuccess);

        var decision = Assert.Single(s.Case.StaffDecisions);
        Assert.Equal((Actors.CaseManager.UserId, "D25i"), (decision.DecidedById, decision.RuleId));
        Assert.Contains(s.Case.PendingAudit, a => a.Action == "RecordStaffDecision" && a.Detail!.Contains("Webshop verwees"));
        Assert.Equal(S.Screening, s.Case.State);
    }
}
