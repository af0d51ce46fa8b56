using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using S = AdrDesk.Domain.Mediation.MediationState;
using T = AdrDesk.Domain.Mediation.MediationTrigger;

namespace AdrDesk.Tests.Domain;

public class MediationTests
{
    private readonly FakeTimeProvider _clock = AmsterdamClock.At(2026, 2, 2);
    private readonly MediationCase _case;

    public MediationTests()
    {
        var organisation = TestRegister.Webshop();
        var participant = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, organisation.Id).Value;
        var client = Party.Business("Klant BV", Actors.Client.UserId, Guid.NewGuid()).Value;
        _case = MediationCase.Request(CaseNumber.Create(Scheme.B2BMediation, 2026, 1).Value, participant, client, Actors.Client, _clock).Value;
    }

    private MediationTests Ok(Result result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return this;
    }

    private void ToPositionsExchanged()
    {
        Ok(_case.StartEligibilityCheck(Actors.CaseManager, _clock));
        Ok(_case.AssignMediator(Actors.CaseManager, _clock, Actors.Mediator.UserId, Actors.Mediator.DisplayName, "Kantoor De Boer, Utrecht"));
        foreach (var party in new[] { Actors.Webshop, Actors.Client })
        {
            Ok(_case.AcknowledgePrinciples(party, _clock));
            Ok(_case.SubmitPosition(party, _clock, $"Standpunt van {party.DisplayName}"));
        }
        Ok(_case.ExchangePositions(Actors.Mediator, _clock));
    }

    [Fact]
    [Trait("Rule", "M10")]
    public void M10_A_business_party_requests_mediation_online()
    {
        Assert.Equal(S.Requested, _case.State);
        Assert.Equal("MB-2026-000001", _case.Number.ToString());
        var stranger = MediationCase.Request(CaseNumber.Create(Scheme.B2BMediation, 2026, 2).Value, _case.Parties[0], _case.Parties[1], Actors.Consumer, _clock);
        Assert.IsType<NotAPartyToThisCase>(stranger.Error);
    }

    [Fact]
    [Trait("Rule", "M1")]
    public void M1_Staff_refuse_a_mediation_without_the_scheme_B2B_terms_with_a_reason()
    {
        Ok(_case.StartEligibilityCheck(Actors.CaseManager, _clock));
        Assert.IsType<TextRequired>(_case.RefuseEligibility(Actors.CaseManager, _clock, "").Error);
        Ok(_case.RefuseEligibility(Actors.CaseManager, _clock, "Contract zonder B2B-voorwaarden."));
        Assert.Equal(S.Ineligible, _case.State);
    }

    [Fact]
    [Trait("Rule", "M2")]
    [Trait("Rule", "M4")]
    public void M2_M4_Every_participant_acknowledges_the_principles_before_giving_a_position()
    {
        Ok(_case.StartEligibilityCheck(Actors.CaseManager, _clock));
        Ok(_case.AssignMediator(Actors.CaseManager, _clock, Actors.Mediator.UserId, Actors.Mediator.DisplayName, "Kantoor De Boer"));

        Assert.IsType<PrinciplesNotAcknowledged>(_case.SubmitPosition(Actors.Webshop, _clock, "x").Error);
        Ok(_case.AcknowledgePrinciples(Actors.Webshop, _clock));
        Assert.IsType<AlreadyAcknowledged>(_case.AcknowledgePrinciples(Actors.Webshop, _clock).Error);
        Ok(_case.SubmitPosition(Actors.Webshop, _clock, "Ons standpunt."));
        Assert.Equal(Actors.Mediator.UserId, _case.MediatorId);
    }

    [Fact]
    [Trait("Rule", "M2")]
    public void M2_Participation_is_voluntary_a_party_may_withdraw_before_the_positions_are_in()
    {
        Ok(_case.StartEligibilityCheck(Actors.CaseManager, _clock));
        Ok(_case.Withdraw(Actors.Client, _clock));
        Assert.Equal(S.Withdrawn, _case.State);
    }

    [Fact]
    [Trait("Rule", "M6")]
    public void M6_Positions_stay_hidden_from_the_other_party_until_both_are_exchanged_at_once()
    {
        Ok(_case.StartEligibilityCheck(Actors.CaseManager, _clock));
        Ok(_case.AssignMediator(Actors.CaseManager, _clock, Actors.Mediator.UserId, Actors.Mediator.DisplayName, "Kantoor"));
        Ok(_case.AcknowledgePrinciples(Actors.Webshop, _clock));
        Ok(_case.AcknowledgePrinciples(Actors.Client, _clock));
        Ok(_case.SubmitPosition(Actors.Webshop, _clock, "Webshop: factuur is terecht."));
        Assert.IsType<PositionAlreadySubmitted>(_case.SubmitPosition(Actors.Webshop, _clock, "nogmaals").Error);
        Assert.IsAssignableFrom<TransitionNotAllowed>(_case.ExchangePositions(Actors.Mediator, _clock).Error);

        Ok(_case.SubmitPosition(Actors.Client, _clock, "Klant: levering was te laat."));
        Assert.Equal(S.PositionsCollected, _case.State);
        Assert.Single(_case.PositionsVisibleTo(Actors.Client));
        Assert.Equal(2, _case.PositionsVisibleTo(Actors.Mediator).Count());

        Ok(_case.ExchangePositions(Actors.Mediator, _clock));
        Assert.Equal(2, _case.PositionsVisibleTo(Actors.Client).Count());
        Assert.Equal(2, _case.PositionsVisibleTo(Actors.Webshop).Count());
    }

    [Fact]
    [Trait("Rule", "M3")]
    [Trait("Rule", "M5")]
    [Trait("Rule", "M7")]
    public void M3_M5_M7_Joint_sessions_hold_logistics_only_at_the_mediators_office_by_default()
    {
        ToPositionsExchanged();
        Assert.IsType<SessionMustBeInFuture>(_case.ScheduleSession(Actors.Mediator, _clock, _clock.GetUtcNow().AddDays(-1), 90).Error);
        Ok(_case.ScheduleSession(Actors.Mediator, _clock, _clock.GetUtcNow().AddDays(7), 120));
        Ok(_case.ScheduleSession(Actors.Mediator, _clock, _clock.GetUtcNow().AddDays(14), 90, "Online"));

        Assert.Equal(S.JointSessions, _case.State);
        Assert.Equal("Kantoor De Boer, Utrecht", _case.Sessions[0].Location);
        var fields = typeof(Session).GetProperties().Select(p => p.Name);
        Assert.Equal(["Id", "StartsAt", "DurationMinutes", "Location"], fields);
        Assert.True(_case.IsConfidential);
    }

    [Fact]
    [Trait("Rule", "M8")]
    [Trait("Rule", "M9")]
    public void M8_M9_Without_agreement_the_mediator_imposes_a_binding_solution_signed_by_both_before_closing()
    {
        ToPositionsExchanged();
        Ok(_case.ScheduleSession(Actors.Mediator, _clock, _clock.GetUtcNow().AddDays(7), 120));
        Ok(_case.ImposeBindingSolution(Actors.Mediator, _clock, "Klant betaalt 70% van de factuur."));
        Assert.False(_case.IsConfidential); // M3: ends with the outcome
        Ok(_case.DraftAgreement(Actors.Mediator, _clock, "Vaststellingsovereenkomst ex art. 7:900 BW ..."));

        Ok(_case.Sign(Actors.Webshop, _clock));
        Assert.IsType<AlreadySigned>(_case.Sign(Actors.Webshop, _clock).Error);
        Assert.IsAssignableFrom<TransitionNotAllowed>(_case.Close(Actors.Mediator, _clock).Error);
        Assert.False(_case.IsEnforceable);

        Ok(_case.Sign(Actors.Client, _clock));
        Assert.Equal(S.SignedByBoth, _case.State);
        Assert.True(_case.IsEnforceable);
        Ok(_case.Close(Actors.Mediator, _clock));
        Assert.Equal(AgreementKind.BindingSolution, _case.AgreementKind);
    }

    [Fact]
    [Trait("Rule", "M8")]
    public void M8_There_is_always_an_outcome_every_path_from_joint_sessions_leads_to_an_agreement()
    {
        var fromSessions = MediationTransitions.Table.Rows.Where(r => r.From == S.JointSessions && r.To != S.JointSessions).Select(r => r.To);
        Assert.Equal([S.AgreementReached, S.BindingSolution], fromSessions.Order());
    }

    [Fact]
    public void Only_the_assigned_mediator_acts()
    {
        ToPositionsExchanged();
        var other = Actors.Mediator with { UserId = Guid.NewGuid() };
        Assert.IsType<NotHandlingThisCase>(_case.ScheduleSession(other, _clock, _clock.GetUtcNow().AddDays(7), 60).Error);
    }

    public static TheoryData<S, T> IllegalPairs()
    {
        var data = new TheoryData<S, T>();
        foreach (var state in Enum.GetValues<S>())
            foreach (var trigger in Enum.GetValues<T>())
                if (!MediationTransitions.Table.Allows(state, trigger)) data.Add(state, trigger);
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Illegal_mediation_transition_returns_TransitionNotAllowed(S state, T trigger)
    {
        foreach (var role in Enum.GetValues<Role>())
            Assert.IsAssignableFrom<TransitionNotAllowed>(MediationTransitions.Table.Check(state, trigger, role).Error);
    }

    [Fact]
    public void Illegal_mediation_command_on_the_aggregate_names_the_state()
    {
        var error = Assert.IsAssignableFrom<TransitionNotAllowed>(_case.Sign(Actors.Webshop, _clock).Error);
        Assert.Equal(("Requested", "Sign"), (error.State, error.Trigger));
    }
}
