using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 14 (journey c): the ruling editor is shown from "dossier compleet" on. An assessor who starts typing and then
/// announces the preparation (D20) keeps the text, and autosave goes on. The editor used to be a new component per
/// state: what was typed was lost, the old editor's last save raced the new one's first read, and every later autosave
/// failed as "changed elsewhere", so "Opgeslagen om" never came.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class RulingEditorStateChangeTests(AppHost app, BrowserFixture browser)
{
    [Fact, Trait("Rule", "D15"), Trait("Rule", "D20")]
    public Task D20_Typing_straight_through_the_step_to_preparation_keeps_the_text_and_autosaves_it() =>
        browser.RunAsync(app, async assessor =>
        {
            var email = await app.CreateUserAsync(Roles.Assessor, displayName: "mr. Eva Bakker");
            var number = await DossierCompleteAsync(await IdAsync(email));

            await BrowserFixture.SignInAsync(assessor, email, AppHost.TestPassword);
            await assessor.GotoAsync($"workbench/{number}");
            await assessor.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
            const string facts = "De consument kocht een racefiets van 899 euro.";
            await assessor.GetByLabel("Feiten", new() { Exact = true }).FillAsync(facts);
            // No wait between the step and the typing: the step's re-render must not replace the editor.
            await assessor.GetByRole(AriaRole.Button, new() { Name = "Uitspraak in voorbereiding (D20)" }).ClickAsync();
            await assessor.GetByLabel("Standpunt van de consument").FillAsync("Het frame scheurde na twee weken.");
            await assessor.GetByLabel("Overwegingen (de redenen, D16)").FillAsync("Een val is niet aangetoond.");

            await Expect(assessor.GetByTestId("save-status")).ToContainTextAsync("Opgeslagen om", new() { Timeout = 15_000 });
            await Expect(assessor.GetByLabel("Feiten", new() { Exact = true })).ToHaveValueAsync(facts);
            await Expect(assessor.GetByText("Uitspraak vaststellen en verzenden")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await assessor.WaitForTimeoutAsync(3500); // the last keystroke's autosave
            await assessor.ReloadAsync();
            await assessor.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
            await Expect(assessor.GetByLabel("Feiten", new() { Exact = true })).ToHaveValueAsync(facts);
            await Expect(assessor.GetByLabel("Overwegingen (de redenen, D16)")).ToHaveValueAsync("Een val is niet aangetoond.");
        });

    private async Task<Guid> IdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<string> DossierCompleteAsync(Guid assessorId)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var consumer = new Actor(Guid.NewGuid(), "Gerrit Papier", Role.Consumer);
        var shop = new Actor(Guid.NewGuid(), "Mark Jansen", Role.Business);
        var desk = new Actor(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
        var assessor = new Actor(assessorId, "mr. Eva Bakker", Role.Assessor);
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumer.DisplayName, consumer.UserId).Value, Party.Business("Papieren Fietsen B.V.", shop.UserId, Guid.NewGuid()).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        var number = created.Value.Number;
        foreach (var step in new Func<BindingRulingCase, Result>[]
        {
            c => c.Submit(consumer, clock, acceptsBindingRuling: true),
            c => c.StartScreening(desk, clock),
            c => c.AssignPanel(desk, clock, [new PanelMember(assessorId, assessor.DisplayName, true)]),
            c => c.Forward(assessor, clock),
            c => c.RecordResponse(shop, clock, "Het frame is door een val beschadigd."),
            c => c.FailSettlement(assessor, clock, "Partijen komen niet tot elkaar."),
            c => c.DeclareDossierComplete(assessor, clock),
        })
            Assert.True((await store.UpdateAsync(number, step)).IsSuccess);
        return number.ToString();
    }
}
