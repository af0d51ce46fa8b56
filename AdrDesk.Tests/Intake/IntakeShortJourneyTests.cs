using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Intake;

/// <summary>
/// Issue 5 items 9/11: the shorter intakes in Chromium, each step checked with axe-core (no serious or critical
/// violation): a consumer's bemiddeling request (B1–B3) and a business's B2B mediation request (M1, M10).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class IntakeShortJourneyTests(AppHost app, BrowserFixture browser)
{
    [Fact, Trait("Rule", "B2")]
    public Task B2_A_consumer_files_a_bemiddeling_request_through_its_wizard() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, await app.CreateUserAsync(Roles.Consumer, displayName: "Sanne de Vries"), AppHost.TestPassword);
            await page.GotoAsync("intake/bemiddeling");
            var wizard = new WizardDriver(page) { Axe = true };

            await wizard.StepAsync("Wie bent u", "b-1-who");
            await WhoAsync(wizard, "Sanne de Vries");
            await OtherPartyAsync(page, wizard, "Horeca Groothandel");
            await ProblemAsync(wizard, "Mijn bestelling is na zes weken nog niet geleverd.");
            await ReviewAndSubmitAsync(page, wizard, "b-");

            var number = (await page.GetByTestId("case-number").TextContentAsync())!;
            Assert.StartsWith("BM-", number);
            await AssertStoredAsync(number, Scheme.ConsumerBemiddeling, "Sanne de Vries");
        });

    [Fact, Trait("Rule", "M1"), Trait("Rule", "M10")]
    public Task M10_A_business_files_a_B2B_mediation_request_through_its_wizard() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, await app.CreateUserAsync(Roles.Business, displayName: "Jan Klant"), AppHost.TestPassword);
            await page.GotoAsync("intake/mediation");
            var wizard = new WizardDriver(page) { Axe = true };

            await wizard.StepAsync("Wie bent u", "m-1-who");
            await Assertions.Expect(page.GetByLabel("Naam van uw bedrijf", new() { Exact = true })).ToBeVisibleAsync();
            await WhoAsync(wizard, "Klant Horeca B.V.", "Naam van uw bedrijf");
            await wizard.StepAsync("De andere partij", "m-2-other");
            await SearchAsync(page, wizard, "Kantoorinrichting");
            // M1: the contract used the scheme's B2B terms.
            await page.GetByRole(AriaRole.Group, new() { Name = "Stonden de B2B-voorwaarden van de regeling in uw contract?" })
                .GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await wizard.NextAsync();
            await ProblemAsync(wizard, "Geschil over de levering en montage van het kantoormeubilair.");
            await ReviewAndSubmitAsync(page, wizard, "m-");

            var number = (await page.GetByTestId("case-number").TextContentAsync())!;
            Assert.StartsWith("MB-", number);
            await AssertStoredAsync(number, Scheme.B2BMediation, null);
        });

    private static async Task WhoAsync(WizardDriver wizard, string name, string nameLabel = "Uw naam")
    {
        await wizard.FillAsync(nameLabel, name);
        await wizard.FillAsync("E-mailadres", "aanvrager@test.adrdesk.nl");
        await wizard.FillAsync("Straat en huisnummer", "Kerkstraat 1");
        await wizard.FillAsync("Postcode", "3511 AB");
        await wizard.FillAsync("Woonplaats", "Utrecht");
        await wizard.NextAsync();
    }

    private static async Task OtherPartyAsync(IPage page, WizardDriver wizard, string query)
    {
        await wizard.StepAsync("De andere partij", "b-2-other");
        await SearchAsync(page, wizard, query);
        await wizard.NextAsync();
    }

    private static async Task SearchAsync(IPage page, WizardDriver wizard, string query)
    {
        await wizard.FillAsync("Zoek de webshop", query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = query }).First.CheckAsync();
        await Assertions.Expect(page.GetByText("Gekozen:")).ToBeVisibleAsync();
        if (wizard.Axe) await WizardDriver.AssertAxeAsync(page); // with the search results and the choice shown
    }

    private static async Task ProblemAsync(WizardDriver wizard, string problem)
    {
        await wizard.StepAsync("Het probleem", "3-problem");
        await wizard.FillAsync("Wat is het probleem?", problem);
        await wizard.NextAsync();
        await wizard.StepAsync("Documenten", "4-documents");
        await wizard.NextAsync();
    }

    private static async Task ReviewAndSubmitAsync(IPage page, WizardDriver wizard, string prefix)
    {
        await wizard.StepAsync("Controleren", prefix + "5-review");
        await wizard.NextAsync();
        await wizard.StepAsync("Akkoord en indienen", prefix + "6-submit");
        // The shorter intakes have no binding ruling to accept (D17 is for binding rulings only).
        await Assertions.Expect(page.GetByLabel("Ik aanvaard dat de uitspraak bindend is")).ToHaveCountAsync(0);
        await page.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw verzoek is geregistreerd" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await WizardDriver.AssertAxeAsync(page);
        await WizardDriver.ShootAsync(page, prefix + "filed");
    }

    private async Task AssertStoredAsync(string number, Scheme scheme, string? consumer)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var summary = await db.Set<CaseSummary>().SingleAsync(s => s.Number == number);
        Assert.Equal(scheme, summary.Scheme);
        if (consumer is not null) Assert.Equal(consumer, summary.ConsumerName);
        var loaded = CaseNumber.Parse(number);
        Assert.True(loaded.IsSuccess);
        Assert.Equal(scheme, loaded.Value.Scheme);
    }
}
