using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Scheduling;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

public class AgreementServiceTests
{
    /// <summary>A mediation with one confirmed joint session (state JointSessions).</summary>
    internal static async Task<string> InSessionsAsync(MediationKit kit)
    {
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [Slot(2026, 3, 10, 10)]));
        var id = Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0].Id;
        Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, id, true, null));
        Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, id, true, null));
        kit.Clock.SetUtcNow(Slot(2026, 3, 10, 13).Start);
        return number;
    }

    private static DraftInput Draft(string terms = "Fietsenwinkel BV betaalt Klant BV € 1.250,00.\nKlant BV retourneert de fietsen.") =>
        new("De levering van 40 fietsen in januari 2026.", terms, "Utrecht");

    [Fact]
    [Trait("Rule", "M9")]
    [Trait("Rule", "M3")]
    public async Task M9_Versions_change_proposals_and_both_signatures_with_the_documents_SHA256_make_it_final_and_close_the_case()
    {
        await using var kit = await StartAsync();
        var number = await InSessionsAsync(kit);
        Assert.Null(Ok(await kit.Mediations.GetAsync(kit.Client.User, number)).AgreementText);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        Assert.False(Ok(await kit.Mediations.GetAsync(kit.Client.User, number)).IsConfidential); // M3 ends at agreement

        var preview = Ok(await kit.Agreements.PreviewAsync(kit.Mediator.User, number, Draft()));
        Assert.Contains("Klant BV retourneert de fietsen.", preview);
        Assert.Equal(1, Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number, Draft())));
        Assert.IsType<NotAllowedInMediation>((await kit.Agreements.DraftAsync(kit.Client.User, number, Draft())).Error);

        Ok(await kit.Agreements.ProposeChangeAsync(kit.Client.User, number, "Retour op kosten van Fietsenwinkel BV."));
        Assert.IsType<OpenChangeProposals>((await kit.Agreements.SignAsync(kit.Participant.User, number, 1, kit.Participant.Name, "10.0.0.1")).Error);
        Assert.Equal(2, Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number,
            Draft("Fietsenwinkel BV betaalt Klant BV € 1.250,00.\nKlant BV retourneert de fietsen op kosten van Fietsenwinkel BV."))));

        Assert.IsType<SignedVersionChanged>((await kit.Agreements.SignAsync(kit.Participant.User, number, 1, kit.Participant.Name, "10.0.0.1")).Error);
        Assert.IsType<SignatureNameMismatch>((await kit.Agreements.SignAsync(kit.Participant.User, number, 2, "M. Jansen", "10.0.0.1")).Error);
        Ok(await kit.Agreements.SignAsync(kit.Participant.User, number, 2, " mark  jansen ", "10.0.0.1"));
        Assert.IsType<AgreementTextFixedBySignature>((await kit.Agreements.DraftAsync(kit.Mediator.User, number, Draft())).Error);
        Assert.IsType<AgreementTextFixedBySignature>((await kit.Agreements.ProposeChangeAsync(kit.Client.User, number, "Toch nog iets.")).Error);
        Assert.IsType<AlreadySigned>((await kit.Agreements.SignAsync(kit.Participant.User, number, 2, kit.Participant.Name, "10.0.0.1")).Error);

        kit.Clock.Advance(TimeSpan.FromHours(1));
        Ok(await kit.Agreements.SignAsync(kit.Client.User, number, 2, kit.Client.Name, "192.0.2.7"));

        var view = Ok(await kit.Agreements.GetAsync(kit.Client.User, number));
        Assert.Equal(2, view.Current!.Number);
        Assert.All(view.Signatures, s => Assert.Equal(view.Current.Sha256, s.Sha256));
        Assert.Equal(64, view.Current.Sha256.Length);
        Assert.Contains(view.Signatures, s => s.TypedName == "Ilse de Klant" && s.IpAddress == "192.0.2.7" && s.AccountEmail == kit.Client.Email);
        Assert.NotNull(view.Signed);
        var signed = Ok(await kit.Agreements.OpenDocumentAsync(kit.Participant.User, number, view.Signed!.DocumentId));
        Assert.True(signed.Content.Length > 1000);

        var c = (await kit.Store.LoadAsync<MediationCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(MediationState.Closed, c.State);
        Assert.True(c.IsEnforceable);
        var mails = (await kit.OutboxAsync()).Where(m => m.Subject.Contains("door beide partijen ondertekend")).ToList();
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Single(m.Attachments));
    }

    [Fact]
    [Trait("Rule", "M8")]
    public async Task M8_Without_agreement_the_mediator_records_it_and_drafts_the_binding_solution_in_the_same_form()
    {
        await using var kit = await StartAsync();
        var number = await InSessionsAsync(kit);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.BindingSolution, "Partijen konden het niet eens worden."));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number, Draft()));
        var view = Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number));
        Assert.Equal(AgreementKind.BindingSolution, view.Current!.Kind);
        Assert.Equal(MediationState.AgreementDrafted, Ok(await kit.Mediations.GetAsync(kit.Mediator.User, number)).State);
    }
}
