using System.Text.RegularExpressions;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Identity;
using Roles = AdrDesk.Security.Roles;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Mediation;

/// <summary>Issue 8 item 7: a mediation from request to signed agreement, with the mediator and two party browsers.</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class MediationJourneyTests(AppHost app, BrowserFixture browser)
{
    private static readonly Regex NoteLike = new("notitie|notes?\\b|verslag|notulen|transcript|opname|recording|aantekening", RegexOptions.IgnoreCase);

    internal static string ShotFolder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img")
        : Path.Combine(AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots");

    [Fact]
    [Trait("Rule", "M2")] [Trait("Rule", "M3")] [Trait("Rule", "M5")] [Trait("Rule", "M6")] [Trait("Rule", "M7")] [Trait("Rule", "M9")]
    public async Task M2_to_M9_Request_to_signed_agreement_with_two_party_browsers()
    {
        var mediator = await UserAsync(Roles.Mediator, "Pieter Smit");
        var a = await UserAsync(Roles.Business, "Mark Jansen");
        var b = await UserAsync(Roles.Business, "Ilse de Klant");
        var number = await NewMediationAsync(mediator, a, b);

        var m = await SignedInAsync(mediator.Email);
        var pa = await SignedInAsync(a.Email);
        var pb = await SignedInAsync(b.Email);
        try
        {
            // The mediator's office (M5).
            await GoAsync(m, "agenda/availability");
            await m.GetByLabel("Naam", new() { Exact = true }).FillAsync("Kantoor Smit");
            await m.GetByLabel("Straat en huisnummer").FillAsync("Oudegracht 12");
            await m.GetByLabel("Postcode").FillAsync("3511 AB");
            await m.GetByLabel("Plaats").FillAsync("Utrecht");
            await m.GetByLabel("Ruimtes").FillAsync("Spreekkamer 1, Spreekkamer 2");
            await m.GetByRole(AriaRole.Button, new() { Name = "Kantoor toevoegen" }).ClickAsync();
            await Assertions.Expect(m.GetByText("Kantoor Smit, Oudegracht 12, 3511 AB Utrecht")).ToBeVisibleAsync();
            await ShootAsync(m, "mediation-availability.png");

            // M2, M4, M6: each party confirms the principles and gives its position privately.
            foreach (var (page, position) in new[] { (pa, "Wij hebben 40 fietsen op tijd geleverd."), (pb, "De fietsen kwamen drie weken te laat.") })
            {
                await GoAsync(page, $"mediations/{number}");
                await page.GetByLabel("Ik aanvaard vrijwilligheid, neutraliteit en geheimhouding").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
                await page.GetByLabel("Uw standpunt").FillAsync(position);
                if (page == pa) await ShootAsync(pa, "mediation-party-position.png");
                await page.GetByRole(AriaRole.Button, new() { Name = "Standpunt indienen" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Standpunt van {(page == pa ? "Fietsenwinkel BV" : "Klant BV")}" })).ToBeVisibleAsync();
            }
            await Assertions.Expect(pa.GetByRole(AriaRole.Region, new() { Name = "Standpunt van Klant BV" })).ToHaveCountAsync(0);

            await GoAsync(m, "mediations");
            await Assertions.Expect(m.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
            await ShootAsync(m, "mediation-dashboard.png");
            await m.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await m.GetByRole(AriaRole.Button, new() { Name = "Standpunten uitwisselen" }).ClickAsync();
            // M6: at once: both party pages (live) show both positions.
            foreach (var page in new[] { pa, pb })
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Standpunt van Klant BV" })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Standpunt van Fietsenwinkel BV" })).ToBeVisibleAsync();
            }

            // M5, M7: a slot on the day the clocks go forward; party B declines it.
            await ProposeAsync(m, "2027-03-28T14:00");
            var spring = "28-03-2027 14:00–16:00";
            await Assertions.Expect(pb.GetByRole(AriaRole.Button, new() { Name = $"Afwijzen {spring}" })).ToBeVisibleAsync();
            var springIcs = await IcsAsync(pa, spring);
            Assert.Equal(new DateTimeOffset(2027, 3, 28, 12, 0, 0, TimeSpan.Zero), springIcs.Instant(springIcs.Session().DtStart)); // CEST, +02:00
            await ShootAsync(pb, "mediation-party-sessions.png");
            await pb.GetByRole(AriaRole.Button, new() { Name = $"Afwijzen {spring}" }).ClickAsync();
            await pb.GetByLabel("Reden van afwijzen").FillAsync("Dan ben ik op de beurs in Keulen.");
            await pb.GetByRole(AriaRole.Button, new() { Name = "Afwijzing versturen" }).ClickAsync();
            await Assertions.Expect(m.GetByTestId("session-row").Filter(new() { HasText = "Dan ben ik op de beurs" })).ToContainTextAsync("Afgewezen");

            // A new slot, on the day the clocks go back; both accept: confirmed.
            await ProposeAsync(m, "2027-10-31T14:00");
            var autumn = "31-10-2027 14:00–16:00";
            foreach (var page in new[] { pa, pb })
                await page.GetByRole(AriaRole.Button, new() { Name = $"Accepteren {autumn}" }).ClickAsync();
            await Assertions.Expect(m.GetByTestId("session-row").Filter(new() { HasText = "31-10-2027" })).ToContainTextAsync("Bevestigd");
            await Assertions.Expect(pa.GetByTestId("session-row").Filter(new() { HasText = "31-10-2027" })).ToContainTextAsync("Bevestigd");
            var autumnIcs = await IcsAsync(pb, autumn);
            var autumnSession = autumnIcs.Session();
            Assert.Equal(new DateTimeOffset(2027, 10, 31, 13, 0, 0, TimeSpan.Zero), autumnIcs.Instant(autumnSession.DtStart)); // CET, +01:00
            Assert.Contains("Oudegracht 12", autumnSession.Location);
            Assert.Equal(2, autumnSession.Attendees.Count);
            Assert.Equal("CONFIRMED", autumnSession.Status);
            await ShootAsync(m, "mediation-sessions.png");

            // M3: no field on any session screen to write down what was said; the screen says so.
            foreach (var page in new[] { m, pa, pb })
            {
                await Assertions.Expect(page.GetByTestId("m3-notice")).ToContainTextAsync("geen notities");
                await AssertNoNoteFieldAsync(page);
            }
            await GoAsync(m, "agenda?view=month&date=2027-10-15");
            await Assertions.Expect(m.GetByTestId("agenda-event").Filter(new() { HasText = number }).First).ToBeVisibleAsync();
            await AssertNoNoteFieldAsync(m);
            await ShootAsync(m, "mediation-agenda.png");
            await GoAsync(m, $"mediations/{number}");

            // Outcome (M8) and the agreement in the editor with its live preview (M9).
            await m.GetByLabel("Partijen hebben overeenstemming bereikt").CheckAsync();
            await m.GetByLabel("Korte vastlegging van de uitkomst").FillAsync("Partijen zijn het eens over terugbetaling.");
            await m.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
            await m.GetByRole(AriaRole.Link, new() { Name = "Overeenkomst opstellen" }).ClickAsync();
            await m.GetByLabel("Het geschil").FillAsync("De levering van 40 fietsen in januari 2027.");
            await m.GetByLabel("Afspraken").FillAsync("Fietsenwinkel BV betaalt Klant BV € 1.250,00 uiterlijk 1 december 2027.\nKlant BV houdt de fietsen.");
            await m.GetByLabel("Plaats van ondertekening").FillAsync("Utrecht");
            await Assertions.Expect(m.FrameLocator("iframe").GetByText("Klant BV houdt de fietsen.")).ToBeVisibleAsync();
            await ShootAsync(m, "mediation-agreement-editor.png");
            await m.GetByRole(AriaRole.Button, new() { Name = "Versie opslaan en naar partijen sturen" }).ClickAsync();
            // Issuing prints the PDF in Chromium: allow for a cold start on a busy machine.
            await Assertions.Expect(m.GetByTestId("agreement-terms")).ToContainTextAsync("Klant BV houdt de fietsen.", new() { Timeout = 45_000 });

            // Party B proposes a change before signing; the mediator answers with version 2.
            await pb.GetByLabel("Wijziging voorstellen (vóór ondertekening)").FillAsync("Graag betaling uiterlijk 15 november 2027.");
            await pb.GetByRole(AriaRole.Button, new() { Name = "Voorstel naar de mediator" }).ClickAsync();
            await GoAsync(m, $"mediations/{number}/agreement");
            await Assertions.Expect(m.GetByText("Graag betaling uiterlijk 15 november 2027.")).ToBeVisibleAsync();
            await m.GetByLabel("Afspraken").FillAsync("Fietsenwinkel BV betaalt Klant BV € 1.250,00 uiterlijk 15 november 2027.\nKlant BV houdt de fietsen.");
            await Assertions.Expect(m.FrameLocator("iframe").GetByText("uiterlijk 15 november 2027")).ToBeVisibleAsync();
            await m.GetByRole(AriaRole.Button, new() { Name = "Versie opslaan en naar partijen sturen" }).ClickAsync();

            // M9: both sign version 2 with their typed full name.
            foreach (var (page, name) in new[] { (pa, "Mark Jansen"), (pb, "Ilse de Klant") })
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versie 2 ondertekenen" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
                await page.GetByLabel("Ik heb versie 2 gelezen en ga ermee akkoord").CheckAsync();
                await page.GetByLabel("Uw volledige naam").FillAsync(name);
                if (page == pa) await ShootAsync(pa, "mediation-sign.png");
                await page.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen", Exact = true }).ClickAsync();
                // M9: signing asks once more (the text is then fixed).
                await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Definitief ondertekenen" }).ClickAsync();
            }
            foreach (var page in new[] { pa, pb })
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
            await ShootAsync(pb, "mediation-signed.png");

            var href = await pa.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" }).GetAttributeAsync("href");
            var pdf = await pa.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, pdf.Status);
            var text = await Poppler.TextAsync(await pdf.BodyAsync());
            foreach (var expected in new[] { "Fietsenwinkel BV", "Klant BV", "Mark Jansen", "Ilse de Klant", "uiterlijk 15 november 2027", "Klant BV houdt de fietsen." })
                Assert.Contains(expected, Regex.Replace(text, "\\s+", " "));
            Assert.Contains("127.0.0.1", text);
            await Assertions.Expect(pa.GetByText("Afgesloten")).ToBeVisibleAsync();

            // Another party's browser cannot open this mediation.
            var stranger = await UserAsync(Roles.Business, "Iemand Anders");
            var ps = await SignedInAsync(stranger.Email);
            await GoAsync(ps, $"mediations/{number}");
            await Assertions.Expect(ps.GetByRole(AriaRole.Alert)).ToContainTextAsync("niet gevonden");
            Assert.Equal(404, (await ps.Context.APIRequest.GetAsync(href!)).Status);
            await ps.Context.CloseAsync();
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            foreach (var (page, name) in new[] { (m, "mediator"), (pa, "party-a"), (pb, "party-b") })
            {
                try { await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"journey-{name}.png"), FullPage = true }); }
                catch (PlaywrightException) { }
            }
            throw;
        }
        finally
        {
            foreach (var page in new[] { m, pa, pb }) await page.Context.CloseAsync();
        }
    }

    /// <summary>Navigates and waits until the circuit is interactive (input typed before that would be lost).</summary>
    internal static async Task GoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task ProposeAsync(IPage m, string localStart)
    {
        await AdrDesk.Tests.Journeys.ProposeSlotFields.FillAsync(m, DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture));
        await m.GetByRole(AriaRole.Button, new() { Name = "Tijdstip toevoegen" }).ClickAsync();
        await m.GetByRole(AriaRole.Button, new() { Name = "Voorstel naar beide partijen sturen" }).ClickAsync();
        await Assertions.Expect(m.GetByTestId("session-row").Filter(new() { HasText = DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture).ToString("dd-MM-yyyy HH:mm") }))
            .ToContainTextAsync("Voorgesteld");
    }

    private static async Task<Ical.Net.Calendar> IcsAsync(IPage page, string when)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = $"Agenda (.ics) {when}" }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"]);
        return Ics.Load(await response.BodyAsync());
    }

    /// <summary>M3: no form control anywhere on the page whose label, name or hint invites writing down what was said.</summary>
    internal static async Task AssertNoNoteFieldAsync(IPage page)
    {
        var controls = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, textarea, select, [contenteditable=true]')].map(e =>
                [e.id, e.name, e.placeholder, e.getAttribute('aria-label'), e.labels ? [...e.labels].map(l => l.textContent).join(' ') : ''].join(' | '))
            """);
        Assert.DoesNotContain(controls, c => NoteLike.IsMatch(c));
    }

    private async Task<(Guid Id, string Email, string Name)> UserAsync(string role, string name)
    {
        var email = await app.CreateUserAsync(role, displayName: name);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return (user!.Id, email, name);
    }

    /// <summary>Requested (M10), checked and assigned to the mediator by staff: through the domain and the CaseStore.</summary>
    private async Task<string> NewMediationAsync((Guid Id, string Email, string Name) mediator, (Guid Id, string Email, string Name) a, (Guid Id, string Email, string Name) b)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var clock = TimeProvider.System;
        var participant = Party.Business("Fietsenwinkel BV", a.Id, Guid.NewGuid()).Value;
        var client = Party.Business("Klant BV", b.Id, Guid.NewGuid()).Value;
        var created = await store.CreateAsync(Scheme.B2BMediation, n => MediationCase.Request(n, participant, client, new Actor(a.Id, a.Name, Role.Business), clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var staff = new Actor(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);
        var number = created.Value.Number;
        Assert.True((await store.UpdateAsync<MediationCase>(number, c => c.StartEligibilityCheck(staff, clock))).IsSuccess);
        Assert.True((await store.UpdateAsync<MediationCase>(number, c => c.AssignMediator(staff, clock, mediator.Id, mediator.Name, "Kantoor Smit, Oudegracht 12, 3511 AB Utrecht"))).IsSuccess);
        return number.ToString();
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserFixture.SignInAsync(page, email, AppHost.TestPassword);
        return page;
    }

    internal static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotFolder);
        await page.WaitForTimeoutAsync(300); // let the last render settle (a circuit keeps the network busy)
        // The layout scrolls inside <main>, so a full-page shot is taken with a viewport as tall as the content.
        var height = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('main, .mud-main-content, body')].map(e => e.scrollHeight))");
        await page.SetViewportSizeAsync(1280, Math.Clamp(height + 80, 800, 2400));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotFolder, name) });
        await page.SetViewportSizeAsync(1280, 800);
    }
}
