using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Components;
using AdrDesk.Features.Mediation.Pages;
using AdrDesk.Resources;
using AdrDesk.Tests.Mediation;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the mediation components with logic over the real services on SQLite (MediationKit): signing the
/// vaststellingsovereenkomst asks first and shows why a signature is refused (M9); a party's position goes to the
/// mediator and only the mediator exchanges them (M6).
/// </summary>
[Trait("Issue", "16")]
public sealed class MediationComponentTests
{
    [Fact, Trait("Rule", "M9")]
    public async Task M9_Sign_is_enabled_only_after_reading_and_typing_the_name_and_asks_before_signing_cancel_signs_nothing()
    {
        await using var kit = await StartAsync();
        var number = await DraftedAsync(kit);
        await using var ctx = Host(kit);
        var dialogs = ctx.Render<MudDialogProvider>();
        var form = RenderSign(ctx, kit, number, kit.Participant);

        Assert.True(SignButton(form).HasAttribute("disabled"));
        await form.Find("input[type=checkbox]").ChangeAsync(new() { Value = true });
        Assert.True(SignButton(form).HasAttribute("disabled")); // no name typed yet
        await form.Find("input#sign-name").InputAsync(new() { Value = "Mark Jansen" });
        Assert.False(SignButton(form).HasAttribute("disabled"));

        var click = SignButton(form).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Versie 1 definitief ondertekenen?", dialogs.Markup));
        Assert.Contains("U ondertekent als Mark Jansen.", dialogs.Markup);
        await DialogButton(dialogs, "Annuleren").ClickAsync(new MouseEventArgs());
        await click;

        Assert.Empty(Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Signatures);
    }

    [Fact, Trait("Rule", "M9")]
    public async Task M9_A_confirmed_signature_is_recorded_with_the_typed_name_and_the_page_is_told()
    {
        await using var kit = await StartAsync();
        var number = await DraftedAsync(kit);
        await using var ctx = Host(kit);
        var dialogs = ctx.Render<MudDialogProvider>();
        var changed = 0;
        var form = RenderSign(ctx, kit, number, kit.Participant, () => changed++);

        await form.Find("input[type=checkbox]").ChangeAsync(new() { Value = true });
        await form.Find("input#sign-name").InputAsync(new() { Value = "Mark Jansen" });
        var click = SignButton(form).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Definitief ondertekenen", dialogs.Markup));
        await DialogButton(dialogs, "Definitief ondertekenen").ClickAsync(new MouseEventArgs());
        await click;

        var signature = Assert.Single(Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Signatures);
        Assert.Equal("Mark Jansen", signature.TypedName);
        Assert.Equal(1, changed);
        Assert.Empty(form.FindAll("[data-testid=save-failed]"));
    }

    [Fact, Trait("Rule", "M9")]
    public async Task M9_A_typed_name_that_is_not_the_accounts_shows_why_and_that_nothing_was_saved()
    {
        await using var kit = await StartAsync();
        var number = await DraftedAsync(kit);
        await using var ctx = Host(kit);
        var dialogs = ctx.Render<MudDialogProvider>();
        var changed = 0;
        var form = RenderSign(ctx, kit, number, kit.Participant, () => changed++);

        await form.Find("input[type=checkbox]").ChangeAsync(new() { Value = true });
        await form.Find("input#sign-name").InputAsync(new() { Value = "M. Jansen" });
        var click = SignButton(form).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Definitief ondertekenen", dialogs.Markup));
        await DialogButton(dialogs, "Definitief ondertekenen").ClickAsync(new MouseEventArgs());
        await click;

        var alert = form.Find("[data-testid=save-failed]");
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Contains(new SignatureNameMismatch().Text(), alert.TextContent);
        Assert.Contains("Er is niets opgeslagen.", alert.TextContent);
        Assert.Empty(Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Signatures);
        Assert.Equal(0, changed);
        Assert.False(SignButton(form).HasAttribute("disabled")); // not left busy: the party can correct the name
    }

    [Fact, Trait("Rule", "M6")]
    public async Task M6_A_party_submits_its_position_to_the_mediator_and_then_sees_no_field_any_more()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        await using var ctx = Host(kit);
        var changed = 0;
        var card = RenderPositions(ctx, kit, number, kit.Participant, () => changed++);

        Assert.Contains("Uw standpunt gaat eerst alleen naar de mediator.", card.Markup);
        Assert.True(Button(card, "Standpunt indienen").HasAttribute("disabled"));
        await card.Find("textarea#position-text").InputAsync(new() { Value = "De fietsen waren beschadigd." });
        await Button(card, "Standpunt indienen").ClickAsync(new MouseEventArgs());

