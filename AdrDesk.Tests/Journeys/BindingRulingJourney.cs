using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 14 item 7a, from a clean database: an anonymous consumer files a binding-ruling dispute with two documents,
/// creating the account on the way; the desk screens it (complaint and documents in view) and forwards it; the webshop,
/// reached only through the register's dispute address, follows the invitation, answers with a document; the consumer's
/// open page shows the answer live; the assessor drafts beside the full dossier and issues the ruling; each party gets
/// exactly one mail for it, with the ruling's PDF (item 9).
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class BindingRulingJourney(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    private const string ComplaintText = "Het frame van de racefiets is na twee weken gescheurd.";
    private const string ResponseText = "Wij betwisten de klacht: het frame is door een val beschadigd.";

    [Fact, Trait("Rule", "D5"), Trait("Rule", "D10"), Trait("Rule", "D12"), Trait("Rule", "D13"), Trait("Rule", "D15"), Trait("Rule", "D16"), Trait("Rule", "D17")]
    public async Task A_binding_ruling_from_an_anonymous_filing_to_one_ruling_mail_per_party()
    {
        await using var kit = new JourneyKit(app, browser, output, "journey-a");
        await kit.RunAsync(async () =>
        {
            var shop = new JourneyKit.Shop("Stille Fietsen B.V.", "71234567", "www.stillefietsen.nl", "geschillen@stillefietsen.example",
                "Fietsweg 12", "3511 AB", "Utrecht");
            const string consumerEmail = "sanne.devries@consument.example";
            const string shopPersonEmail = "piet@stillefietsen.example";

            // Staff: the first admin makes the desk and an assessor on the admin screens.
            var admin = await kit.FirstAdminAsync();
            var (desk, _) = await kit.StaffAsync(admin, "Eva Jansen", "Balie", "desk");
            var (assessor, _) = await kit.StaffAsync(admin, "mr. Pieter Bakker", "Beoordelaar", "assessor");
            kit.Step("admin made the desk and the assessor; both chose a password from the mail");

            // The desk enters the webshop in the register, with its dispute e-mail address and postal address.
            await kit.RegisterWebshopAsync(desk, shop);
            kit.Step("desk registered the webshop");

            // An anonymous consumer files; the account is made at the last step; then the two documents are added.
            var consumer = await kit.PersonAsync("consumer");
            await consumer.GotoAsync("start/bindend-advies");
            await consumer.Locator("a.adr-link-button").ClickAsync();
            var wizard = new WizardDriver(consumer);
            await wizard.StepAsync("Wie bent u", "x");
            await wizard.RadioAsync("Als particulier");
            await wizard.FillAsync("Uw naam", "Sanne de Vries");
            await wizard.FillAsync("E-mailadres", consumerEmail);
            await wizard.FillAsync("Straat en huisnummer", "Kerkstraat 1");
            await wizard.FillAsync("Postcode", "3512 AB");
            await wizard.FillAsync("Woonplaats", "Utrecht");
            await wizard.NextAsync();
            await wizard.WebshopAsync("Stille Fietsen");
            await wizard.PurchaseAsync();
            await wizard.NextAsync();
            await wizard.StepAsync("Uw klacht aan de webshop", "x");
            await consumer.GetByRole(AriaRole.Group, new() { Name = "Heeft u uw klacht al aan de webshop voorgelegd?" }).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
            await wizard.FillDateAsync("Wanneer meldde u het probleem voor het eerst aan de webshop?", WizardDriver.Today.AddDays(-30));
            await consumer.GetByRole(AriaRole.Group, new() { Name = "Heeft de webshop geantwoord?" }).GetByRole(AriaRole.Radio, new() { Name = "Nee" }).CheckAsync();
            await wizard.FillAsync("Wat is het probleem?", ComplaintText);
            await wizard.NextAsync();
            await wizard.StepAsync("Wat u vraagt", "x");
            await wizard.FillAsync("Wat vraagt u van de webshop?", "Mijn geld terug");
            await wizard.FillAsync("Totale vordering", "899,00");
            await wizard.NextAsync();
            await wizard.StepAsync("Documenten", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Taal van de procedure", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Controleren", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "x");
            await consumer.GetByRole(AriaRole.Link, new() { Name = "Account aanmaken en verder" }).ClickAsync();
            await JourneyKit.RegisterAccountAsync(consumer, "Sanne de Vries", consumerEmail);
            await Expect(wizard.Heading("Akkoord en indienen")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            kit.Step("anonymous consumer went through the wizard and created the account at the last step");
            foreach (var _ in new[] { "Controleren", "Taal van de procedure", "Documenten" })
            {
                await consumer.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
            }
            await wizard.StepAsync("Documenten", "x");
            // The documents are chosen as a person does: the button opens the browser's file chooser (MudFileUpload, issue 16).
            var chooser = await consumer.RunAndWaitForFileChooserAsync(() => consumer.GetByRole(AriaRole.Button, new() { Name = "Bestanden kiezen" }).ClickAsync());
            await chooser.SetFilesAsync(new[]
            {
                new FilePayload { Name = "orderbevestiging.pdf", MimeType = "application/pdf", Buffer = JourneyKit.Pdf("orderbevestiging") },
                new FilePayload { Name = "foto-frame.pdf", MimeType = "application/pdf", Buffer = JourneyKit.Pdf("foto") },
            });
            var added = consumer.GetByRole(AriaRole.List, new() { Name = "Toegevoegde documenten" });
            await Expect(added.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
            await wizard.NextAsync();
            await wizard.StepAsync("Taal van de procedure", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Controleren", "x");
            await wizard.NextAsync();
            await wizard.StepAsync("Akkoord en indienen", "x");
            await consumer.GetByLabel("Ik aanvaard dat de uitspraak bindend is").CheckAsync();
            await consumer.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
            await consumer.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync();
            await Expect(consumer.GetByRole(AriaRole.Heading, new() { Name = "Uw geschil is ingediend" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var number = (await consumer.GetByTestId("case-number").TextContentAsync())!.Trim();
            kit.Step($"consumer added two documents and submitted {number}");

            // The desk screens: the complaint and both documents in view; seats the assessor; forwards (D12).
            await desk.GotoAsync("desk");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            await desk.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = number, Level = 1 })).ToBeVisibleAsync();
            await JourneyKit.MarkedInteractiveAsync(desk);
            await Expect(desk.GetByText(ComplaintText).First).ToBeVisibleAsync();
            await Expect(desk.GetByRole(AriaRole.Link, new() { Name = "orderbevestiging.pdf" })).ToBeVisibleAsync();
            await Expect(desk.GetByRole(AriaRole.Link, new() { Name = "foto-frame.pdf" })).ToBeVisibleAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten", Exact = true }).ClickAsync();
            await Expect(desk.GetByText("Geen weigeringsgronden gevonden")).ToBeVisibleAsync();
            await desk.GetByLabel("mr. Pieter Bakker", new() { Exact = true }).CheckAsync();
            await desk.GetByLabel("rapporteur: mr. Pieter Bakker").CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "1 beoordelaar(s) toewijzen" }).ClickAsync();
            await Expect(desk.GetByText("Beoordelaar(s) toegewezen.")).ToBeVisibleAsync();
            // Decided: D25j is the desk's decision with a written reason before forwarding (issue 18).
            await AdrDesk.Tests.Workbench.DeskDecisions.RecordAsync(desk, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van de balie.");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Expect(desk.GetByText("Bij wederpartij").First).ToBeVisibleAsync();
            kit.Step("desk screened (complaint and documents shown), assigned the assessor and forwarded");

            // The consumer proves the address (the registration's mail), then keeps the case open: the answer must arrive without a reload.
            await ConfirmAddress.FromOutboxAsync(consumer, kit.App, consumerEmail);
            await consumer.GotoAsync($"cases/{number}");
            await BrowserFixture.WaitForInteractiveAsync(consumer);

            // The webshop: the invitation in the outbox, followed; the account made; the complaint and documents in view.
            var invitation = await kit.MailAsync(shop.DisputeEmail!, e => e["Subject"].Contains(number, StringComparison.Ordinal) && e.Text.Contains("/invitation/", StringComparison.Ordinal));
            var link = JourneyKit.InvitationLink().Match(invitation.Text).Value;
            var webshop = await kit.PersonAsync("webshop");
            await kit.AcceptInvitationAsync(webshop, link, number, "Piet Stil", shopPersonEmail, shop.Name, shop.Kvk);
            kit.Step("webshop followed the invitation from the outbox, created the account and accepted");
            await Expect(webshop.GetByText(ComplaintText).First).ToBeVisibleAsync();
            await Expect(webshop.GetByRole(AriaRole.Link, new() { Name = "orderbevestiging.pdf" })).ToBeVisibleAsync();
            await Expect(webshop.GetByRole(AriaRole.Link, new() { Name = "foto-frame.pdf" })).ToBeVisibleAsync();
            await webshop.GetByLabel("Uw reactie", new() { Exact = true }).FillAsync(ResponseText);
            await webshop.Locator("input[type=file][aria-labelledby='cf-response-files-label']").Last.SetInputFilesAsync(new FilePayload { Name = "pakbon.pdf", MimeType = "application/pdf", Buffer = JourneyKit.Pdf("pakbon") });
            await webshop.GetByRole(AriaRole.Button, new() { Name = "Reactie indienen", Exact = true }).ClickAsync();
            await Expect(webshop.GetByText("Uw reactie is ingediend.")).ToBeVisibleAsync();
            kit.Step("webshop saw the complaint and the documents and responded with a document");

            await Expect(consumer.GetByText(ResponseText)).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(consumer.GetByRole(AriaRole.Link, new() { Name = "pakbon.pdf" })).ToBeVisibleAsync();
            kit.Step("consumer saw the response live");

            // The assessor: the dossier (complaint, documents, response) beside the draft; drafts and issues.
            await assessor.GotoAsync("workbench");
            await BrowserFixture.WaitForInteractiveAsync(assessor);
            await assessor.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await assessor.WaitForURLAsync($"**/workbench/{number}");
            await JourneyKit.MarkedInteractiveAsync(assessor);
            await Expect(assessor.GetByText(ComplaintText).First).ToBeVisibleAsync();
            await Expect(assessor.GetByRole(AriaRole.Link, new() { Name = "orderbevestiging.pdf" })).ToBeVisibleAsync();
            await Expect(assessor.GetByText(ResponseText).First).ToBeVisibleAsync();
            var issuing = await JourneyKit.DraftAndIssueRulingAsync(assessor, besideTheDraft: () => Expect(assessor.GetByText(ComplaintText).First).ToBeVisibleAsync());
            kit.Step("assessor drafted beside the dossier and issued the ruling");

            // Item 9: one mail per party for the ruling, its PDF attached, and no second notice of it.
            var afterRuling = await kit.OutboxAsync(number, m => m.CreatedAt >= issuing.AddSeconds(-1), count: 2);
            var byRecipient = afterRuling.GroupBy(m => m.ToAddress.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList());
            Assert.True(byRecipient.Count == 2 && byRecipient.Values.All(l => l.Count == 1),
                "one ruling mail per party, got:\n" + string.Join("\n", afterRuling.Select(m => $"{m.ToAddress}: {m.Subject}")));
            foreach (var mail in afterRuling)
            {
                Assert.Equal($"Er is uitspraak gedaan in uw zaak {number}.", mail.Subject);
                var pdf = Assert.Single(mail.Attachments);
                Assert.Equal("application/pdf", pdf.ContentType);
            }
            Assert.Contains(consumerEmail, byRecipient.Keys);
            kit.Step("each party got exactly one ruling mail with the PDF");

            // Item 9 over the whole journey: nobody got the same news twice.
            var all = await kit.OutboxAsync(number);
            var twice = all.GroupBy(m => (m.ToAddress.ToLowerInvariant(), m.Subject)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Item1}: {g.Key.Subject} ×{g.Count()}").ToList();
            Assert.True(twice.Count == 0, "a mail sent twice for one event:\n" + string.Join("\n", twice));
        });
    }
}
