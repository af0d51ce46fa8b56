using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Desk;
using AdrDesk.Features.Intake.Pages;
using AdrDesk.Features.Mediation.Components;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Tests.Mediation;
using AdrDesk.Tests.Workbench;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 6: the irreversible steps ask first, over the real services on SQLite. Cancelling a mediation session
/// (both parties are told, it cannot be undone) and declining consent to a webshop's filing (D9: the dispute is not
/// handled) each open a MudBlazor message box; "back" changes nothing, the confirmation does the step.
/// </summary>
[Trait("Issue", "16")]
public sealed class ConfirmationComponentTests
{
    // A click that opens a dialog is not awaited before the dialog answers (the handler waits for it).
    private static IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string name) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == name);

    /// <summary>A confirmed session on 10 March 2026 (the kit's clock: 2 March), seen by <paramref name="party"/>.</summary>
    private static async Task<(string Number, Guid Session)> ConfirmedSessionAsync(MediationKit kit)
    {
        var number = await kit.ExchangedMediationAsync();
        var (office, room, _) = await kit.OfficeAsync();
        MediationKit.Ok(await kit.Scheduling.ProposeAsync(kit.Mediator.User, number, office, room, [MediationKit.Slot(2026, 3, 10, 10)]));
        var id = MediationKit.Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number))[0].Id;
        MediationKit.Ok(await kit.Scheduling.RespondAsync(kit.Participant.User, number, id, true, null));
        MediationKit.Ok(await kit.Scheduling.RespondAsync(kit.Client.User, number, id, true, null));
        return (number, id);
    }

    private static async Task<IRenderedComponent<SessionsCard>> RenderSessionsAsync(BunitContext ctx, MediationKit kit, string number, Action changed)
    {
        var user = kit.Participant.User;
        var view = MediationKit.Ok(await kit.Mediations.GetAsync(user, number));
        var sessions = MediationKit.Ok(await kit.Scheduling.ListAsync(user, number));
        return ctx.Render<SessionsCard>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Number, number)
            .Add(c => c.Sessions, sessions)
            .Add(c => c.OnChanged, EventCallback.Factory.Create(new object(), changed))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
    }

    private static async Task StartCancellingAsync(IRenderedComponent<SessionsCard> card, Guid session, string reason)
    {
        await card.FindAll("button").Single(b => (b.GetAttribute("aria-label") ?? "").StartsWith("Annuleren ", StringComparison.Ordinal))
            .ClickAsync(new MouseEventArgs());
        await card.Find($"#reason-{session}").InputAsync(new ChangeEventArgs { Value = reason });
    }

    [Fact, Trait("Rule", "M7")]
    public async Task Cancelling_a_session_asks_first_and_back_cancels_nothing()
    {
        await using var kit = await MediationKit.StartAsync();
        var (number, session) = await ConfirmedSessionAsync(kit);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Scheduling);
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var dialogs = ctx.Render<MudDialogProvider>();
        var changed = 0;
        var card = await RenderSessionsAsync(ctx, kit, number, () => changed++);

        await StartCancellingAsync(card, session, "Ik ben ziek.");
        var click = card.FindAll("button").Single(b => b.TextContent.Trim() == "Sessie annuleren").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Beide partijen krijgen bericht; dit kan niet ongedaan worden gemaakt.", dialogs.Markup));
        await DialogButton(dialogs, "Annuleren").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(10));

        var stored = MediationKit.Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number)).Single();
        Assert.Equal(AppointmentStatus.Confirmed, stored.Status);
        Assert.Null(stored.CancelReason);
        Assert.Equal(0, changed);
        // The reason stays in the field: nothing typed is lost.
        Assert.Equal("Ik ben ziek.", card.Find($"#reason-{session}").GetAttribute("value") ?? card.Find($"#reason-{session}").TextContent);
    }

    [Fact, Trait("Rule", "M7")]
    public async Task A_confirmed_cancellation_cancels_the_session_with_its_reason_and_tells_the_page()
    {
        await using var kit = await MediationKit.StartAsync();
        var (number, session) = await ConfirmedSessionAsync(kit);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Scheduling);
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var dialogs = ctx.Render<MudDialogProvider>();
        var changed = 0;
        var card = await RenderSessionsAsync(ctx, kit, number, () => changed++);

        await StartCancellingAsync(card, session, "Ik ben ziek.");
        var click = card.FindAll("button").Single(b => b.TextContent.Trim() == "Sessie annuleren").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Beide partijen krijgen bericht", dialogs.Markup));
        await DialogButton(dialogs, "Sessie annuleren").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = MediationKit.Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number)).Single();
        Assert.Equal(AppointmentStatus.Cancelled, stored.Status);
        Assert.Equal("Ik ben ziek.", stored.CancelReason);
        Assert.Equal(1, changed);
    }

    /// <summary>A webshop's filing, screened: it waits for the consumer's consent (D9).</summary>
    private static async Task<string> AwaitingConsentAsync(WorkbenchKit kit)
    {
        var consumer = Party.Consumer(kit.Consumer.Name, kit.Consumer.Id).Value;
        var webshop = Party.Business(kit.Shop.Name, kit.Shop.Id, kit.Webshop.Id).Value;
        var created = await kit.Store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumer, webshop, PartyRole.Business, Language.Nl, Language.Nl, FilingChannel.Online, kit.Shop.Actor, kit.Clock),
            amountClaimed: Money.Euros(300m));
        await kit.StepAsync(created.Value, c => c.Submit(kit.Shop.Actor, kit.Clock, acceptsBindingRuling: true));
        var n = created.Value.Number.ToString();
        Assert.Equal("AwaitingConsent", ResultAssert.Ok(await kit.Get<IFilingScreening>().ScreenAsync(kit.Desk.Principal, n)));
        return n;
    }

    private static IRenderedComponent<ConsentPage> RenderConsent(BunitContext ctx, WorkbenchKit kit, string number)
    {
        var page = ctx.Render<ConsentPage>(p => p
            .Add(c => c.Number, number)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Consumer.Principal))));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Ik stem niet in"));
        return page;
    }

    private static IElement Decline(IRenderedComponent<ConsentPage> page) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Ik stem niet in");

    [Fact, Trait("Rule", "D9")]
    public async Task D9_Declining_consent_asks_first_and_back_leaves_the_filing_waiting()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var number = await AwaitingConsentAsync(kit);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Get<IntakeQueueService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = RenderConsent(ctx, kit, number);

        var click = Decline(page).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Als u niet instemt, behandelen wij het geschil niet.", dialogs.Markup));
        await DialogButton(dialogs, "Terug").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(10));

        var c = (await kit.Store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(BindingRulingState.AwaitingConsent, c.State);
        Assert.NotNull(Decline(page)); // still offered
    }

    [Fact, Trait("Rule", "D9")]
    public async Task D9_A_confirmed_decline_ends_the_filing_and_the_page_shows_its_new_state()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var number = await AwaitingConsentAsync(kit);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Get<IntakeQueueService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = RenderConsent(ctx, kit, number);

        var click = Decline(page).ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Niet instemmen?", dialogs.Markup));
        await DialogButton(dialogs, "Ik stem niet in").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(60));

        var c = (await kit.Store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(number).Value)).Value;
        Assert.NotEqual(BindingRulingState.AwaitingConsent, c.State);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=consent-state]")));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Ik stem niet in");
    }
}
