using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 14 item 7c, from a clean database: the desk enters a consumer's paper filing against a webshop the register
/// reaches only by post; the webshop's response arrives by post and the desk records it (post panel, scan uploaded);
/// the assessor issues the ruling, which waits in the print queue for both parties, each at its postal address.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class PaperJourney(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    private const string ComplaintText = "Het frame van de racefiets is na twee weken gescheurd.";

    [Fact, Trait("Rule", "D6"), Trait("Rule", "D12"), Trait("Rule", "D16"), Trait("Rule", "D21")]
    public async Task D21_A_paper_filing_a_response_by_post_and_the_ruling_in_the_print_queue_for_both_postal_addresses()
    {
        await using var kit = new JourneyKit(app, browser, output, "journey-c");
        await kit.RunAsync(async () =>
        {
            var shop = new JourneyKit.Shop("Papieren Fietsen B.V.", "71234568", "www.papierenfietsen.nl", DisputeEmail: null,
                "Fietsweg 12", "3511 AB", "Utrecht");

            var admin = await kit.FirstAdminAsync();
            var (desk, _) = await kit.StaffAsync(admin, "Eva Jansen", "Balie", "desk");
            var (assessor, _) = await kit.StaffAsync(admin, "mr. Pieter Bakker", "Beoordelaar", "assessor");
            kit.Step("admin made the desk and the assessor");
            await kit.RegisterWebshopAsync(desk, shop);
            kit.Step("desk registered the webshop with a postal address only");

            // The desk enters the paper form.
            await desk.GotoAsync("desk/paper-intake");
            var wizard = new WizardDriver(desk);
            await wizard.StepAsync("Wie bent u", "x");
            await wizard.RadioAsync("Als particulier");
            await wizard.FillAsync("Uw naam", "Gerrit Papier");
            await wizard.FillAsync("Straat en huisnummer", "Dorpsstraat 9");
            await wizard.FillAsync("Postcode", "7411 AB");
            await wizard.FillAsync("Woonplaats", "Deventer");
            await wizard.NextAsync();
            await wizard.WebshopAsync("Papieren Fietsen");
            await wizard.PurchaseAsync();
            await wizard.NextAsync();
            await wizard.StepAsync("Uw klacht aan de webshop", "x");
            await desk.GetByRole(AriaRole.Group, new() { Name = "Heeft u uw klacht al aan de webshop voorgelegd?" }).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await wizard.FillDateAsync("Wanneer meldde u het probleem voor het eerst aan de webshop?", WizardDriver.Today.AddDays(-30));
            await desk.GetByRole(AriaRole.Group, new() { Name = "Heeft de webshop geantwoord?" }).GetByRole(AriaRole.Radio, new() { Name = "Nee" }).CheckAsync();
            await wizard.FillAsync("Wat is het probleem?", ComplaintText);
            await wizard.NextAsync();
            await wizard.StepAsync("Wat u vraagt", "x");
            await wizard.FillAsync("Wat vraagt u van de webshop?", "Mijn geld terug");
            await wizard.FillAsync("Totale vordering", "899,00");
            for (var i = 0; i < 4; i++) await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "x");
            await desk.GetByLabel("Ik aanvaard dat de uitspraak bindend is").CheckAsync();
            await desk.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Papieren formulier registreren" }).ClickAsync();
            await Expect(desk.GetByText("Het ontvangstbewijs en alle verdere stukken gaan per post.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var number = (await desk.GetByTestId("case-number").TextContentAsync())!.Trim();
            kit.Step($"desk entered the paper filing {number}");

            // Screening, the assessor, forwarding (D12): the webshop is reached by post.
            await desk.GotoAsync("desk");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            await desk.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = number, Level = 1 })).ToBeVisibleAsync();
            await JourneyKit.MarkedInteractiveAsync(desk);
            await Expect(desk.GetByText(ComplaintText).First).ToBeVisibleAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten", Exact = true }).ClickAsync();
            await Expect(desk.GetByText("Geen weigeringsgronden gevonden")).ToBeVisibleAsync();
            await desk.GetByLabel("mr. Pieter Bakker", new() { Exact = true }).CheckAsync();
            await desk.GetByLabel("rapporteur: mr. Pieter Bakker").CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "1 beoordelaar(s) toewijzen" }).ClickAsync();
            await Expect(desk.GetByText("Beoordelaar(s) toegewezen.")).ToBeVisibleAsync();
            // Decided (issue 18): D25j is the desk's decision with a written reason before forwarding.
            await AdrDesk.Tests.Workbench.DeskDecisions.RecordAsync(desk, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van het loket.");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Expect(desk.GetByText("Bij wederpartij").First).ToBeVisibleAsync();
            kit.Step("desk screened, assigned the assessor and forwarded");

            // The webshop's response arrives by post: the desk records it with the scan.
            await desk.GotoAsync($"desk/{number}");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            var panel = desk.GetByTestId("record-post");
            await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Post verwerken" })).ToBeVisibleAsync();
            // Issue 16: MudSelects, comboboxes whose options open in a popover at the page's end.
            await panel.GetByRole(AriaRole.Combobox, new() { Name = "Partij", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option, new() { Name = shop.Name, Exact = true }).ClickAsync();
            await panel.GetByRole(AriaRole.Combobox, new() { Name = "Soort stuk", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option, new() { Name = "Reactie op het geschil", Exact = true }).ClickAsync();
            await panel.GetByLabel("Omschrijving").FillAsync("Verweer per brief: het frame is door een val beschadigd.");
            await panel.Locator("input[type=file][aria-labelledby='post-scan-label']").Last.SetInputFilesAsync(new FilePayload { Name = "verweer-scan.pdf", MimeType = "application/pdf", Buffer = JourneyKit.Pdf("scan") });
            await Expect(panel.GetByTestId("post-scan-chosen")).ToHaveTextAsync("verweer-scan.pdf");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en vastleggen" }).ClickAsync();
            await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync($"ontvangen per post namens {shop.Name}", new() { Timeout = 10_000 });
            kit.Step("desk recorded the webshop's response from post with its scan");

            // The assessor sees the response in the dossier and issues the ruling.
            await assessor.GotoAsync("workbench");
            await BrowserFixture.WaitForInteractiveAsync(assessor);
            await assessor.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await assessor.WaitForURLAsync($"**/workbench/{number}");
            await JourneyKit.MarkedInteractiveAsync(assessor);
            await Expect(assessor.GetByText("Verweer per brief: het frame is door een val beschadigd.").First).ToBeVisibleAsync();
            await JourneyKit.DraftAndIssueRulingAsync(assessor);
            kit.Step("assessor issued the ruling");

            // The print queue: the ruling for both parties, each at its postal address, the ruling enclosed; no mail.
            await desk.GotoAsync("desk/print-queue");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            var rulingLetters = desk.GetByTestId("letter").Filter(new() { HasText = number }).Filter(new() { HasText = "de uitspraak is gedaan" });
            await Expect(rulingLetters).ToHaveCountAsync(2, new() { Timeout = 30_000 });
            var toConsumer = rulingLetters.Filter(new() { HasText = "Gerrit Papier" });
            await Expect(toConsumer).ToContainTextAsync("Dorpsstraat 9");
            await Expect(toConsumer).ToContainTextAsync("7411 AB");
            await Expect(toConsumer.GetByTestId("enclosure")).ToBeVisibleAsync();
            var toShop = rulingLetters.Filter(new() { HasText = shop.Name });
            await Expect(toShop).ToContainTextAsync("Fietsweg 12");
            await Expect(toShop).ToContainTextAsync("3511 AB Utrecht");
            await Expect(toShop.GetByTestId("enclosure")).ToBeVisibleAsync();
            Assert.Empty(await kit.OutboxAsync(number));
            kit.Step("the ruling waits in the print queue for both postal addresses");
        });
    }
}
