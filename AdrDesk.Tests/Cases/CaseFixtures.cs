using System.Text.Json;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Cases;

/// <summary>Cases created through the store and driven by domain commands, each command saved on its own.</summary>
public static class CaseFixtures
{
    public static readonly Guid WebshopOrganisationId = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid ClientOrganisationId = Guid.Parse("00000000-0000-0000-0000-0000000000f2");
    public static readonly PanelMember Replacement = new(Guid.Parse("00000000-0000-0000-0000-00000000a004"), "mr. R. de Wit");

    public static async Task<BindingRulingCase> NewBindingRulingAsync(CaseStore store, TimeProvider clock, PartyRole filedBy = PartyRole.Consumer, Money? claim = null)
    {
        var consumer = Party.Consumer("Sanne de Vries", Actors.Consumer.UserId).Value;
        var webshop = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, WebshopOrganisationId).Value;
        var filer = filedBy == PartyRole.Consumer ? Actors.Consumer : Actors.Webshop;
        var created = await store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, filedBy, Language.Nl, Language.Nl, FilingChannel.Online, filer, clock),
            amountClaimed: claim);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value;
    }

    public static async Task<MediationCase> NewMediationAsync(CaseStore store, TimeProvider clock)
    {
        var participant = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, WebshopOrganisationId).Value;
        var client = Party.Business("Klant BV", Actors.Client.UserId, ClientOrganisationId).Value;
        var created = await store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, Actors.Webshop, clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value;
    }

    public static async Task<BemiddelingCase> NewBemiddelingAsync(CaseStore store, TimeProvider clock)
    {
        var consumer = Party.Consumer("Sanne de Vries", Actors.Consumer.UserId).Value;
        var participant = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, WebshopOrganisationId).Value;
        var created = await store.CreateAsync(Scheme.ConsumerBemiddeling,
            n => BemiddelingCase.Register(n, consumer, participant, "De fiets is niet geleverd.", Actors.Consumer, clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value;
    }

    /// <summary>Runs one command and saves it, asserting both succeed.</summary>
    public static async Task StepAsync<TCase>(CaseStore store, TCase @case, Func<TCase, Result> command) where TCase : CaseBase
    {
        var version = @case.Version;
        var result = command(@case);
        Assert.True(result.IsSuccess, result.Error?.Code);
        var saved = await store.SaveAsync(@case, version);
        Assert.True(saved.IsSuccess, saved.Error?.Code);
    }

    /// <summary>A binding-ruling case with every child collection filled, up to the compliance period.</summary>
    public static async Task<BindingRulingCase> RichBindingRulingAsync(CaseStore store, FakeTimeProvider clock)
    {
        var c = await NewBindingRulingAsync(store, clock, claim: Money.Euros(1234.56m));
        async Task Step(Func<BindingRulingCase, Result> command)
        {
            clock.Advance(TimeSpan.FromHours(5));
            await StepAsync(store, c, command);
        }

        await Step(x => x.SetRepresentative(Actors.Consumer, clock, x.Consumer.Id, new Representative("Jan Raad", "Juridisch adviseur", "jan@raad.example")));
        await Step(x => x.Submit(Actors.Consumer, clock, acceptsBindingRuling: true));
        await Step(x => x.StartScreening(Actors.CaseManager, clock));
        await Step(x => x.RecordStaffDecision(Actors.CaseManager, clock, "D25i", StaffDecisionOutcome.Handle, "Aansluiting volgt uit het register."));
        await Step(x => x.AssignPanel(Actors.CaseManager, clock,
            [BindingRulingScenario.Member(Actors.Assessor, rapporteur: true), BindingRulingScenario.Member(Actors.Assessor2), BindingRulingScenario.Member(Actors.Assessor3)]));
        await Step(x => x.DeclareConflictOfInterest(Actors.Assessor2, clock, "Kent de directeur van de webshop."));
        await Step(x => x.Forward(Actors.Assessor, clock));
        await Step(x => x.RequestPaperProcedure(Actors.Webshop, clock, x.Webshop.Id));
        await Step(x => x.RecordResponse(Actors.Webshop, clock, "Wij betwisten de klacht."));
        await Step(x => x.FileChallenge(Actors.Consumer, clock, Actors.Assessor2.UserId, "Twijfel aan onafhankelijkheid."));
        await Step(x => x.DecideChallenge(Actors.CaseManager, clock, x.Challenges[0].Id, upheld: true, "Gegrond.", Replacement));
        await Step(x => x.FailSettlement(Actors.Assessor, clock, "Partijen komen niet tot elkaar."));
        await Step(x => x.RequestInformation(Actors.Assessor, clock, x.Webshop.Id, "Stuur de pakbon.", 10));
        await Step(x => x.AddSubmission(Actors.Webshop, clock, "Pakbon bijgevoegd.", null, x.InformationRequests[0].Id));
        await Step(x => x.AddStaffNote(Actors.CaseManager, clock, "Interne notitie."));
        await Step(x => x.RequireDeposit(Actors.CaseManager, clock, Money.Euros(50m), PartyRole.Business, AmsterdamCalendar.DateOf(clock.GetUtcNow()).AddDays(10)));
        await Step(x => x.RecordDepositPaid(Actors.CaseManager, clock));
        await Step(x => x.DeclareDossierComplete(Actors.Assessor, clock));
        await Step(x => x.ExtendRulingTerm(Actors.Assessor, clock, AmsterdamCalendar.DateOf(x.OpenDeadline(DeadlineKind.Ruling)!.DueAt).AddDays(30), "Complexe zaak."));
        await Step(x => x.StartRulingPreparation(Actors.Assessor, clock));
        await Step(x => x.IssueRuling(Actors.Assessor, clock, BindingRulingScenario.RulingFor(AmsterdamCalendar.DateOf(clock.GetUtcNow()).AddDays(14))));
        await Step(x => x.SendRuling(Actors.CaseManager, clock));
        return c;
    }

    /// <summary>Everything a reader of the aggregate can see, as JSON: equal JSON, equal aggregate.</summary>
    public static string Json(object aggregate) => JsonSerializer.Serialize(aggregate, aggregate.GetType(), JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
