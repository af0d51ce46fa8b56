using System.Globalization;
using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 14 item 7b, from a clean database: a business files a B2B mediation request against an organisation of the
/// register; the other party is invited at its dispute address and joins by the link; the desk assigns the mediator; both
/// parties confirm the principles and give their positions, which the mediator exchanges at once; the mediator proposes a
/// slot, both accept; the agreement is drafted, both sign; the case closes.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class MediationJourney(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    [Fact, Trait("Rule", "M1"), Trait("Rule", "M2"), Trait("Rule", "M4"), Trait("Rule", "M6"), Trait("Rule", "M7"), Trait("Rule", "M9"), Trait("Rule", "M10")]
    public async Task M10_M9_A_mediation_request_to_a_signed_agreement_between_people_never_linked_before()
    {
        await using var kit = new JourneyKit(app, browser, output, "journey-b");
        await kit.RunAsync(async () =>
        {
            var other = new JourneyKit.Shop("Kantoorinrichting Noord B.V.", "71234569", "www.kantoornoord.nl", "geschillen@kantoornoord.example",
                "Havenstraat 3", "9711 AB", "Groningen");
            const string client = "Klant Horeca B.V.";

            var admin = await kit.FirstAdminAsync();
            var (desk, _) = await kit.StaffAsync(admin, "Eva Jansen", "Balie", "desk");
            var (mediator, _) = await kit.StaffAsync(admin, "Pieter Smit", "Mediator", "mediator");
            kit.Step("admin made the desk and the mediator");
            await kit.RegisterWebshopAsync(desk, other, b2b: true);
            kit.Step("desk registered the other party with the scheme's B2B terms");

            // The business makes its account and files the request.
            var filer = await kit.PersonAsync("filer");
            await filer.GotoAsync("account/register?returnUrl=%2Fintake%2Fmediation");
            await JourneyKit.RegisterAccountAsync(filer, "Ilse de Klant", "ilse@klanthoreca.example", business: true, client, "81234567");
            // Issue 19 item 1: the address is proved by the mailed link before the account sees any case.
            await ConfirmAddress.FromOutboxAsync(filer, kit.App, "ilse@klanthoreca.example");
            await filer.GotoAsync("intake/mediation");
            var wizard = new WizardDriver(filer);
            await wizard.StepAsync("Wie bent u", "x");
            await wizard.FillAsync("Naam van uw bedrijf", client);
            await wizard.FillAsync("E-mailadres", "ilse@klanthoreca.example");
            await wizard.FillAsync("Straat en huisnummer", "Kerkstraat 1");
            await wizard.FillAsync("Postcode", "3511 AB");
            await wizard.FillAsync("Woonplaats", "Utrecht");
            await wizard.NextAsync();
            await wizard.StepAsync("De andere partij", "x");
            await wizard.FillAsync("Zoek de webshop", "Kantoorinrichting");
            await filer.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
            await filer.GetByRole(AriaRole.Radio, new() { Name = "Kantoorinrichting" }).First.CheckAsync();
            await Expect(filer.GetByText("Gekozen:")).ToBeVisibleAsync();
            await filer.GetByRole(AriaRole.Group, new() { Name = "Stonden de B2B-voorwaarden van de regeling in uw contract?" })
                .GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await wizard.NextAsync();
            await wizard.StepAsync("Het probleem", "x");
            await wizard.FillAsync("Wat is het probleem?", "Het kantoormeubilair is drie weken te laat en beschadigd geleverd.");
            await wizard.NextAsync();
            await wizard.StepAsync("Documenten", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Controleren", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "x");
            await filer.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
            await filer.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync();
            await Expect(filer.GetByRole(AriaRole.Heading, new() { Name = "Uw verzoek is geregistreerd" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var number = (await filer.GetByTestId("case-number").TextContentAsync())!.Trim();
            kit.Step($"business made its account and filed {number}");

            // The other party: the invitation at its dispute address, followed; the account made and linked.
            var invitation = await kit.MailAsync(other.DisputeEmail!, e => e["Subject"].Contains(number, StringComparison.Ordinal) && e.Text.Contains("/invitation/", StringComparison.Ordinal));
            var participant = await kit.PersonAsync("participant");
            var invitationLink = JourneyKit.InvitationLink().Match(invitation.Text).Value;
            await participant.GotoAsync(invitationLink);
            await participant.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Account aanmaken" }).ClickAsync();
            await JourneyKit.RegisterAccountAsync(participant, "Mark Jansen", "mark@kantoornoord.example", business: true, other.Name, other.Kvk);
            await ConfirmAddress.FromOutboxAsync(participant, kit.App, "mark@kantoornoord.example");
            await participant.GotoAsync(invitationLink);
            await participant.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
            await participant.WaitForURLAsync($"**/{number}", new() { Timeout = 30_000 });
            kit.Step("other party followed the invitation, made its account and joined");

            // The desk assigns the mediator (with the office of the sessions).
            await GoAsync(desk, $"mediations/{number}");
            // Issue 16: the mediator is a MudSelect (a combobox; its options open in a popover).
            await desk.GetByRole(AriaRole.Combobox, new() { Name = "Mediator", Exact = true }).ClickAsync();
            await desk.GetByRole(AriaRole.Option, new() { Name = "Pieter Smit", Exact = true }).ClickAsync();
            await desk.GetByLabel("Kantoor (adres van de gesprekken)").FillAsync("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Mediator toewijzen" }).ClickAsync();
            await Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Mediator toewijzen" })).ToHaveCountAsync(0);
            kit.Step("desk assigned the mediator");

            // The mediator's office, for the sessions (M5).
            await GoAsync(mediator, "agenda/availability");
            await mediator.GetByLabel("Naam", new() { Exact = true }).FillAsync("Kantoor Smit");
            await mediator.GetByLabel("Straat en huisnummer").FillAsync("Oudegracht 12");
            await mediator.GetByLabel("Postcode").FillAsync("3511 AB");
            await mediator.GetByLabel("Plaats").FillAsync("Utrecht");
            await mediator.GetByLabel("Ruimtes").FillAsync("Spreekkamer 1");
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Kantoor toevoegen" }).ClickAsync();
            await Expect(mediator.GetByText("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht")).ToBeVisibleAsync();

            // M2, M6: both confirm the principles and give their position privately.
            foreach (var (page, position) in new[] { (filer, "Het meubilair kwam drie weken te laat."), (participant, "Wij hebben op de afgesproken dag geleverd.") })
            {
                await GoAsync(page, $"mediations/{number}");
                await page.GetByLabel("Ik aanvaard vrijwilligheid, neutraliteit en geheimhouding").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
                await page.GetByLabel("Uw standpunt").FillAsync(position);
                await page.GetByRole(AriaRole.Button, new() { Name = "Standpunt indienen" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {(page == filer ? client : other.Name)}" })).ToBeVisibleAsync();
            }
            await Expect(participant.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {client}" })).ToHaveCountAsync(0);
            kit.Step("both parties confirmed the principles and gave their positions");

            await GoAsync(mediator, $"mediations/{number}");
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Standpunten uitwisselen" }).ClickAsync();
            foreach (var page in new[] { filer, participant })
            {
                await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {client}" })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {other.Name}" })).ToBeVisibleAsync();
            }
            kit.Step("mediator exchanged the positions; both parties saw both at once");

            // M7: the mediator proposes a slot; both accept; it is confirmed.
            var day = DateTime.Today.AddDays(30);
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
            await ProposeSlotFields.FillAsync(mediator, day.AddHours(14));
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Tijdstip toevoegen" }).ClickAsync();
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Voorstel naar beide partijen sturen" }).ClickAsync();
            var when = day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + " 14:00–16:00";
            foreach (var page in new[] { filer, participant })
                await page.GetByRole(AriaRole.Button, new() { Name = $"Accepteren {when}" }).ClickAsync();
            await Expect(mediator.GetByTestId("session-row").Filter(new() { HasText = day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) })).ToContainTextAsync("Bevestigd");
            kit.Step("mediator proposed a slot; both accepted");

            // M8, M9: the outcome, the agreement drafted, both sign.
            await mediator.GetByLabel("Partijen hebben overeenstemming bereikt").CheckAsync();
            await mediator.GetByLabel("Korte vastlegging van de uitkomst").FillAsync("Partijen zijn het eens over een vergoeding.");
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
            await mediator.GetByRole(AriaRole.Link, new() { Name = "Overeenkomst opstellen" }).ClickAsync();
            await mediator.Locator("[data-interactive]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await mediator.GetByLabel("Het geschil").FillAsync("De levering van kantoormeubilair in 2026.");
            await mediator.GetByLabel("Afspraken").FillAsync($"{other.Name} betaalt {client} € 750,00 binnen 14 dagen.");
            await mediator.GetByLabel("Plaats van ondertekening").FillAsync("Utrecht");
            await mediator.GetByRole(AriaRole.Button, new() { Name = "Versie opslaan en naar partijen sturen" }).ClickAsync();
            await Expect(mediator.GetByTestId("agreement-terms")).ToContainTextAsync("€ 750,00", new() { Timeout = 45_000 });
            kit.Step("mediator recorded the outcome and drafted the agreement");

            foreach (var (page, name) in new[] { (filer, "Ilse de Klant"), (participant, "Mark Jansen") })
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versie 1 ondertekenen" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
                await page.GetByLabel("Ik heb versie 1 gelezen en ga ermee akkoord").CheckAsync();
                await page.GetByLabel("Uw volledige naam").FillAsync(name);
                await page.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen", Exact = true }).ClickAsync();
                // M9: signing asks once more (the text is then fixed).
                await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Definitief ondertekenen" }).ClickAsync();
            }
            foreach (var page in new[] { filer, participant })
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
            await Expect(filer.GetByText("Afgesloten")).ToBeVisibleAsync();
            kit.Step("both signed; the case closed");
        });
    }

    private static async Task GoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-interactive]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
