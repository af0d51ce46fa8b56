using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class ProcedureTests
{
    [Fact]
    [Trait("Rule", "D12")]
    public void D12_Forwarding_gives_the_respondent_14_days_and_a_timely_response_meets_it()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        var response = s.Case.OpenDeadline(DeadlineKind.Response)!;

        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 2, 16)), response.DueAt);
        Assert.Equal(DeadlineBinds.Business, response.Binds);
        Assert.IsType<OnlyRespondentMayRespond>(s.Case.RecordResponse(Actors.Consumer, s.Clock, "x").Error);
        Assert.True(s.Case.RecordResponse(Actors.Webshop, s.Clock, "Ons verweer.").IsSuccess);
        Assert.Equal(DeadlineStatus.Met, response.Status);
    }

    [Fact]
    [Trait("Rule", "D12")]
    public void D12_The_response_term_expires_only_after_14_days_and_is_then_missed()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        s.Clock.Advance(TimeSpan.FromDays(14));
        Assert.IsType<ResponseTermNotExpired>(s.Case.ExpireResponseTerm(Actor.System, s.Clock).Error);

        s.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(s.Case.ExpireResponseTerm(Actor.System, s.Clock).IsSuccess);
        Assert.Equal(S.SettlementAttempt, s.Case.State);
        Assert.Equal(DeadlineStatus.Missed, s.Case.Deadlines.Single(d => d.Kind == DeadlineKind.Response).Status);
    }

    [Fact]
    [Trait("Rule", "D10")]
    public void D10_Forwarding_needs_an_assigned_panel()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        Assert.IsType<PanelNotAssigned>(s.Case.Forward(Actors.CaseManager, s.Clock).Error);
    }

    [Fact]
    [Trait("Rule", "D13")]
    public void D13_Each_party_sees_everything_the_other_submits_but_never_staff_notes()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        s.Case.AddSubmission(Actors.Consumer, s.Clock, "Foto van de schade.");
        s.Case.AddStaffNote(Actors.Assessor, s.Clock, "Intern: lijkt op transportschade.");

        Assert.Contains(s.Case.SubmissionsVisibleTo(Actors.Webshop), x => x.Content == "Foto van de schade.");
        Assert.Contains(s.Case.SubmissionsVisibleTo(Actors.Consumer), x => x.Content == "Wij betwisten de klacht.");
        Assert.DoesNotContain(s.Case.SubmissionsVisibleTo(Actors.Webshop), x => x.Kind == SubmissionKind.StaffNote);
        Assert.DoesNotContain(s.Case.SubmissionsVisibleTo(Actors.Consumer), x => x.Kind == SubmissionKind.StaffNote);
        Assert.Contains(s.Case.SubmissionsVisibleTo(Actors.CaseManager), x => x.Kind == SubmissionKind.StaffNote);
    }

    [Fact]
    [Trait("Rule", "D13")]
    public void D13_An_information_request_has_a_term_and_blocks_dossier_complete_until_answered()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        Assert.True(s.Case.RequestInformation(Actors.Assessor, s.Clock, s.Case.Webshop.Id, "Stuur de verzendbevestiging.", 7).IsSuccess);
        var request = Assert.Single(s.Case.InformationRequests);
        var term = s.Case.Deadlines.Single(d => d.SubjectId == request.Id);

        Assert.Equal(DeadlineBinds.Business, term.Binds);
        Assert.IsType<InformationOutstanding>(s.Case.DeclareDossierComplete(Actors.Assessor, s.Clock).Error);
        Assert.IsType<UnknownInformationRequest>(s.Case.AddSubmission(Actors.Consumer, s.Clock, "x", answersRequestId: request.Id).Error);

        Assert.True(s.Case.AddSubmission(Actors.Webshop, s.Clock, "Bevestiging bijgevoegd.", answersRequestId: request.Id).IsSuccess);
        Assert.Equal(DeadlineStatus.Met, term.Status);
        Assert.True(s.Case.DeclareDossierComplete(Actors.Assessor, s.Clock).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D13")]
    public void D13_Information_term_must_be_between_1_and_90_days()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        Assert.IsType<InvalidInformationTerm>(s.Case.RequestInformation(Actors.Assessor, s.Clock, s.Case.Webshop.Id, "?", 0).Error);
        Assert.IsType<UnknownParty>(s.Case.RequestInformation(Actors.Assessor, s.Clock, Guid.NewGuid(), "?", 7).Error);
    }

    [Fact]
    [Trait("Rule", "D14")]
    public void D14_Settlement_is_attempted_and_recorded_before_a_ruling_can_be_prepared()
    {
        var s = new BindingRulingScenario().To(S.SettlementAttempt);

        Assert.IsAssignableFrom<TransitionNotAllowed>(s.Case.StartRulingPreparation(Actors.Assessor, s.Clock).Error);
        Assert.IsType<SettlementResultRequired>(s.Case.FailSettlement(Actors.Assessor, s.Clock, " ").Error);
        Assert.True(s.Case.FailSettlement(Actors.Assessor, s.Clock, "Webshop biedt 20%, consument wil 100%.").IsSuccess);
        Assert.Equal("Webshop biedt 20%, consument wil 100%.", s.Case.SettlementAttempt!.Result);
    }

    [Fact]
    [Trait("Rule", "D14")]
    public void D14_A_successful_settlement_ends_the_case()
    {
        var s = new BindingRulingScenario().To(S.SettlementAttempt);
        Assert.True(s.Case.Settle(Actors.Assessor, s.Clock, "Webshop betaalt € 80,00.").IsSuccess);
        Assert.Equal(S.Settled, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D15")]
    public void D15_Ruling_due_90_days_after_dossier_complete()
    {
        var s = new BindingRulingScenario().To(S.DossierComplete);
        var ruling = s.Case.OpenDeadline(DeadlineKind.Ruling)!;

        // Dossier complete on 2 Feb 2026; 90 days later is 3 May 2026 (CEST, UTC+2).
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 21, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), ruling.DueAt);
        Assert.Equal(DeadlineBinds.Assessor, ruling.Binds);
    }

    [Fact]
    [Trait("Rule", "D15")]
    public void D15_The_ruling_term_is_extended_once_by_at_most_90_days_with_an_expected_date()
    {
        var s = new BindingRulingScenario().To(S.DossierComplete);
        var ruling = s.Case.OpenDeadline(DeadlineKind.Ruling)!;

        Assert.IsType<InvalidRulingExtension>(s.Case.ExtendRulingTerm(Actors.Assessor, s.Clock, new DateOnly(2026, 8, 2), "Complex").Error);
        Assert.True(s.Case.ExtendRulingTerm(Actors.Assessor, s.Clock, new DateOnly(2026, 8, 1), "Deskundige nodig").IsSuccess);
        Assert.Equal(DeadlineStatus.Extended, ruling.Status);
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 8, 1)), ruling.DueAt);
        Assert.Equal(AmsterdamCalendar.EndOfDay(new DateOnly(2026, 5, 3)), ruling.OriginalDueAt);
        Assert.Contains(s.Case.PendingAudit, a => a.Action == "DeadlineExtended:Ruling");

        Assert.IsType<RulingTermAlreadyExtended>(s.Case.ExtendRulingTerm(Actors.Assessor, s.Clock, new DateOnly(2026, 8, 1), "Nog eens").Error);
    }
}
