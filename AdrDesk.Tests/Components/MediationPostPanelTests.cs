using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Bemiddeling;
using Microsoft.AspNetCore.Components;
using AdrDesk.Features.Mediation.Components;
using AdrDesk.Features.Mediation.Post;
using AdrDesk.Tests.Mediation;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using DomainActor = AdrDesk.Domain.Common.Actor;
using DomainRole = AdrDesk.Domain.Common.Role;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5 (D21 for M): the desk's post panel on MudBlazor. A letter without its party is refused at the form,
/// says nothing was saved and records nothing. The real post service over SQLite behind the component.
/// </summary>
[Trait("Issue", "16")]
public sealed class MediationPostPanelTests
{
    [Fact, Trait("Rule", "D21")]
    public async Task D21_Saving_without_a_party_names_the_field_says_nothing_was_saved_and_records_nothing()
    {
        await using var kit = await MediationKit.StartAsync();
        var number = await PaperClientMediationAsync(kit);
        var view = MediationKit.Ok(await kit.Mediations.GetAsync(kit.Staff.User, number));
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Services.GetRequiredService<MediationPostService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var panel = ctx.Render<PostPanel>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Number, number)
            .Add(c => c.Sessions, [])
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Staff.User))));

        // The party's MudSelect is a combobox named by its label; nothing chosen yet.
        Assert.NotNull(panel.Find("input#mpost-party"));
        await panel.FindAll("button").Single(b => b.TextContent.Contains("Vastleggen", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        var alert = panel.Find("[data-testid=save-failed]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Contains("Partij is verplicht.", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen", alert.TextContent, StringComparison.Ordinal);
        Assert.Empty(MediationKit.Ok(await kit.Services.GetRequiredService<MediationPostService>().ListAsync(kit.Staff.User, number)));
    }

    [Fact, Trait("Rule", "D21"), Trait("Rule", "B3")]
    public async Task D21_A_bemiddeling_letter_without_its_party_is_refused_at_the_form_and_nothing_is_recorded()
    {
        await using var kit = await MediationKit.StartAsync();
        var service = kit.Services.GetRequiredService<BemiddelingService>();
        var consumer = Party.Consumer("Sanne de Vries", kit.Consumer.Id).Value;
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.ConsumerBemiddeling,
            n => BemiddelingCase.Register(n, consumer, participant, "De fiets is niet geleverd.", kit.Consumer.Actor, kit.Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number.ToString();
        var view = MediationKit.Ok(await service.GetAsync(kit.Staff.User, number));
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(service);
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var panel = ctx.Render<BemiddelingPostPanel>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Number, number)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Staff.User))));

        // The text is a multi-line MudTextField; the party is still to be chosen.
        await panel.Find("textarea#bpost-text").InputAsync(new ChangeEventArgs { Value = "Per brief: de fiets is alsnog geleverd." });
        await panel.FindAll("button").Single(b => b.TextContent.Contains("Vastleggen", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        var alert = panel.Find("[data-testid=save-failed]");
        Assert.Equal("Partij is verplicht. Er is niets opgeslagen.", alert.TextContent.Trim());
        Assert.Empty(MediationKit.Ok(await service.PostLettersAsync(kit.Staff.User, number)));
        var text = panel.Find("textarea#bpost-text");
        Assert.Equal("Per brief: de fiets is alsnog geleverd.", text.GetAttribute("value") ?? text.TextContent); // nothing lost
    }

    /// <summary>Filed online by the participant; the client organisation has no account. Mediator assigned.</summary>
    private static async Task<string> PaperClientMediationAsync(MediationKit kit)
    {
        var participant = Party.Business("Fietsenwinkel BV", kit.Participant.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Klant op Papier BV", null, Guid.NewGuid()).Value;
        var created = await kit.Store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, kit.Participant.Actor, kit.Clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var number = created.Value.Number;
        var staff = new DomainActor(kit.Staff.Id, kit.Staff.Name, DomainRole.CaseManager);
        MediationKit.Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, kit.Clock)));
        MediationKit.Ok(await kit.Store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, kit.Clock, kit.Mediator.Id, kit.Mediator.Name, "Kantoor Smit, Oudegracht 12, Utrecht")));
        return number.ToString();
    }
}
