using System.Text;
using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 14 item 7d, on an empty database holding only what the journey makes through the UI (<see cref="JourneyKit"/>):
/// the admin makes the desk and the mediator, the desk registers the client organisation (postal address only), a
/// business person makes an account, confirms its address from the mail and files a B2B mediation online naming that
/// client, which never makes an account; the desk assigns the mediator on the mediation page. The client writes on paper:
/// the desk records its principles, position, slot acceptance and hand-signed agreement from post (scans uploaded in the browser); the business acts in its own browser; the agreement
/// becomes final and the case closes. One browser context per person.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class PostMediationJourneyTests(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    private const string Client = "Drukkerij Papier B.V.";
    private const string Business = "Fietsenwinkel Jansen B.V.";

    [Fact]
    [Trait("Rule", "M1")] [Trait("Rule", "M2")] [Trait("Rule", "M6")] [Trait("Rule", "M7")] [Trait("Rule", "M9")] [Trait("Rule", "M10")] [Trait("Rule", "D21")]
    public async Task M_d_A_client_on_paper_takes_part_by_post_recorded_by_the_desk_and_the_agreement_becomes_final()
    {
        await using var kit = new JourneyKit(app, browser, output, "post-mediation");
        await kit.RunAsync(async () =>
        {
            // The first administrator makes the desk's and the mediator's accounts; each sets a password from the mail.
            var admin = await kit.FirstAdminAsync();
            var (desk, _) = await kit.StaffAsync(admin, "Lotte Visser", "Balie", "desk");
            var (m, _) = await kit.StaffAsync(admin, "Pieter Smit", "Mediator", "mediator");
            kit.Step("admin made the desk and the mediator");

            // The desk keeps the client organisation in the register (/register), with the scheme's B2B terms (M1),
            // reachable only by post: a postal address, no e-mail address for disputes.
            await kit.RegisterWebshopAsync(desk, new JourneyKit.Shop(Client, "61234567", "www.drukkerijpapier.nl", null, "Drukkerstraat 7", "3512 CD", "Utrecht"), b2b: true);
            kit.Step("desk registered the client, reachable by post only");

            // A business person, never linked to anything, makes an account on the registration page, confirms the
            // address from the mail, and files the mediation request online (M10) naming the client.
            const string businessEmail = "mark@fietsenwinkeljansen.example";
            var b = await kit.PersonAsync("business");
            await b.GotoAsync("account/register?returnUrl=%2Fintake%2Fmediation");
            await JourneyKit.RegisterAccountAsync(b, "Mark Jansen", businessEmail, business: true, Business, "81234567");
            await ConfirmAddress.FromOutboxAsync(b, kit.App, businessEmail);
            await b.GotoAsync("intake/mediation");
            var wizard = new WizardDriver(b);
            await wizard.StepAsync("Wie bent u", "m-1-who");
            await wizard.FillAsync("Naam van uw bedrijf", Business);
            await wizard.FillAsync("E-mailadres", businessEmail);
            await wizard.FillAsync("Straat en huisnummer", "Kerkstraat 1");
            await wizard.FillAsync("Postcode", "3511 AB");
            await wizard.FillAsync("Woonplaats", "Utrecht");
            await wizard.NextAsync();
            await wizard.StepAsync("De andere partij", "m-2-other");
            await wizard.FillAsync("Zoek de webshop", "Drukkerij Papier");
            await b.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
            await b.GetByRole(AriaRole.Radio, new() { Name = Client }).First.CheckAsync();
            await Assertions.Expect(b.GetByText("Gekozen:")).ToBeVisibleAsync();
            await b.GetByRole(AriaRole.Group, new() { Name = "Stonden de B2B-voorwaarden van de regeling in uw contract?" })
                .GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await wizard.NextAsync();
            await wizard.StepAsync("Het probleem", "3-problem");
            await wizard.FillAsync("Wat is het probleem?", "De drukkerij leverde 5.000 folders met de verkeerde prijzen.");
            await wizard.NextAsync();
            await wizard.StepAsync("Documenten", "4-documents");
            await wizard.NextAsync();
            await wizard.StepAsync("Controleren", "m-5-review");
            await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "m-6-submit");
            await b.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
            await b.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync();
            await Assertions.Expect(b.GetByRole(AriaRole.Heading, new() { Name = "Uw verzoek is geregistreerd" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var number = (await b.GetByTestId("case-number").TextContentAsync())!.Trim();
            Assert.StartsWith("MB-", number);
            kit.Step($"business made its account and filed {number}");

            // The desk takes the request into its check (M1: the register says the client uses the B2B terms) and assigns
            // the mediator with the office of the sessions, on the mediation page's card.
            await GoAsync(desk, $"mediations/{number}");
            // Issue 16: the mediator is a MudSelect (a combobox; its options open in a popover).
            await desk.GetByRole(AriaRole.Combobox, new() { Name = "Mediator", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option, new() { Name = "Pieter Smit", Exact = true }).ClickAsync();
            await desk.GetByLabel("Kantoor (adres van de gesprekken)").FillAsync("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Mediator toewijzen" }).ClickAsync();
            await Assertions.Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Mediator toewijzen" })).ToHaveCountAsync(0);
            kit.Step("desk assigned the mediator");

            // The mediator's office (M5).
            await GoAsync(m, "agenda/availability");
            await m.GetByLabel("Naam", new() { Exact = true }).FillAsync("Kantoor Smit");
            await m.GetByLabel("Straat en huisnummer").FillAsync("Oudegracht 12");
            await m.GetByLabel("Postcode").FillAsync("3511 AB");
            await m.GetByLabel("Plaats").FillAsync("Utrecht");
            await m.GetByLabel("Ruimtes").FillAsync("Spreekkamer 1");
            await m.GetByRole(AriaRole.Button, new() { Name = "Kantoor toevoegen" }).ClickAsync();
            await Assertions.Expect(m.GetByText("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht")).ToBeVisibleAsync();

            // M2, M6: the business confirms the principles and gives its position online.
            await GoAsync(b, $"mediations/{number}");
            await b.GetByLabel("Ik aanvaard vrijwilligheid, neutraliteit en geheimhouding").CheckAsync();
            await b.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
            await b.GetByLabel("Uw standpunt").FillAsync("Wij leverden de juiste drukproef; de fout zit bij de drukkerij.");
            await b.GetByRole(AriaRole.Button, new() { Name = "Standpunt indienen" }).ClickAsync();
            await Assertions.Expect(b.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {Business}" })).ToBeVisibleAsync();

            // The client's letters arrive: the desk records them on the mediation page, each with its scan.
            await GoAsync(desk, $"mediations/{number}");
            var panel = desk.GetByTestId("mediation-post");
            await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Post verwerken" })).ToBeVisibleAsync();
            // Refused before anything is stored: no scan, then a scan of the wrong type.
            await panel.GetByRole(AriaRole.Combobox, new() { Name = "Partij", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option, new() { Name = Client, Exact = true }).ClickAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
            await Assertions.Expect(panel.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Scan van de brief (PDF, JPEG of PNG) is verplicht. Er is niets opgeslagen.");
            await panel.Locator("input[type=file][aria-labelledby='mpost-scan-label']").Last.SetInputFilesAsync(new FilePayload { Name = "brief.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("geen scan") });
            await Assertions.Expect(panel.GetByRole(AriaRole.Alert)).ToContainTextAsync("brief.txt");
            await RecordPostAsync(desk, "Uitgangspunten bevestigd (M2)", "m2-drukkerij.pdf");
            await RecordPostAsync(desk, "Standpunt (M6)", "standpunt-drukkerij.pdf", text: "De drukproef die wij kregen had al de verkeerde prijzen.");
            kit.Step("desk recorded the client's principles (M2) and position (M6) from post");
            // M6: the business does not read the client's position before the exchange.
            await Assertions.Expect(b.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {Client}" })).ToHaveCountAsync(0);

            // M6: the mediator exchanges; the business's open page shows the client's position at once.
            await GoAsync(m, $"mediations/{number}");
            await m.GetByRole(AriaRole.Button, new() { Name = "Standpunten uitwisselen" }).ClickAsync();
            await Assertions.Expect(b.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {Client}" })).ToBeVisibleAsync();
            await Assertions.Expect(b.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {Client}" })).ToContainTextAsync("verkeerde prijzen");
            kit.Step("mediator exchanged the positions; the business saw the client's at once");

            // M7: a slot; the client accepts it by letter (the desk records it), the business online: confirmed, live.
            var when = DateTime.UtcNow.Date.AddDays(21).AddHours(10);
            while (when.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) when = when.AddDays(1);
            var shown = when.ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            await ProposeSlotFields.FillAsync(m, when);
            await m.GetByRole(AriaRole.Button, new() { Name = "Tijdstip toevoegen" }).ClickAsync();
            await m.GetByRole(AriaRole.Button, new() { Name = "Voorstel naar beide partijen sturen" }).ClickAsync();
            await Assertions.Expect(m.GetByTestId("session-row").Filter(new() { HasText = shown })).ToContainTextAsync("Voorgesteld");
            await desk.ReloadAsync();
            await desk.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await RecordPostAsync(desk, "Antwoord op een voorgesteld tijdstip (M7)", "akkoord-tijdstip.pdf", slot: shown);
            await Assertions.Expect(b.GetByTestId("session-row").Filter(new() { HasText = shown })).ToContainTextAsync($"{Client}: geaccepteerd"); // the client's answer, live
            await b.GetByRole(AriaRole.Button, new() { Name = $"Accepteren {shown}" }).ClickAsync();
            await Assertions.Expect(m.GetByTestId("session-row").Filter(new() { HasText = shown })).ToContainTextAsync("Bevestigd");
            await Assertions.Expect(b.GetByTestId("session-row").Filter(new() { HasText = shown })).ToContainTextAsync("Bevestigd");
            kit.Step("client accepted the slot by post, the business online: confirmed");

            // M8, M9: outcome and agreement by the mediator.
            await m.GetByLabel("Partijen hebben overeenstemming bereikt").CheckAsync();
            await m.GetByLabel("Korte vastlegging van de uitkomst").FillAsync("Partijen delen de kosten van de herdruk.");
            await m.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
            await m.GetByRole(AriaRole.Link, new() { Name = "Overeenkomst opstellen" }).ClickAsync();
            await m.GetByLabel("Het geschil").FillAsync("De folders met verkeerde prijzen.");
            await m.GetByLabel("Afspraken").FillAsync($"{Client} drukt de folders opnieuw.\n{Business} betaalt de helft van de herdruk.");
            await m.GetByLabel("Plaats van ondertekening").FillAsync("Utrecht");
            await m.GetByRole(AriaRole.Button, new() { Name = "Versie opslaan en naar partijen sturen" }).ClickAsync();
            await Assertions.Expect(m.GetByTestId("agreement-terms")).ToContainTextAsync("drukt de folders opnieuw", new() { Timeout = 45_000 });

            // The business signs online.
            await Assertions.Expect(b.GetByRole(AriaRole.Heading, new() { Name = "Versie 1 ondertekenen" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
            await b.GetByLabel("Ik heb versie 1 gelezen en ga ermee akkoord").CheckAsync();
            await b.GetByLabel("Uw volledige naam").FillAsync("Mark Jansen");
            await b.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen", Exact = true }).ClickAsync();
            // M9: signing asks once more (the text is then fixed).
            await b.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Definitief ondertekenen" }).ClickAsync();

            // The client's hand-signed agreement arrives by post: recorded by the desk, it makes the agreement final.
            await desk.ReloadAsync();
            await desk.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await RecordPostAsync(desk, "Ondertekende vaststellingsovereenkomst (M9)", "getekend-drukkerij.pdf");
            await Assertions.Expect(b.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
            await Assertions.Expect(b.GetByText("Afgesloten")).ToBeVisibleAsync();
            kit.Step("business signed online, the client's hand-signed agreement recorded from post: final, closed");

            // The timeline says what came by post, to the business and to the desk (which also reads for whom).
            await b.GotoAsync($"cases/{number}");
            await BrowserFixture.WaitForInteractiveAsync(b);
            await Assertions.Expect(b.GetByTestId("received-by-post").First).ToContainTextAsync("ontvangen per post op");
            Assert.True(await b.GetByTestId("received-by-post").CountAsync() >= 4);
            await desk.GotoAsync($"cases/{number}");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            await Assertions.Expect(desk.GetByTestId("timeline").Locator("li").Filter(new() { HasText = "ontvangen per post" }).Filter(new() { HasText = Client }).First)
                .ToContainTextAsync("Lotte Visser");
            kit.Step("the timeline shows what came by post, recorded by the desk for the client");
        });
    }

    /// <summary>The desk's post panel: party, kind, (slot), text, scan, then "Vastleggen"; the panel confirms.</summary>
    private static async Task RecordPostAsync(IPage desk, string kind, string scan, string? text = null, string? slot = null)
    {
        var panel = desk.GetByTestId("mediation-post");
        // Issue 16: MudSelects, comboboxes whose options open in a popover at the page's end.
        await panel.GetByRole(AriaRole.Combobox, new() { Name = "Partij", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = Client, Exact = true }).ClickAsync();
        await panel.GetByRole(AriaRole.Combobox, new() { Name = "Wat is ontvangen", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = kind, Exact = true }).ClickAsync();
        if (slot is not null)
        {
            await panel.GetByRole(AriaRole.Combobox, new() { Name = "Tijdstip", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option).Filter(new() { HasText = slot }).First.ClickAsync();
        }
        if (text is not null) await panel.GetByLabel("Tekst van de brief").FillAsync(text);
        await panel.Locator("input[type=file][aria-labelledby='mpost-scan-label']").Last.SetInputFilesAsync(new FilePayload
        {
            Name = scan, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {scan}\n%%EOF\n"),
        });
        await Assertions.Expect(panel.GetByTestId("mpost-scan-chosen")).ToHaveTextAsync(scan);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
        // Issue 16: the confirmation is a snackbar.
        await Assertions.Expect(desk.GetByText($"Vastgelegd als ontvangen per post namens {Client}.").Last).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(panel.GetByTestId("mediation-post-book")).ToContainTextAsync(scan);
    }

    private static async Task GoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-interactive]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