        Assert.Equal(1, changed);
        var view = Ok(await kit.Mediations.GetAsync(kit.Participant.User, number));
        Assert.True(view.Parties.Single(p => p.Id == view.MyPartyId).PositionSubmitted);
        card.Render(p => p.Add(c => c.View, view));
        Assert.Empty(card.FindAll("textarea#position-text"));
        Assert.Equal("De fietsen waren beschadigd.", card.Find("[data-testid=position] p").TextContent);
    }

    [Fact, Trait("Rule", "M6")]
    public async Task M6_Only_the_mediator_exchanges_and_only_when_both_positions_are_in()
    {
        await using var kit = await StartAsync();
        var number = await kit.NewMediationAsync();
        foreach (var party in new[] { kit.Participant, kit.Client })
        {
            Ok(await kit.Mediations.AcknowledgeAsync(party.User, number));
            Ok(await kit.Mediations.SubmitPositionAsync(party.User, number, $"Standpunt van {party.Name}"));
        }
        await using var ctx = Host(kit);

        var partyCard = RenderPositions(ctx, kit, number, kit.Participant);
        Assert.DoesNotContain("Standpunten uitwisselen", partyCard.Markup);
        Assert.Contains("Standpunt van Mark Jansen", partyCard.Markup);
        Assert.DoesNotContain("Standpunt van Ilse de Klant", partyCard.Markup); // M6: the other's position stays with the mediator

        var changed = 0;
        var mediator = RenderPositions(ctx, kit, number, kit.Mediator, () => changed++);
        await Button(mediator, "Standpunten uitwisselen").ClickAsync(new MouseEventArgs());

        Assert.Equal(1, changed);
        Assert.NotNull(Ok(await kit.Mediations.GetAsync(kit.Client.User, number)).PositionsExchangedAt);
        Assert.Contains("Standpunt van Mark Jansen", Ok(await kit.Mediations.GetAsync(kit.Client.User, number)).Positions.Select(p => p.Text));
    }

    [Fact, Trait("Rule", "M9")]
    public async Task M9_The_agreement_editor_names_each_empty_field_by_its_label_sends_nothing_then_saves_version_1()
    {
        await using var kit = await StartAsync();
        var number = await AgreementServiceTests.InSessionsAsync(kit);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        await using var ctx = Host(kit);
        ctx.Render<MudPopoverProvider>();
        var editor = ctx.Render<AgreementEditor>(p => p
            .Add(e => e.Number, number)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Mediator.User))));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("textarea#agreement-dispute")));

        await editor.Find("input#agreement-place").InputAsync(new() { Value = "Utrecht" });
        await editor.Find("form").SubmitAsync();

        Assert.Contains("Vul “Het geschil” in.", editor.Markup);
        Assert.Contains("Vul “Afspraken” in.", editor.Markup);
        Assert.DoesNotContain("Vul “Plaats van ondertekening” in.", editor.Markup);
        Assert.Equal("true", editor.Find("textarea#agreement-dispute").GetAttribute("aria-invalid"));
        Assert.Null(Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Current);

        await editor.Find("textarea#agreement-dispute").InputAsync(new() { Value = "De levering van 40 fietsen." });
        Assert.DoesNotContain("Vul “Het geschil” in.", editor.Markup); // typing clears the messages
        await editor.Find("textarea#agreement-terms").InputAsync(new() { Value = "Fietsenwinkel BV betaalt € 1.250,00.\nKlant BV houdt de fietsen." });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.EndsWith($"/mediations/{number}", ctx.Services.GetRequiredService<NavigationManager>().Uri), TimeSpan.FromSeconds(60));
        var version = Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Current!;
        Assert.Equal(1, version.Number);
        Assert.Equal("Utrecht", version.Place);
    }

    /// <summary>Outcome recorded and version 1 drafted: the parties may sign (M9).</summary>
    private static async Task<string> DraftedAsync(MediationKit kit)
    {
        var number = await AgreementServiceTests.InSessionsAsync(kit);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number,
            new DraftInput("De levering van 40 fietsen in januari 2026.", "Fietsenwinkel BV betaalt Klant BV € 1.250,00.", "Utrecht")));
        return number;
    }

    private static BunitContext Host(MediationKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Agreements);
        c.Services.AddSingleton(kit.Mediations);
        c.Services.AddSingleton(kit.PositionDocuments);
        c.Services.AddSingleton(new ClientAddress { Ip = "192.0.2.10" });
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });

    private static IRenderedComponent<SignForm> RenderSign(BunitContext ctx, MediationKit kit, string number, Person person, Action? changed = null)
    {
        var version = Ok(kit.Agreements.GetAsync(person.User, number).GetAwaiter().GetResult()).Current!;
        return ctx.Render<SignForm>(p => p
            .Add(f => f.Number, number)
            .Add(f => f.Version, version)
            .Add(f => f.CanProposeChange, true)
            .Add(f => f.OnChanged, EventCallback.Factory.Create(new object(), () => changed?.Invoke()))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(person.User))));
    }

    private static IRenderedComponent<PositionsCard> RenderPositions(BunitContext ctx, MediationKit kit, string number, Person person, Action? changed = null)
    {
        var view = Ok(kit.Mediations.GetAsync(person.User, number).GetAwaiter().GetResult());
        return ctx.Render<PositionsCard>(p => p
            .Add(f => f.Number, number)
            .Add(f => f.View, view)
            .Add(f => f.OnChanged, EventCallback.Factory.Create(new object(), () => changed?.Invoke()))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(person.User))));
    }

    private static IElement SignButton(IRenderedComponent<SignForm> form) => form.Find("button[data-testid=sign-submit]");

    private static IElement Button<T>(IRenderedComponent<T> component, string name) where T : IComponent =>
        component.FindAll("button").Single(b => b.TextContent.Trim() == name);

    private static IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string name) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == name);
}
