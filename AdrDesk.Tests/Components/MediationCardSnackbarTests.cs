using AdrDesk.Features.Mediation.Components;
using AdrDesk.Tests.Mediation;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5 (snackbars for confirmations): a party's confirmation of the principles (M2, M4) is saved by the real
/// service on SQLite, confirmed in a snackbar and handed to the page; the card's button waits for the checkbox.
/// </summary>
[Trait("Issue", "16")]
public sealed class MediationCardSnackbarTests
{
    [Fact, Trait("Rule", "M2")]
    public async Task M2_Confirming_the_principles_records_it_says_so_in_a_snackbar_and_tells_the_page()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Mediations);
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var changed = 0;
        var view = Ok(await kit.Mediations.GetAsync(kit.Participant.User, number));
        var card = ctx.Render<PrinciplesCard>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Number, number)
            .Add(c => c.OnChanged, EventCallback.Factory.Create(new object(), () => changed++))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Participant.User))));

        Assert.True(Confirm(card).HasAttribute("disabled"));
        await card.Find("input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        await Confirm(card).ClickAsync(new MouseEventArgs());

        snackbars.WaitForAssertion(() => Assert.Contains("Uw bevestiging van de uitgangspunten is vastgelegd.", snackbars.Markup));
        Assert.Equal(1, changed);
        Assert.Empty(card.FindAll("[data-testid=save-failed]"));
        var after = Ok(await kit.Mediations.GetAsync(kit.Participant.User, number));
        Assert.True(after.Parties.Single(p => p.Id == after.MyPartyId).Acknowledged);
    }

    private static AngleSharp.Dom.IElement Confirm(IRenderedComponent<PrinciplesCard> card) =>
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Bevestigen");
}
