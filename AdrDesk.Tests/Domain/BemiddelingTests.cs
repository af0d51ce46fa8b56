using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using S = AdrDesk.Domain.Bemiddeling.BemiddelingState;
using T = AdrDesk.Domain.Bemiddeling.BemiddelingTrigger;

namespace AdrDesk.Tests.Domain;

public class BemiddelingTests
{
    private readonly FakeTimeProvider _clock = AmsterdamClock.At(2026, 2, 2);
    private readonly BemiddelingCase _case;

    public BemiddelingTests()
    {
        var consumer = Party.Consumer("Sanne de Vries", Actors.Consumer.UserId).Value;
        var participant = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, Guid.NewGuid()).Value;
        _case = BemiddelingCase.Register(CaseNumber.Create(Scheme.ConsumerBemiddeling, 2026, 9).Value, consumer, participant,
            "Fiets niet geleverd.", Actors.Consumer, _clock).Value;
    }

    [Fact]
    [Trait("Rule", "B2")]
    public void B2_The_consumer_registers_and_the_desk_assesses_whether_it_qualifies()
    {
        Assert.Equal(S.Registered, _case.State);
        Assert.IsType<RoleNotAllowed>(_case.Assess(Actors.Consumer, _clock).Error);
        Assert.True(_case.Assess(Actors.CaseManager, _clock).IsSuccess);
        Assert.Equal(S.Assessed, _case.State);
    }

    [Fact]
    [Trait("Rule", "B2")]
    public void B2_A_request_that_does_not_qualify_is_closed_with_a_reason()
    {
        Assert.IsType<TextRequired>(_case.DeclareNotQualifying(Actors.CaseManager, _clock, " ").Error);
        Assert.True(_case.DeclareNotQualifying(Actors.CaseManager, _clock, "Geen klant van een deelnemer.").IsSuccess);
        Assert.Equal((S.Closed, "Geen klant van een deelnemer."), (_case.State, _case.Outcome));
    }

    [Fact]
    [Trait("Rule", "B3")]
    public void B3_The_participant_is_notified_and_may_resolve_it_directly_with_the_customer()
    {
        _case.Assess(Actors.CaseManager, _clock);
        Assert.True(_case.NotifyParticipant(Actor.System, _clock).IsSuccess);
        Assert.True(_case.ResolveDirectly(Actors.Webshop, _clock, "Fiets alsnog geleverd.").IsSuccess);
        Assert.True(_case.Close(Actor.System, _clock).IsSuccess);
        Assert.Equal(S.Closed, _case.State);
        Assert.Equal(["Register", "Assess", "NotifyParticipant", "ResolveDirectly", "Close"], _case.PendingEvents.Select(e => e.Kind));
    }

    [Fact]
    [Trait("Rule", "B3")]
    public void B3_An_unresolved_request_is_escalated()
    {
        _case.Assess(Actors.CaseManager, _clock);
        _case.NotifyParticipant(Actors.CaseManager, _clock);
        Assert.True(_case.Escalate(Actors.Consumer, _clock, "Geen reactie van de webshop.").IsSuccess);
        Assert.Equal(S.Escalated, _case.State);
    }

    public static TheoryData<S, T> IllegalPairs()
    {
        var data = new TheoryData<S, T>();
        foreach (var state in Enum.GetValues<S>())
            foreach (var trigger in Enum.GetValues<T>())
                if (!BemiddelingTransitions.Table.Allows(state, trigger)) data.Add(state, trigger);
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Illegal_bemiddeling_transition_returns_TransitionNotAllowed(S state, T trigger)
    {
        typeof(BemiddelingCase).GetProperty(nameof(BemiddelingCase.State))!.SetValue(_case, state);
        Result result = trigger switch
        {
            T.Assess => _case.Assess(Actors.Admin, _clock),
            T.DeclareNotQualifying => _case.DeclareNotQualifying(Actors.Admin, _clock, "x"),
            T.NotifyParticipant => _case.NotifyParticipant(Actors.Admin, _clock),
            T.ResolveDirectly => _case.ResolveDirectly(Actors.Admin, _clock, "x"),
            T.Escalate => _case.Escalate(Actors.Admin, _clock, "x"),
            T.EraseData => _case.EraseData(Actors.Admin, _clock),
            _ => _case.Close(Actors.Admin, _clock),
        };
        Assert.IsAssignableFrom<TransitionNotAllowed>(result.Error);
        Assert.Equal(state, _case.State);
    }
}
