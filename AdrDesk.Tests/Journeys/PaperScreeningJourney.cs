using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Resources;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using AdrDesk.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 18 item 6, the paper-entry route, from a clean database: the desk enters a consumer's paper form against a
/// webshop that joined only after the order date (D25i); the one screening shows every ground of D25 a–j, asks for the
/// D25i and D25j decisions before forwarding, and ends as the queue's and the case page's routes do (ScreeningRouteJourneyTests):
/// status, audit entries, the webshop invited at its dispute address, the consumer's documents in the print queue.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class PaperScreeningJourney(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    [Fact, Trait("Rule", "D6"), Trait("Rule", "D25i"), Trait("Rule", "D25j"), Trait("Rule", "D25"), Trait("Rule", "D12")]
    public async Task D25i_A_paper_filing_for_a_webshop_not_affiliated_on_the_order_date_is_decided_then_forwarded()
    {
        await using var kit = new JourneyKit(app, browser, output, "paper-screening");
        var number = "";
        var shop = new JourneyKit.Shop("Late Fietsen B.V.", "71234999", "www.latefietsen.nl", DisputeEmail: "geschillen@latefietsen.nl",
            "Fietsweg 14", "3511 AB", "Utrecht");
        await kit.RunAsync(async () =>
        {
            var admin = await kit.FirstAdminAsync();
            var (desk, _) = await kit.StaffAsync(admin, "Eva Jansen", "Balie", "desk");
            await kit.StaffAsync(admin, "mr. Pieter Bakker", "Beoordelaar", "assessor");
            await kit.RegisterWebshopAsync(desk, shop); // subscribed since a year ago
            kit.Step("desk registered the webshop, affiliated since a year ago");

            await desk.GotoAsync("desk/paper-intake");
            var wizard = new WizardDriver(desk);
            await wizard.StepAsync("Wie bent u", "x");
            await wizard.RadioAsync("Als particulier");
            await wizard.FillAsync("Uw naam", "Gerrit Papier");
            await wizard.FillAsync("Straat en huisnummer", "Dorpsstraat 9");
            await wizard.FillAsync("Postcode", "7411 AB");
            await wizard.FillAsync("Woonplaats", "Deventer");
            await wizard.NextAsync();
            await wizard.WebshopAsync("Late Fietsen");
            await wizard.PurchaseAsync(daysAgo: 400); // before the webshop joined: D25i
            await wizard.NextAsync();
            await wizard.ComplaintAsync();
            await wizard.FillAsync("Wat is het probleem?", "Het frame van de racefiets is gescheurd.");
            await wizard.NextAsync();
            await wizard.StepAsync("Wat u vraagt", "x");
            await wizard.FillAsync("Wat vraagt u van de webshop?", "Mijn geld terug");
            await wizard.FillAsync("Totale vordering", "899,00");
            for (var i = 0; i < 4; i++) await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "x");
            await desk.GetByLabel("Ik aanvaard dat de uitspraak bindend is").CheckAsync();
            await desk.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Papieren formulier registreren" }).ClickAsync();
            await Expect(desk.GetByTestId("case-number")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            number = (await desk.GetByTestId("case-number").TextContentAsync())!.Trim();
            kit.Step($"desk entered the paper filing {number}");

            // The paper route: from the desk's case page of the entered filing, through the one screening.
            await desk.GotoAsync($"desk/{number}");
            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = number, Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(desk);
            await desk.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten", Exact = true }).ClickAsync();
            await Expect(desk.Locator(".adr-title-row")).ToContainTextAsync("In beoordeling", new() { Timeout = 15_000 });
            await BrowserFixture.WaitForInteractiveAsync(desk);

            // Item 1: all of D25 a–j side by side; i needs the desk's decision, with the order date and the register's facts.
            await Expect(desk.Locator("tr[data-ground]")).ToHaveCountAsync(10);
            var d25i = desk.Locator("tr[data-ground='D25i']");
            await Expect(d25i).ToContainTextAsync($"Aangesloten op de besteldatum {DisplayFormat.Date(WizardDriver.Today.AddDays(-400), Language.Nl)}?");
            await Expect(d25i).ToContainTextAsync("aangesloten sinds");
            await Expect(d25i).ToContainTextAsync("besluit nodig");
            await Expect(desk.Locator("tr[data-ground='D25a']")).ToContainTextAsync("niet gevonden");
            await Expect(desk.GetByText("Vóór doorsturen is een besluit met reden nodig over: D25i, D25j.")).ToBeVisibleAsync();

            await DeskDecisions.RecordAsync(desk, "D25i", "Behandelen (grond geldt niet)", "De webshop verwees de consument zelf naar ons.");
            await DeskDecisions.RecordAsync(desk, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van het loket.");
            await Expect(desk.Locator("tr[data-ground='D25i']")).ToContainTextAsync("besloten: behandelen");
            await desk.GetByLabel("mr. Pieter Bakker", new() { Exact = true }).CheckAsync();
            await desk.GetByLabel("rapporteur: mr. Pieter Bakker").CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "1 beoordelaar(s) toewijzen" }).ClickAsync();
            await Expect(desk.GetByText("Beoordelaar(s) toegewezen.")).ToBeVisibleAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Expect(desk.GetByText("Geaccepteerd en doorgestuurd naar de wederpartij.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            kit.Step("desk decided D25i and D25j, assigned the assessor and forwarded");
        });

        // The same outcome as the queue's and the case page's routes.
        var c = (await app.Services.GetRequiredService<CaseStore>().LoadAsync<BindingRulingCase>(CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(BindingRulingState.ForwardedToRespondent, c.State);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var audit = (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number).Select(a => new { a.At, a.Action }).ToListAsync())
            .OrderBy(a => a.At).Select(a => a.Action).ToList();
        Assert.Subset(new HashSet<string>(audit), new HashSet<string> { "StartScreening", "RecordStaffDecision", "Forward" });
        Assert.Equal(2, audit.Count(a => a == "RecordStaffDecision"));
        // D12: the webshop, nobody of which has an account, is invited at its dispute address; the paper consumer gets no mail.
        var mails = await kit.OutboxAsync(number, m => m.ToAddress == shop.DisputeEmail, 1);
        Assert.NotEmpty(mails);
        Assert.All(await kit.OutboxAsync(number), m => Assert.Equal(shop.DisputeEmail, m.ToAddress));
    }
}
