using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Register;
using AdrDesk.Features.Workbench;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class RulingTests
{
    private static DateOnly Today(BindingRulingScenario s) => AmsterdamCalendar.DateOf(s.Clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "D16")]
    public void D16_A_ruling_states_the_decision_and_its_reasons()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);
        var noReasons = BindingRulingScenario.RulingFor(Today(s).AddDays(14)) with { Reasons = " " };

        Assert.IsType<RulingReasonsRequired>(s.Case.IssueRuling(Actors.Assessor, s.Clock, noReasons).Error);
        Assert.True(s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(Today(s).AddDays(14))).IsSuccess);
        Assert.Equal("Het product was bij aflevering defect.", s.Case.Ruling!.Reasons);
    }

    [Fact]
    [Trait("Rule", "D17")]
    public void D17_A_ruling_states_how_and_by_when_it_must_be_complied_with()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);

        Assert.IsType<ComplianceTermRequired>(s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(Today(s))).Error);
        Assert.IsType<ComplianceTermRequired>(s.Case.IssueRuling(Actors.Assessor, s.Clock,
            BindingRulingScenario.RulingFor(Today(s).AddDays(14)) with { ComplianceManner = "" }).Error);
        Assert.True(s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(Today(s).AddDays(14))).IsSuccess);
        Assert.Equal(DeadlineStatus.Met, s.Case.Deadlines.Single(d => d.Kind == DeadlineKind.Ruling).Status);
    }

    [Fact]
    [Trait("Rule", "D19")]
    public void D19_The_court_term_is_2_months_after_the_ruling_was_sent()
    {
        var s = new BindingRulingScenario().To(S.RulingIssued);
        s.Clock.Advance(TimeSpan.FromDays(1)); // sent the day after it was issued: 3 Feb 2026
        s.Case.SendRuling(Actors.CaseManager, s.Clock);

        var court = s.Case.OpenDeadline(DeadlineKind.Court)!;
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 4, 3)), court.DueAt);
        Assert.Equal(DeadlineBinds.BothParties, court.Binds);
        Assert.Equal(s.Clock.GetUtcNow(), s.Case.Ruling!.SentAt);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public void D18_One_reminder_after_the_compliance_term_and_never_a_second()
    {
        var s = new BindingRulingScenario().To(S.CompliancePeriod);
        Assert.IsType<ComplianceTermNotExpired>(s.Case.SendReminder(Actor.System, s.Clock).Error);

        s.Clock.Advance(TimeSpan.FromDays(15));
        Assert.True(s.Case.SendReminder(Actor.System, s.Clock).IsSuccess);
        Assert.Equal(DeadlineStatus.Missed, s.Case.Deadlines.Single(d => d.Kind == DeadlineKind.Compliance).Status);
        Assert.IsAssignableFrom<TransitionNotAllowed>(s.Case.SendReminder(Actor.System, s.Clock).Error);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public void D18_Non_compliance_by_the_webshop_removes_it_from_the_register_and_informs_the_certification_mark()
    {
        var s = new BindingRulingScenario().To(S.ReminderSent);
        Assert.IsType<ReminderTermNotExpired>(s.Case.DeclareNonCompliance(Actors.CaseManager, s.Clock, s.Organisation).Error);
        s.Clock.Advance(TimeSpan.FromDays(15));
        Assert.IsType<WebshopRegisterEntryRequired>(s.Case.DeclareNonCompliance(Actors.CaseManager, s.Clock, null).Error);

        Assert.True(s.Case.DeclareNonCompliance(Actors.CaseManager, s.Clock, s.Organisation).IsSuccess);

        Assert.Equal(OrganisationStatus.RemovedFromRegister, s.Organisation.Status);
        Assert.Contains(s.Case.PendingEvents, e => e.Kind == "WebshopRemovedFromRegister");
        Assert.Contains(s.Case.PendingAudit, a => a.Action == "WebshopRemovedFromRegister" && a.After == "Thuiswinkel Waarborg");
    }

    [Fact]
    [Trait("Rule", "D18")]
    public void D18_Non_compliance_by_the_consumer_leaves_the_register_alone()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);
        s.Case.IssueRuling(Actors.Assessor, s.Clock, BindingRulingScenario.RulingFor(Today(s).AddDays(7), PartyRole.Consumer));
        s.To(S.NonCompliance);

        Assert.Equal(OrganisationStatus.Active, s.Organisation.Status);
        Assert.DoesNotContain(s.Case.PendingEvents, e => e.Kind == "WebshopRemovedFromRegister");
    }

    [Fact]
    [Trait("Rule", "D24")]
    public void D24_Data_is_kept_2_years_after_the_ruling_and_then_erased()
    {
        var s = new BindingRulingScenario().To(S.Closed);
        var retention = s.Case.OpenDeadline(DeadlineKind.Retention)!;
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2028, 2, 2)), retention.DueAt);

        s.Clock.SetUtcNow(retention.DueAt.AddTicks(-1));
        Assert.IsType<RetentionNotExpired>(s.Case.EraseData(Actor.System, s.Clock).Error);
        s.Clock.SetUtcNow(retention.DueAt);
        Assert.True(s.Case.EraseData(Actor.System, s.Clock).IsSuccess);
        Assert.Equal(S.DataErased, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D24")]
    public void D24_Data_of_a_refused_case_is_kept_2_years_after_the_stop()
    {
        var s = new BindingRulingScenario().To(S.Refused);
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2028, 2, 2)), s.Case.OpenDeadline(DeadlineKind.Retention)!.DueAt);
    }

    [Fact]
    [Trait("Rule", "D27")]
    public void D27_The_ruling_editor_shows_the_mandatory_consumer_law_clause()
    {
        // Issue 20 item 4: the editor shows the ruling template's own sentences (one source for editor and PDF).
        Assert.Contains(AdrDesk.Features.Documents.Templates.BindingRulingTexts.For(AdrDesk.Features.Documents.Models.DocumentLanguage.Nl).ApplicableLaw, s => s.Contains("7:902"));
        Assert.Contains(AdrDesk.Features.Documents.Templates.BindingRulingTexts.For(AdrDesk.Features.Documents.Models.DocumentLanguage.En).ApplicableLaw, s => s.Contains("Rome I"));
    }
}
