using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;
using static AdrDesk.Tests.Mediation.MediationJourneyTests;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Issue 19 item 5: a position longer than its limit (put in past the field's maxlength, as a script or an old browser
/// could) is refused with a message, nothing is sent, and the text stays in the field to be shortened.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class LongTextJourneyTests(AppHost app, BrowserFixture browser)
{
    [Fact, Trait("Rule", "M6")]
    public Task M6_a_position_over_the_limit_is_refused_with_a_message_and_the_text_is_kept() =>
        browser.RunAsync(app, async page =>
        {
            var (a, number) = await MediationAsync();
            await BrowserFixture.SignInAsync(page, a, AppHost.TestPassword);
            await GoAsync(page, $"mediations/{number}");
            await page.GetByLabel("Ik aanvaard vrijwilligheid, neutraliteit en geheimhouding").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();

            var field = page.GetByLabel("Uw standpunt");
            Assert.Equal(FieldLimits.MediationPosition.ToString(), await field.GetAttributeAsync("maxlength"));
            var length = FieldLimits.MediationPosition + 150;
            // Past the maxlength, as a paste in a browser that ignores it would be; the circuit still carries it.
            await field.EvaluateAsync("(el, n) => { el.value = 'Standpunt '.repeat(Math.ceil(n / 10)).slice(0, n); el.dispatchEvent(new Event('input', { bubbles: true })); }", length);
            await Assertions.Expect(page.GetByTestId("position-count")).ToContainTextAsync("20.150 tekens");
            await page.GetByRole(AriaRole.Button, new() { Name = "Standpunt indienen" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "te lang" })).ToContainTextAsync("uw tekst staat nog in het veld");
            Assert.Equal(length, await field.EvaluateAsync<int>("el => el.value.length"));
            await Assertions.Expect(page.GetByTestId("position")).ToHaveCountAsync(0);
        });

    private async Task<(string Email, string Number)> MediationAsync()
    {
        var mediator = await UserAsync(Roles.Mediator, "Anna Groen");
        var a = await UserAsync(Roles.Business, "Joost Bakker");
        var b = await UserAsync(Roles.Business, "Eva de Wit");
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var participant = Party.Business("Groothandel Bakker BV", a.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Restaurant De Wit BV", b.Id, Guid.NewGuid()).Value;
        var created = await store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, new Actor(a.Id, a.Name, Role.Business), clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var staff = new Actor(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
        var number = created.Value.Number;
        Assert.True((await store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, clock))).IsSuccess);
        Assert.True((await store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, clock, mediator.Id, mediator.Name, "Kantoor Groen, Lange Voorhout 44, 2514 EG Den Haag"))).IsSuccess);
        return (a.Email, number.ToString());
    }

    private async Task<(Guid Id, string Email, string Name)> UserAsync(string role, string name)
    {
        var email = await app.CreateUserAsync(role, displayName: name);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return (user!.Id, email, name);
    }
}
