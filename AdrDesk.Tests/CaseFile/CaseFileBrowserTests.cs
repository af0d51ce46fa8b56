using System.Diagnostics;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Roles = AdrDesk.Security.Roles;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

/// <summary>
/// Issue 6 item 10: the case file in Chromium against the real app, two browsers (consumer and webshop,
/// each its own cookies) on the same case. Each test makes its own accounts and cases.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class CaseFileBrowserTests(AppHost app, BrowserFixture browser)
{
    private sealed record Parties(string ConsumerEmail, Guid ConsumerId, string ShopEmail, Guid ShopId);

    private static readonly Actor Desk = new(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
    private static readonly Actor Assessor = new(Guid.NewGuid(), "mr. Eva Bakker", Role.Assessor);

    [Fact, Trait("Rule", "D13"), Trait("Issue", "21")]
    public Task D13_Typing_a_message_sends_the_server_nothing_the_browser_counts_and_the_count_starts_again_after_sending() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.SettlementAttempt);
            var framesSent = 0; // the circuit's WebSocket frames from the browser to the server
            consumer.WebSocket += (_, socket) => socket.FrameSent += (_, _) => Interlocked.Increment(ref framesSent);
            await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
            await OpenCaseAsync(consumer, number);
            await consumer.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();
            var send = consumer.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" });
            var box = consumer.GetByLabel("Uw bericht");

            // Nothing typed: the box names what is missing.
            await send.ClickAsync();
            await Expect(consumer.GetByText("Vul in: Uw bericht.")).ToBeVisibleAsync();
            await Expect(box).ToHaveAttributeAsync("aria-invalid", "true");

            // 27 characters typed key by key: the counter follows in the browser; the server hears of none of them (the
            // old box sent four messages per character). At most a keep-alive ping may fall in the window.
            await box.FocusAsync();
            var before = Volatile.Read(ref framesSent);
            await box.PressSequentiallyAsync("Wanneer komt de reparateur?");
            await Expect(consumer.Locator("#cf-message-count")).ToHaveTextAsync("27 van 20.000 tekens");
            await consumer.WaitForTimeoutAsync(300);
            Assert.True(Volatile.Read(ref framesSent) - before <= 1, $"typing 27 characters sent {Volatile.Read(ref framesSent) - before} frames");

            // Sending: the change goes before the click, the message is sent whole, the box and its counter start again.
            await send.ClickAsync();
            await Expect(consumer.GetByText("Bericht verstuurd.")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await Expect(consumer.GetByTestId("messages").GetByText("Wanneer komt de reparateur?")).ToBeVisibleAsync();
            Assert.True(Volatile.Read(ref framesSent) - before >= 2, "the change and the send went over the socket watched"); // the watch sees the circuit
            await Expect(box).ToHaveValueAsync("");
            await Expect(consumer.Locator("#cf-message-count")).ToHaveTextAsync("0 van 20.000 tekens");
            await Expect(box).Not.ToHaveAttributeAsync("aria-invalid", "true");
        });

    [Fact, Trait("Rule", "D12"), Trait("Rule", "D13")]
    public Task D12_D13_The_webshops_response_appears_on_the_consumers_open_page_within_1_second() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.ForwardedToRespondent);
            var shop = await SecondPageAsync(p.ShopEmail);
            try
            {
                await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
                await OpenCaseAsync(consumer, number);
                await Expect(consumer.GetByTestId("who-acts")).ToContainTextAsync("De webshop");
                await consumer.EvaluateAsync("() => window.__sameDocument = true");

                await OpenCaseAsync(shop, number);
                await shop.GetByLabel("Uw reactie").FillAsync("De fiets was onbeschadigd bij aflevering.");
                await shop.GetByRole(AriaRole.Button, new() { Name = "Reactie indienen" }).ClickAsync();
                await Expect(shop.Locator(".mud-snackbar").GetByText("Uw reactie is ingediend.")).ToBeVisibleAsync();
                var committed = Stopwatch.StartNew();

                var entry = consumer.GetByTestId("timeline").Locator("li.cf-new").Filter(new() { HasText = "De fiets was onbeschadigd bij aflevering." });
                try { await Expect(entry).ToBeVisibleAsync(new() { Timeout = 5000 }); }
                catch (PlaywrightException) { var t = await consumer.GetByTestId("timeline").InnerTextAsync(); Assert.Fail(t.Replace("\n", " | ")[^Math.Min(t.Length, 1200)..]); }
                Assert.True(committed.ElapsedMilliseconds <= 1000, $"The consumer's page showed the response {committed.ElapsedMilliseconds} ms after the commit");
                await Expect(consumer.GetByTestId("status-words")).ToHaveTextAsync("Poging tot schikking");
                await Expect(consumer.Locator(".mud-snackbar").GetByText("Zaak bijgewerkt").First).ToBeVisibleAsync();
                Assert.True(await consumer.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the consumer's page was reloaded");
                await ShootAsync(consumer, "casefile-case-page.png");
            }
            finally
            {
                await shop.Context.CloseAsync();
            }
        });

    [Fact, Trait("Rule", "D13")]
    public Task A_message_goes_from_consumer_to_webshop_and_back_without_reloading() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.SettlementAttempt);
            var shop = await SecondPageAsync(p.ShopEmail);
            try
            {
                await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
                await OpenCaseAsync(consumer, number);
                await OpenCaseAsync(shop, number);
                await consumer.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();
                await shop.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();

                await consumer.GetByLabel("Uw bericht").FillAsync("Wanneer betaalt u terug?");
                await consumer.Locator("input[type=file][aria-labelledby='cf-message-files-label']").Last.SetInputFilesAsync(new FilePayload { Name = "bon.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 bon"u8.ToArray() });
                await consumer.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
                await Expect(shop.GetByTestId("messages").GetByText("Wanneer betaalt u terug?")).ToBeVisibleAsync(new() { Timeout = 2000 });
                await Expect(shop.GetByTestId("messages").GetByRole(AriaRole.Link, new() { Name = "bon.pdf" })).ToBeVisibleAsync();

                await shop.GetByLabel("Uw bericht").FillAsync("Deze week nog.");
                await shop.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
                await Expect(consumer.GetByTestId("messages").GetByText("Deze week nog.")).ToBeVisibleAsync(new() { Timeout = 2000 });
                await ShootAsync(consumer, "casefile-messages.png");

                // The attachment: the parties download it; someone else's browser gets 404.
                var href = await shop.GetByTestId("messages").GetByRole(AriaRole.Link, new() { Name = "bon.pdf" }).GetAttributeAsync("href");
                Assert.Equal(200, (await shop.APIRequest.GetAsync(href!)).Status);
                var stranger = await SecondPageAsync(await app.CreateUserAsync());
                Assert.Equal(404, (await stranger.APIRequest.GetAsync(href!)).Status);
                await stranger.Context.CloseAsync();
            }
            finally
            {
                await shop.Context.CloseAsync();
            }
        });

    [Fact, Trait("Rule", "D13")]
    public Task D13_Too_many_or_too_large_attachments_and_an_over_limit_text_are_refused_with_a_message_and_nothing_is_sent() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.SettlementAttempt);
            await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
            await OpenCaseAsync(consumer, number);
            await consumer.GetByRole(AriaRole.Tab, new() { Name = "Berichten" }).ClickAsync();
            var send = consumer.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" });

            // Issue 19 item 5: seven files where five are allowed: a message at once, and the message is not sent without them.
            await consumer.GetByLabel("Uw bericht").FillAsync("Hierbij de bonnen.");
            // Issue 16: the picker is a MudFileUpload; its hidden input is named by the picker's label, and after a choice
            // MudBlazor puts a fresh input after the used one (hidden), so the last is the one that takes the next choice.
            await consumer.Locator("input[type=file][aria-labelledby='cf-message-files-label']").Last.SetInputFilesAsync(Enumerable.Range(1, 7)
                .Select(i => new FilePayload { Name = $"bon{i}.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 bon"u8.ToArray() }));
            await Expect(consumer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is niets toegevoegd" })).ToContainTextAsync("maximaal 5 bestanden");
            await send.ClickAsync();
            await Expect(consumer.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "maximaal 5 bestanden" }).First).ToBeVisibleAsync();
            await Expect(consumer.GetByText("Bericht verstuurd.")).ToHaveCountAsync(0);
            await Expect(consumer.GetByLabel("Uw bericht")).ToHaveValueAsync("Hierbij de bonnen.");

            // One file over 10 MB: the same.
            var large = new byte[10 * 1024 * 1024 + 1];
            "%PDF-1.4"u8.CopyTo(large);
            await consumer.Locator("input[type=file][aria-labelledby='cf-message-files-label']").Last.SetInputFilesAsync(new FilePayload { Name = "groot.pdf", MimeType = "application/pdf", Buffer = large });
            await Expect(consumer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Er is niets toegevoegd" })).ToContainTextAsync("groot.pdf is te groot");

            // A text over the limit (in "€", 3 bytes each) stops at the limit in the field, the counter says so, and the
            // longest text there can be reaches the server whole (the old 32 KB circuit message dropped ~15,000 characters).
            await consumer.Locator("input[type=file][aria-labelledby='cf-message-files-label']").Last.SetInputFilesAsync(Array.Empty<FilePayload>());
            await consumer.GetByLabel("Uw bericht").FillAsync(new string('€', 20_001));
            await Expect(consumer.Locator("#cf-message-count")).ToHaveTextAsync("20.000 van 20.000 tekens", new() { Timeout = 10_000 });
            await send.ClickAsync();
            await Expect(consumer.GetByText("Bericht verstuurd.")).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            var sent = await db.Set<CaseMessage>().SingleAsync(m => m.CaseNumber == number);
            Assert.Equal(new string('€', 20_000), sent.Body);
        });

    [Fact, Trait("Rule", "D21"), Trait("Rule", "D12"), Trait("Rule", "D13")]
    public Task D21_The_desk_records_the_webshops_response_from_post_and_the_consumer_sees_it_live_marked_received_by_post() =>
        browser.RunAsync(app, async consumer =>
        {
            // People never linked to anything before: a fresh consumer, webshop and desk account, a fresh case.
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.ForwardedToRespondent);
            var deskEmail = await app.CreateUserAsync(Roles.CaseManager, displayName: "Lotte Balie");
            await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
            await OpenCaseAsync(consumer, number);
            var desk = await SecondPageAsync(deskEmail);
            try
            {
                await desk.GotoAsync($"desk/{number}");
                await BrowserFixture.WaitForInteractiveAsync(desk);
                var panel = desk.GetByTestId("record-post");
                await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Post verwerken" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
                // Issue 16: MudSelects, comboboxes whose options open in a popover at the page's end.
                await panel.GetByRole(AriaRole.Combobox, new() { Name = "Partij", Exact = true }).ClickAsync();
                await desk.GetByRole(AriaRole.Option, new() { Name = "Fietsenwinkel BV", Exact = true }).ClickAsync();
                await panel.GetByRole(AriaRole.Combobox, new() { Name = "Soort stuk", Exact = true }).ClickAsync();
                await desk.GetByRole(AriaRole.Option, new() { Name = "Reactie op het geschil", Exact = true }).ClickAsync();
                await panel.GetByLabel("Omschrijving").FillAsync("Verweer per brief: de fiets was heel bij levering.");
                await panel.Locator("input[type=file][aria-labelledby='post-scan-label']").Last.SetInputFilesAsync(new FilePayload { Name = "verweer-scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 scan"u8.ToArray() });
                await Expect(panel.GetByTestId("post-scan-chosen")).ToHaveTextAsync("verweer-scan.pdf");
                await panel.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
                await Expect(panel.GetByText("Vastleggen voor Fietsenwinkel BV")).ToBeVisibleAsync();
                await panel.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en vastleggen" }).ClickAsync();
                await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("ontvangen per post namens Fietsenwinkel BV", new() { Timeout = 10_000 });

                var entry = consumer.GetByTestId("timeline").Locator("li").Filter(new() { HasText = "Verweer per brief: de fiets was heel bij levering." });
                await Expect(entry).ToBeVisibleAsync(new() { Timeout = 10_000 });
                await Expect(entry.GetByTestId("received-by-post")).ToContainTextAsync("ontvangen per post op");
                await Expect(entry.GetByRole(AriaRole.Link, new() { Name = "verweer-scan.pdf" })).ToBeVisibleAsync();
                await Expect(entry).Not.ToContainTextAsync("(D21)"); // no rule codes for parties
                await AxeCheck.AssertNoSeriousViolationsAsync(desk);
            }
            finally
            {
                await desk.Context.CloseAsync();
            }
        });

    [Fact, Trait("Rule", "D20")]
    public Task D20_The_consumer_withdraws_after_reading_the_consequences_but_not_once_the_ruling_is_in_preparation() =>
        browser.RunAsync(app, async page =>
        {
            var p = await PartiesAsync();
            var open = await CaseAsync(p, S.DossierComplete);
            var late = await CaseAsync(p, S.RulingInPreparation);
            await BrowserFixture.SignInAsync(page, p.ConsumerEmail, AppHost.TestPassword);

            await OpenCaseAsync(page, late);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Beëindigen" }).ClickAsync();
            await Expect(page.GetByTestId("withdrawal-ended")).ToContainTextAsync("Intrekken kan niet meer");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Klacht intrekken", Exact = true })).ToHaveCountAsync(0);

            await OpenCaseAsync(page, open);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Beëindigen" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Klacht intrekken", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("withdraw-consequences")).ToContainTextAsync("geen bindend advies");
            await ShootAsync(page, "casefile-withdraw.png");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Nee, terug" }).ClickAsync();
            await Expect(page.GetByTestId("status-words")).ToHaveTextAsync("Dossier compleet");

            await page.GetByRole(AriaRole.Button, new() { Name = "Klacht intrekken", Exact = true }).ClickAsync();
            await page.GetByLabel("Reden (optioneel)").FillAsync("Ik ga naar de rechter.");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ja, klacht intrekken" }).ClickAsync();
            await Expect(page.GetByTestId("status-words")).ToHaveTextAsync("Ingetrokken");
        });

    [Fact, Trait("Rule", "D20"), Trait("Rule", "D14")]
    public Task D20_The_webshop_reports_a_settlement_and_the_consumer_confirms_it() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.RulingInPreparation);
            var shop = await SecondPageAsync(p.ShopEmail);
            try
            {
                await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
                await OpenCaseAsync(consumer, number);
                await OpenCaseAsync(shop, number);
                await shop.GetByRole(AriaRole.Tab, new() { Name = "Beëindigen" }).ClickAsync();
                await Expect(shop.GetByText("alleen beëindigen met een schikking")).ToBeVisibleAsync();
                await shop.GetByLabel("Wat is er afgesproken?").FillAsync("De webwinkel betaalt € 60,00 terug.");
                await shop.GetByRole(AriaRole.Button, new() { Name = "Schikking melden" }).ClickAsync();
                await Expect(shop.GetByText("Wacht op bevestiging door de andere partij.")).ToBeVisibleAsync();

                await Expect(consumer.GetByTestId("pending-settlement")).ToContainTextAsync("€ 60,00", new() { Timeout = 2000 });
                await consumer.GetByRole(AriaRole.Button, new() { Name = "Schikking bevestigen" }).ClickAsync();
                await consumer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ja, schikking bevestigen" }).ClickAsync();
                await Expect(consumer.GetByTestId("status-words")).ToHaveTextAsync("Geschikt");
                await Expect(shop.GetByTestId("status-words")).ToHaveTextAsync("Geschikt", new() { Timeout = 2000 });
            }
            finally
            {
                await shop.Context.CloseAsync();
            }
        });

    [Fact, Trait("Rule", "D7")]
    public Task D7_A_representative_is_invited_accepts_acts_for_the_consumer_and_is_revoked() =>
        browser.RunAsync(app, async consumer =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.InformationGathering);
            var repEmail = await app.CreateUserAsync(Roles.Consumer, displayName: "Jan Raad");
            await BrowserFixture.SignInAsync(consumer, p.ConsumerEmail, AppHost.TestPassword);
            await OpenCaseAsync(consumer, number);
            await consumer.GetByLabel("E-mailadres van de vertegenwoordiger").FillAsync(repEmail);
            await consumer.GetByLabel("Naam", new() { Exact = true }).FillAsync("Jan Raad");
            await consumer.GetByLabel("Hoedanigheid (bijv. advocaat, familielid)").FillAsync("juridisch adviseur");
            await consumer.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();
            await Expect(consumer.GetByTestId("pending-invitation")).ToContainTextAsync(repEmail);

            var invitation = await InvitationIdAsync(number);
            var rep = await SecondPageAsync(repEmail);
            try
            {
                await rep.GotoAsync($"cases/{number}");
                await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Pagina niet gevonden" })).ToBeVisibleAsync();
                await rep.GotoAsync($"representation/{invitation}");
                // Enabled once the circuit is up: a click on the prerendered button would be lost.
                await Expect(rep.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aanvaarden" })).ToBeEnabledAsync();
                await rep.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aanvaarden" }).ClickAsync();
                await Expect(rep.GetByText("U handelt namens")).ToBeVisibleAsync(new() { Timeout = 10_000 });
                await Expect(consumer.GetByTestId("parties")).ToContainTextAsync("Vertegenwoordigd door Jan Raad", new() { Timeout = 2000 });

                await consumer.GetByRole(AriaRole.Button, new() { Name = "Vertegenwoordiging intrekken" }).ClickAsync();
                await Expect(consumer.GetByTestId("parties")).ToContainTextAsync("Geen vertegenwoordiger");
                await rep.GotoAsync($"cases/{number}");
                await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Pagina niet gevonden" })).ToBeVisibleAsync();
            }
            finally
            {
                await rep.Context.CloseAsync();
            }
        });

    [Fact, Trait("Rule", "D16")]
    public Task Documents_download_only_for_own_cases_and_my_cases_lists_only_own_cases() =>
        browser.RunAsync(app, async page =>
        {
            var p = await PartiesAsync();
            var mine = await CaseAsync(p, S.ForwardedToRespondent);
            await CaseAsync(p, S.InformationGathering);
            var others = await PartiesAsync();
            var theirs = await CaseAsync(others, S.ForwardedToRespondent);
            var myDocument = await DocumentAsync(mine);
            var theirDocument = await DocumentAsync(theirs);

            await BrowserFixture.SignInAsync(page, p.ConsumerEmail, AppHost.TestPassword);
            Assert.Equal(200, (await page.APIRequest.GetAsync($"documents/{myDocument}")).Status);
            Assert.Equal(404, (await page.APIRequest.GetAsync($"documents/{theirDocument}")).Status);
            Assert.Equal(404, (await page.APIRequest.GetAsync($"documents/{Guid.NewGuid()}")).Status);

            await page.GotoAsync("my-cases");
            await Expect(page.GetByTestId("my-cases").GetByRole(AriaRole.Link, new() { Name = mine })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("my-cases").GetByRole(AriaRole.Link, new() { Name = theirs })).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("my-cases")).ToContainTextAsync("Wacht op reactie");
            await ShootAsync(page, "casefile-my-cases.png");

            await page.GotoAsync($"cases/{theirs}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pagina niet gevonden" })).ToBeVisibleAsync();
            await OpenCaseAsync(page, mine);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Documenten" }).ClickAsync();
            await Expect(page.GetByTestId("documents").GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        });

    [Fact, Trait("Rule", "D21"), Trait("Rule", "D13")]
    public Task Staff_see_the_internal_notes_tab_and_the_print_queue() =>
        browser.RunAsync(app, async page =>
        {
            var p = await PartiesAsync();
            var number = await CaseAsync(p, S.InformationGathering, paperWebshop: true);
            var store = app.Services.GetRequiredService<CaseStore>();
            await store.UpdateAsync<BindingRulingCase>(CaseNumber.Parse(number).Value, c => c.AddStaffNote(Desk, TimeProvider.System, "Webshop belt liever dan dat hij schrijft."));
            await app.Services.GetRequiredService<Features.CaseFile.CaseFileService>()
                .PostMessageAsync(new Person("c", p.ConsumerId, "Consument", p.ConsumerEmail, Roles.Consumer).Principal, number, "Heeft u de foto's ontvangen?");

            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            await OpenCaseAsync(page, number);
            await page.GetByRole(AriaRole.Tab, new() { Name = "Interne notities (alleen balie)" }).ClickAsync();
            await Expect(page.GetByTestId("staff-notes")).ToContainTextAsync("Webshop belt liever");
            await ShootAsync(page, "casefile-staff-notes.png");

            // D21: no address known for the paper webshop yet: the desk queue asks for it before any letter is queued.
            await page.GotoAsync("desk");
            await BrowserFixture.WaitForInteractiveAsync(page);
            var held = page.GetByTestId("address-needed").Filter(new() { HasText = number }).Filter(new() { HasText = "er is een nieuw bericht" });
            await held.GetByLabel("Postadres voor Fietsenwinkel BV").FillAsync("Kade 2\n3011 AA Rotterdam");
            await held.GetByRole(AriaRole.Button, new() { Name = "Adres opslaan en brief in de printwachtrij zetten" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Adres opgeslagen" })).ToBeVisibleAsync();

            await page.GotoAsync("desk/print-queue");
            // The paper webshop's letters: the message, and the workbench steps that made the case (CaseChangeNotices).
            await Expect(page.GetByTestId("letter").Filter(new() { HasText = number }).Filter(new() { HasText = "de klacht is doorgestuurd" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
            var letter = page.GetByTestId("letter").Filter(new() { HasText = number }).Filter(new() { HasText = "er is een nieuw bericht" });
            await Expect(letter).ToBeVisibleAsync();
            await ShootAsync(page, "casefile-print-queue.png");
            await letter.GetByRole(AriaRole.Button, new() { Name = "Verzonden" }).ClickAsync();
            await Expect(letter).ToHaveCountAsync(0);
        });

    private static string Folder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img")
        : BrowserFixture.ScreenshotFolder;

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.WaitForTimeoutAsync(300); // let the highlight and toast settle
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name), FullPage = true });
    }

    private static async Task OpenCaseAsync(IPage page, string number)
    {
        await page.GotoAsync($"cases/{number}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Zaak {number}" })).ToBeVisibleAsync();
        // The page is interactive once the circuit is up; the live hint is rendered either way, so wait for Blazor.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.cf-live') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private async Task<IPage> SecondPageAsync(string email)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserFixture.SignInAsync(page, email, AppHost.TestPassword);
        return page;
    }

    private async Task<Parties> PartiesAsync()
    {
        var consumer = await app.CreateUserAsync(Roles.Consumer, displayName: "Sanne de Vries");
        var shop = await app.CreateUserAsync(Roles.Business, displayName: "Mark Jansen");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return new Parties(consumer, (await users.FindByEmailAsync(consumer))!.Id, shop, (await users.FindByEmailAsync(shop))!.Id);
    }

    private async Task<string> CaseAsync(Parties p, S target, bool paperWebshop = false)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var consumer = new Actor(p.ConsumerId, "Sanne de Vries", Role.Consumer);
        var shop = new Actor(p.ShopId, "Mark Jansen", Role.Business);
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer("Sanne de Vries", p.ConsumerId).Value, Party.Business("Fietsenwinkel BV", p.ShopId, Guid.NewGuid()).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        var number = created.Value.Number;
        async Task Step(Func<BindingRulingCase, Result> command) =>
            Assert.True((await store.UpdateAsync(number, command)).IsSuccess);
        if (paperWebshop) await Step(c => c.RequestPaperProcedure(shop, clock, c.Webshop.Id));
        await Step(c => c.Submit(consumer, clock, acceptsBindingRuling: true));
        await Step(c => c.StartScreening(Desk, clock));
        await Step(c => c.AssignPanel(Desk, clock, [new PanelMember(Assessor.UserId, Assessor.DisplayName, true)]));
        var path = new (S From, Func<BindingRulingCase, Result> Command)[]
        {
            (S.Screening, c => c.Forward(Assessor, clock)),
            (S.ForwardedToRespondent, c => c.RecordResponse(shop, clock, "Wij betwisten de klacht: de fiets was heel.")),
            (S.SettlementAttempt, c => c.FailSettlement(Assessor, clock, "Partijen komen niet tot elkaar.")),
            (S.InformationGathering, c => c.DeclareDossierComplete(Assessor, clock)),
            (S.DossierComplete, c => c.StartRulingPreparation(Assessor, clock)),
        };
        foreach (var (from, command) in path)
        {
            if (from == target) break;
            await Step(command);
        }
        return number.ToString();
    }

    private async Task<Guid> InvitationIdAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Set<RepresentativeInvitation>().Where(i => i.CaseNumber == number).Select(i => i.Id).SingleAsync();
    }

    private async Task<Guid> DocumentAsync(string number)
    {
        var id = Guid.NewGuid();
        var saved = await app.Services.GetRequiredService<IDocumentStore>().SaveAsync(new NewDocument(
            id, number, DocumentKind.RespondentNotice, DocumentLanguage.Nl, "Kennisgeving aan de webwinkel", $"{number}-kennisgeving.pdf",
            "application/pdf", "%PDF-1.7 test"u8.ToArray(), new DocumentAuthor(Desk.UserId, Desk.DisplayName)));
        Assert.True(saved.IsSuccess);
        return id;
    }
}
