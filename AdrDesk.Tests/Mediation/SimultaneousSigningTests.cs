using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Bug found by journey b (issue 14 item 7b): when both parties signed at nearly the same moment, the second save found the
/// case changed ("Deze zaak is intussen door iemand anders gewijzigd") and the agreement was never completed. Now the second
/// signature is applied to the case as it then is, which completes the agreement and closes the case.
/// </summary>
public sealed class SimultaneousSigningTests
{
    [Fact, Trait("Rule", "M9")]
    public async Task M9_Both_parties_signing_at_the_same_moment_both_count_and_the_agreement_becomes_final()
    {
        await using var kit = await StartAsync();
        var number = await AgreementServiceTests.InSessionsAsync(kit);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number, new("De levering van 40 fietsen.", "Fietsenwinkel BV betaalt Klant BV € 500,00.", "Utrecht")));

        var results = await Task.WhenAll(
            kit.Agreements.SignAsync(kit.Participant.User, number, 1, kit.Participant.Name, "10.0.0.1"),
            kit.Agreements.SignAsync(kit.Client.User, number, 1, kit.Client.Name, "10.0.0.2"));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        var view = Ok(await kit.Agreements.GetAsync(kit.Client.User, number));
        Assert.Equal(2, view.Signatures.Count);
        Assert.NotNull(view.Signed);
        var c = (await kit.Store.LoadAsync<MediationCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(MediationState.Closed, c.State);
    }
}
