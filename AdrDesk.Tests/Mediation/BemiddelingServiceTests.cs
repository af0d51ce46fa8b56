using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Mediation.Bemiddeling;
using AdrDesk.Features.Cases;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

public class BemiddelingServiceTests
{
    private static async Task<string> RegisterAsync(MediationKit kit)
    {
        var consumer = Party.Consumer("Sanne de Vries", kit.Consumer.Id).Value;
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.ConsumerBemiddeling,
            n => BemiddelingCase.Register(n, consumer, participant, "De fiets is niet geleverd.", kit.Consumer.Actor, kit.Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value.Number.ToString();
    }

    [Fact]
    [Trait("Rule", "B2")]
    [Trait("Rule", "B3")]
    public async Task B2_B3_The_desk_assesses_notifies_the_participant_and_a_direct_solution_is_recorded_and_mailed()
    {
        await using var kit = await StartAsync();
        var service = kit.Services.GetRequiredService<BemiddelingService>();
        var number = await RegisterAsync(kit);
        Assert.IsAssignableFrom<AdrDesk.Domain.Cases.RoleNotAllowed>((await service.AssessAsync(kit.Consumer.User, number)).Error);
        Assert.Contains("Assess", Ok(await service.GetAsync(kit.Staff.User, number)).Allowed);
        Ok(await service.AssessAsync(kit.Staff.User, number));
        Ok(await service.NotifyParticipantAsync(kit.Staff.User, number));
        Assert.Single(await kit.OutboxAsync(), m => m.ToAddress == kit.Participant.Email && m.Subject.Contains("verzoek ingediend"));
        Assert.IsType<AdrDesk.Domain.Cases.TextRequired>((await service.ResolveDirectlyAsync(kit.Participant.User, number, " ")).Error);
        Ok(await service.ResolveDirectlyAsync(kit.Participant.User, number, "Nieuwe fiets geleverd."));
        var view = Ok(await service.GetAsync(kit.Consumer.User, number));
        Assert.Equal(BemiddelingState.ResolvedDirectly, view.State);
        Assert.Equal("Nieuwe fiets geleverd.", view.Outcome);
        Assert.Equal(2, (await kit.OutboxAsync()).Count(m => m.Subject.Contains("direct opgelost")));
        Ok(await service.CloseAsync(kit.Staff.User, number));
        Assert.IsType<CaseNotFound>((await service.GetAsync(kit.Stranger.User, number)).Error);
        Assert.IsType<CaseNotFound>((await service.GetAsync(kit.Mediator.User, number)).Error);
    }

    [Fact]
    [Trait("Rule", "B2")]
    public async Task B2_A_request_that_does_not_qualify_is_closed_with_the_reason_sent_to_the_consumer()
    {
        await using var kit = await StartAsync();
        var service = kit.Services.GetRequiredService<BemiddelingService>();
        var number = await RegisterAsync(kit);
        Assert.IsType<AdrDesk.Domain.Cases.TextRequired>((await service.DeclareNotQualifyingAsync(kit.Staff.User, number, "")).Error);
        Ok(await service.DeclareNotQualifyingAsync(kit.Staff.User, number, "Geen klant van een deelnemer (B1)."));
        Assert.Equal(BemiddelingState.Closed, Ok(await service.GetAsync(kit.Staff.User, number)).State);
        var mail = Assert.Single(await kit.OutboxAsync());
        Assert.Equal(kit.Consumer.Email, mail.ToAddress);
        Assert.Contains("Geen klant van een deelnemer", mail.TextBody);
    }

    [Fact]
    [Trait("Rule", "B3")]
    public async Task B3_An_unresolved_request_is_escalated_by_the_consumer_with_a_reason()
    {
        await using var kit = await StartAsync();
        var service = kit.Services.GetRequiredService<BemiddelingService>();
        var number = await RegisterAsync(kit);
        Ok(await service.AssessAsync(kit.Staff.User, number));
        Ok(await service.NotifyParticipantAsync(kit.Staff.User, number));
        Assert.DoesNotContain("Escalate", Ok(await service.GetAsync(kit.Participant.User, number)).Allowed);
        Ok(await service.EscalateAsync(kit.Consumer.User, number, "De webwinkel reageert niet."));
        var view = Ok(await service.GetAsync(kit.Staff.User, number));
        Assert.Equal(BemiddelingState.Escalated, view.State);
        Assert.False(view.ParticipantAffiliated); // not in the register: escalation goes to the desk
        var told = Assert.Single(await kit.OutboxAsync(), m => m.ToAddress == kit.Consumer.Email && m.Subject.Contains("geëscaleerd"));
        Assert.Contains("De webwinkel reageert niet.", told.TextBody);
        Assert.Contains("de balie neemt contact met u op", told.TextBody);
        Assert.Single((await service.ListAsync(kit.Consumer.User)));
    }
}
