using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Workbench;

/// <summary>Issue 7 item 8: the desk and a panel of three work a case from screening to the issued ruling, in Chromium.</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class WorkbenchJourneyTests(AppHost app, BrowserFixture browser)
{
    private sealed record User(Guid Id, string Email, string Name);

    private async Task<User> UserAsync(string role, string name)
    {
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 5)];
        var email = await app.CreateUserAsync(role, displayName: unique);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return new User(user!.Id, email, unique);
    }

    private async Task<IPage> SignedInAsync(User user)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserFixture.SignInAsync(page, user.Email, AppHost.TestPassword);
        return page;
    }

    private async Task<BindingRulingCase> FiledCaseAsync(User consumer, User shop)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        AdrDesk.Domain.Register.Organisation organisation;
        var factory = app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var kvk = AdrDesk.Domain.Register.KvkNumber.Create($"{Random.Shared.Next(10_000_000, 99_999_999)}").Value;
            organisation = AdrDesk.Domain.Register.Organisation.Register("Fietsen Journey BV", kvk, AdrDesk.Domain.Register.CountryCode.Of("NL"), ["https://journey.example"],
                new DateOnly(2020, 1, 1), "Thuiswinkel Waarborg").Value;
            organisation.AddSubscription(new DateOnly(2020, 1, 1), null);
            db.Add(organisation);
            await db.SaveChangesAsync();
        }
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumer.Name, consumer.Id).Value, Party.Business(shop.Name, shop.Id, organisation.Id).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, new Actor(consumer.Id, consumer.Name, Role.Consumer), clock),
            amountClaimed: Money.Euros(480m));
        var c = created.Value;
        var v = c.Version;
        Assert.True(c.Submit(new Actor(consumer.Id, consumer.Name, Role.Consumer), clock, true).IsSuccess);
        Assert.True((await store.SaveAsync(c, v)).IsSuccess);
        return c;
    }

    /// <summary>What the party page (another feature) does: the webshop answers through the domain.</summary>
    private async Task AsPartyAsync(string number, Func<BindingRulingCase, TimeProvider, Result> act)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var result = await store.UpdateAsync<BindingRulingCase>(CaseNumber.Parse(number).Value, c => act(c, clock));
        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    [Fact, Trait("Rule", "D10"), Trait("Rule", "D13"), Trait("Rule", "D15"), Trait("Rule", "D16"), Trait("Rule", "D17")]
    public Task D10_D15_D16_Screen_assign_request_complete_draft_approve_issue_and_both_parties_get_the_ruling() =>
        browser.RunAsync(app, async desk =>
        {
            IPage? current = null;
            try { await JourneyAsync(desk, p => current = p); }
            catch when (current is not null)
            {
                Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
                await current.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "workbench-journey-current.png"), FullPage = true });
                throw;
            }
        });

    private async Task JourneyAsync(IPage desk, Action<IPage> track)
    {
        {
            var consumer = await UserAsync(AppRoles.Consumer, "Sanne Journey");
            var shop = await UserAsync(AppRoles.Business, "Fietsen Journey");
            var manager = await UserAsync(AppRoles.CaseManager, "Eva Balie");
            var a1 = await UserAsync(AppRoles.Assessor, "mr. Rapporteur");
            var a2 = await UserAsync(AppRoles.Assessor, "mr. Lezer Twee");
            var a3 = await UserAsync(AppRoles.Assessor, "mr. Lezer Drie");
            var outsider = await UserAsync(AppRoles.Assessor, "mr. Buitenstaander");
            var c = await FiledCaseAsync(consumer, shop);
            var n = c.Number.ToString();

            // Desk: screen, assign a panel of three, accept.
            await BrowserFixture.SignInAsync(desk, manager.Email, AppHost.TestPassword);
            await desk.GotoAsync("desk");
            await desk.GetByRole(AriaRole.Link, new() { Name = n }).ClickAsync();
            // The queue's own buttons are named "Beoordeling starten: <number>": click only once the case page is shown.
            await Assertions.Expect(desk.GetByRole(AriaRole.Heading, new() { Name = n, Level = 1 })).ToBeVisibleAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten", Exact = true }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Geen weigeringsgronden gevonden")).ToBeVisibleAsync();
            foreach (var a in new[] { a1, a2, a3 }) await desk.GetByLabel(a.Name, new() { Exact = true }).CheckAsync();
            await desk.GetByLabel($"rapporteur: {a1.Name}").CheckAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "3 beoordelaar(s) toewijzen" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Beoordelaar(s) toegewezen.")).ToBeVisibleAsync();
            // Decided: D25j is the desk's decision with a written reason before forwarding (issue 18).
            await DeskDecisions.RecordAsync(desk, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van het loket.");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Bij wederpartij").First).ToBeVisibleAsync();

            await AsPartyAsync(n, (x, clock) => x.RecordResponse(new Actor(shop.Id, shop.Name, Role.Business), clock, "Wij betwisten de klacht."));

            // Rapporteur: from the grid to the case; settlement, information request.
            var rapporteur = await SignedInAsync(a1);
            track(rapporteur);
            await rapporteur.GotoAsync("workbench");
            await rapporteur.GetByRole(AriaRole.Link, new() { Name = n }).ClickAsync();
            await rapporteur.GetByLabel("Uitkomst van de schikkingspoging").FillAsync("Partijen willen niet schikken.");
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Schikking mislukt: verder met informatie" }).ClickAsync();
            // Issue 16: "Aan" is a MudSelect (a combobox; its options open in a popover).
            await rapporteur.GetByRole(AriaRole.Combobox, new() { Name = "Aan", Exact = true }).ClickAsync();
            await rapporteur.GetByRole(AriaRole.Option, new() { Name = $"{shop.Name} (Webshop)", Exact = true }).ClickAsync();
            await rapporteur.GetByLabel("Vraag", new() { Exact = true }).FillAsync("Stuur de pakbon.");
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Verzoek versturen" }).ClickAsync();
            await Assertions.Expect(rapporteur.GetByText("nog niet beantwoord")).ToBeVisibleAsync();

            var request = (await app.Services.GetRequiredService<CaseStore>().LoadAsync<BindingRulingCase>(c.Number)).Value.InformationRequests.Single();
            await AsPartyAsync(n, (x, clock) => x.AddSubmission(new Actor(shop.Id, shop.Name, Role.Business), clock, "Pakbon bijgevoegd.", null, request.Id));
            // The open page follows the case's events: the answer shows without a reload.
            await Assertions.Expect(rapporteur.GetByText("beantwoord", new() { Exact = false }).First).ToContainTextAsync("beantwoord");
            await Assertions.Expect(rapporteur.GetByText("Pakbon bijgevoegd.")).ToBeVisibleAsync();
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Dossier compleet verklaren (D15)" }).ClickAsync();
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Uitspraak in voorbereiding (D20)" }).ClickAsync();

            // Extension once only (D15).
            await rapporteur.GetByLabel("Reden", new() { Exact = true }).FillAsync("Deskundige geraadpleegd.");
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Eenmalig verlengen" }).ClickAsync();
            await Assertions.Expect(rapporteur.GetByText("Eenmaal verlengd van")).ToBeVisibleAsync();
            await Assertions.Expect(rapporteur.GetByRole(AriaRole.Button, new() { Name = "Eenmalig verlengen" })).ToHaveCountAsync(0);

            // Draft with autosave that survives a reload.
            const string facts = "De consument kocht op 1 februari 2026 een racefiets van 480 euro.";
            const string decision = "De webshop betaalt de consument 480 euro terug.";
            await rapporteur.GetByLabel("Feiten", new() { Exact = true }).FillAsync(facts);
            await rapporteur.GetByLabel("Standpunt van de consument").FillAsync("De fiets was bij levering kapot.");
            await rapporteur.GetByLabel("Standpunt van de webshop").FillAsync("De fiets was heel bij verzending.");
            await rapporteur.GetByLabel("Overwegingen (de redenen, D16)").FillAsync("De webshop draagt het risico tot de aflevering.");
            await rapporteur.GetByLabel("Beslissing: wat moet er gebeuren").FillAsync(decision);
            await rapporteur.GetByLabel("Nakomen uiterlijk (D17)").FillAsync(DateTime.Today.AddDays(21).ToString("dd-MM-yyyy"));
            await rapporteur.GetByLabel("Nakomen uiterlijk (D17)").BlurAsync();
            await rapporteur.GetByLabel("Wijze van nakoming (D17)").FillAsync("Betaling op de rekening van de consument.");
            await Assertions.Expect(rapporteur.GetByTestId("save-status")).ToContainTextAsync("Opgeslagen om", new() { Timeout = 15_000 });
            await rapporteur.WaitForTimeoutAsync(3500); // a last keystroke's autosave
            await rapporteur.ReloadAsync();
            await rapporteur.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(rapporteur.GetByLabel("Feiten", new() { Exact = true })).ToHaveValueAsync(facts);
            await Assertions.Expect(rapporteur.GetByLabel("Wijze van nakoming (D17)")).ToHaveValueAsync("Betaling op de rekening van de consument.");
            await Assertions.Expect(rapporteur.FrameLocator("iframe").GetByText(decision)).ToBeVisibleAsync();

            // Reviewers approve; a reviewer cannot write or issue.
            foreach (var reviewer in new[] { a2, a3 })
            {
                var page = await SignedInAsync(reviewer);
                await page.GotoAsync($"workbench/{n}");
                await page.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
                await Assertions.Expect(page.GetByText("U leest mee als lid van het college")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitspraak vaststellen en verzenden" })).ToHaveCountAsync(0);
                Assert.False(await page.GetByLabel("Feiten", new() { Exact = true }).IsEditableAsync());
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Versie \\d+ goedkeuren$") }).ClickAsync();
                await Assertions.Expect(page.GetByText("Goedgekeurd.")).ToBeVisibleAsync();
                await page.Context.CloseAsync();
            }
            await rapporteur.ReloadAsync();
            await rapporteur.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
            await rapporteur.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Versie \\d+ goedkeuren$") }).ClickAsync();
            await Assertions.Expect(rapporteur.GetByText("Goedgekeurd.")).ToBeVisibleAsync();
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Uitspraak vaststellen en verzenden" }).ClickAsync();
            await Assertions.Expect(rapporteur.GetByText("definitief en bindend")).ToBeVisibleAsync();
            await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Definitief vaststellen" }).ClickAsync();
            await Assertions.Expect(rapporteur.GetByText("De uitspraak is vastgesteld en aan beide partijen verzonden.").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(rapporteur.GetByRole(AriaRole.Link, new() { Name = "Uitspraak (PDF)" })).ToBeVisibleAsync();
            Assert.False(await rapporteur.GetByLabel("Feiten", new() { Exact = true }).IsEditableAsync());
            await rapporteur.Context.CloseAsync();

            // Both parties download the ruling; its text is the draft's.
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            var documentId = (await db.Set<RulingDraft>().SingleAsync(d => d.CaseNumber == n)).DocumentId!.Value;
            foreach (var party in new[] { consumer, shop })
            {
                var page = await SignedInAsync(party);
                var response = await page.APIRequest.GetAsync($"documents/{documentId}");
                Assert.Equal(200, response.Status);
                var text = Normalize(await Poppler.TextAsync(await response.BodyAsync()));
                Assert.Contains(Normalize(facts), text);
                Assert.Contains(Normalize(decision), text);
                Assert.Contains("7:902", text); // D27
                await page.Context.CloseAsync();
            }

            // An assessor not on the panel cannot open the case.
            var stranger = await SignedInAsync(outsider);
            await stranger.GotoAsync($"workbench/{n}");
            await Assertions.Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Zaak {n} is niet gevonden.");
            var denied = await stranger.APIRequest.GetAsync($"documents/{documentId}");
            Assert.Equal(404, denied.Status);
            await stranger.Context.CloseAsync();
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
