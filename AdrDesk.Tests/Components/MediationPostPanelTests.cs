using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Mediation;
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
