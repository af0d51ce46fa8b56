using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

public class MediationServiceTests
{
    [Fact]
    [Trait("Rule", "M6")]
    public async Task M6_Positions_stay_private_to_the_mediator_until_exchanged_for_both_at_once_and_the_exchange_is_mailed()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        foreach (var p in new[] { kit.Participant, kit.Client }) Ok(await kit.Mediations.AcknowledgeAsync(p.User, number));
        Ok(await kit.Mediations.SubmitPositionAsync(kit.Participant.User, number, "Wij hebben geleverd."));

        var client = Ok(await kit.Mediations.GetAsync(kit.Client.User, number));
        Assert.Empty(client.Positions);
        Assert.True(client.Parties.Single(p => p.Name == "Fietsenwinkel BV").PositionSubmitted);
        Assert.Single(Ok(await kit.Mediations.GetAsync(kit.Mediator.User, number)).Positions);

        Ok(await kit.Mediations.SubmitPositionAsync(kit.Client.User, number, "De levering was te laat."));
        Assert.Single(Ok(await kit.Mediations.GetAsync(kit.Participant.User, number)).Positions);
        Assert.IsType<NotAllowedInMediation>((await kit.Mediations.ExchangePositionsAsync(kit.Participant.User, number)).Error);
        Ok(await kit.Mediations.ExchangePositionsAsync(kit.Mediator.User, number));

        foreach (var p in new[] { kit.Participant, kit.Client })
        {
            var view = Ok(await kit.Mediations.GetAsync(p.User, number));
            Assert.Equal(2, view.Positions.Count);
            Assert.Equal(MediationState.PositionsExchanged, view.State);
        }
        var mails = await kit.OutboxAsync();
        Assert.Equal(2, mails.Count(m => m.Subject.Contains("uitgewisseld")));
        Assert.Equal(2, mails.Count(m => m.ToAddress == kit.Mediator.Email && m.Subject.Contains("standpunt ontvangen")));
    }

    [Fact]
    [Trait("Rule", "M2")]
    public async Task M2_M4_Every_party_acknowledges_voluntariness_neutrality_and_confidentiality_before_its_position()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        Assert.Equal("Next.Acknowledge", Ok(await kit.Mediations.GetAsync(kit.Mediator.User, number)).NextStepKey);
        Assert.IsType<PrinciplesNotAcknowledged>((await kit.Mediations.SubmitPositionAsync(kit.Client.User, number, "x")).Error);
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Client.User, number));
        Assert.IsType<AlreadyAcknowledged>((await kit.Mediations.AcknowledgeAsync(kit.Client.User, number)).Error);
        Assert.IsType<OnlyPartiesMayDoThis>((await kit.Mediations.AcknowledgeAsync(kit.Mediator.User, number)).Error);
        var view = Ok(await kit.Mediations.GetAsync(kit.Mediator.User, number));
        Assert.True(view.Parties.Single(p => p.Name == "Klant BV").Acknowledged);
        Assert.False(view.Parties.Single(p => p.Name == "Fietsenwinkel BV").Acknowledged);
    }

    [Fact]
    public async Task A_party_sees_only_its_own_mediation_and_a_mediator_only_assigned_ones()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        Assert.IsType<CaseNotFound>((await kit.Mediations.GetAsync(kit.Stranger.User, number)).Error);
        Assert.IsType<CaseNotFound>((await kit.Mediations.GetAsync(kit.OtherMediator.User, number)).Error);
        Assert.IsType<CaseNotFound>((await kit.Mediations.AcknowledgeAsync(kit.Stranger.User, number)).Error);
        Assert.IsType<CaseNotFound>((await kit.Scheduling.ListAsync(kit.OtherMediator.User, number)).Error);
        Assert.IsType<CaseNotFound>((await kit.Agreements.GetAsync(kit.Stranger.User, number)).Error);
        Assert.Single(await kit.Mediations.ListAsync(kit.Mediator.User));
        Assert.Empty(await kit.Mediations.ListAsync(kit.OtherMediator.User));
        Assert.Empty(await kit.Mediations.ListAsync(kit.Participant.User));
    }
}
