using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Documents;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;
using static AdrDesk.Tests.Mediation.MediationJourneyTests;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// Issue 8 in Chromium: the introduction letter (M4), documents with the positions that the other party can
/// open only after the exchange (M6), and a hand-signed scan that the desk rejects and the mediator accepts (M9).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class MediationFilesJourneyTests(AppHost app, BrowserFixture browser)
{
    private sealed record Who(Guid Id, string Email, string Name, string Role)
    {
        public ClaimsPrincipal User => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Id.ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Name, Email), new Claim(ClaimTypes.Email, Email),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, Name), new Claim(ClaimTypes.Role, Role),
        ], "test"));
    }

    private static readonly byte[] Invoice = Encoding.ASCII.GetBytes("%PDF-1.4\n% factuur 2027-04\n%%EOF\n");
    private static readonly byte[] Scan = Encoding.ASCII.GetBytes("%PDF-1.4\n% handgetekend\n%%EOF\n");

    [Fact]
    [Trait("Rule", "M4")] [Trait("Rule", "M6")] [Trait("Rule", "M9")]
    public async Task M4_M6_M9_Introduction_letter_private_position_documents_and_a_verified_hand_signed_scan()
    {
        var mediator = await UserAsync(Roles.Mediator, "Anna Groen");
        var a = await UserAsync(Roles.Business, "Joost Bakker");
        var b = await UserAsync(Roles.Business, "Eva de Wit");
        var desk = await UserAsync(Roles.CaseManager, "Lotte Visser");
        var number = await NewMediationAsync(mediator, a, b);

        var m = await SignedInAsync(mediator.Email);
        var pa = await SignedInAsync(a.Email);
        var pb = await SignedInAsync(b.Email);
        IPage? staff = null;
        try
        {
            // M4: the mediator introduces the mediation; each party gets its letter (PDF), only its own.
            await GoAsync(m, $"mediations/{number}");
            await m.GetByRole(AriaRole.Button, new() { Name = "Mediation introduceren" }).ClickAsync();
            var letterToA = m.GetByRole(AriaRole.Link, new() { Name = "Introductiebrief aan Groothandel Bakker BV" });
            await Assertions.Expect(letterToA).ToBeVisibleAsync(new() { Timeout = 45_000 });
            await ShootAsync(m, "mediation-introduction.png");
            var letterHref = (await letterToA.GetAttributeAsync("href"))!;
            var letter = await pa.Context.APIRequest.GetAsync(letterHref);
            Assert.Equal(200, letter.Status);
            var letterText = Regex.Replace(await Poppler.TextAsync(await letter.BodyAsync()), "\\s+", " ");
            foreach (var expected in new[] { "Groothandel Bakker BV", "Restaurant De Wit BV", "Anna Groen", "U neemt vrijwillig deel", "De mediator is neutraal", "geheimhoudingsplicht" })
                Assert.Contains(expected, letterText);
            Assert.Equal(404, (await pb.Context.APIRequest.GetAsync(letterHref)).Status);

            // M2 then M6: party A adds a document to its position; party B cannot see or open it before the exchange.
            foreach (var page in new[] { pa, pb })
            {
                await GoAsync(page, $"mediations/{number}");
                await page.GetByLabel("Ik aanvaard vrijwilligheid, neutraliteit en geheimhouding").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
            }
            await pa.GetByLabel("Document toevoegen").Last.SetInputFilesAsync(new FilePayload { Name = "factuur-2027-04.pdf", MimeType = "application/pdf", Buffer = Invoice });
            var docLink = pa.GetByRole(AriaRole.Link, new() { Name = "factuur-2027-04.pdf" });
            await Assertions.Expect(docLink).ToBeVisibleAsync();
            // MudFileUpload (issue 16) keeps a second hidden file input after a choice: the last one is the live one, as for
            // the other upload fields. The field is disabled until the first upload has finished (the link shows while the page reloads, before
            // that): a file chosen earlier is ignored, as a person's second choice would be while the first still runs.
            await Assertions.Expect(pa.GetByLabel("Document toevoegen").Last).ToBeEnabledAsync();
            await pa.GetByLabel("Document toevoegen").Last.SetInputFilesAsync(new FilePayload { Name = "virus.pdf", MimeType = "application/pdf", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0] });
            await Assertions.Expect(pa.GetByRole(AriaRole.Alert)).ToContainTextAsync("alleen PDF, JPEG en PNG");
            await ShootAsync(pa, "mediation-position-documents.png");
            var docHref = (await docLink.GetAttributeAsync("href"))!;
            Assert.Equal(200, (await pa.Context.APIRequest.GetAsync(docHref)).Status);
            Assert.Equal(200, (await m.Context.APIRequest.GetAsync(docHref)).Status);
            Assert.Equal(404, (await pb.Context.APIRequest.GetAsync(docHref)).Status);
            Assert.Equal(404, (await pb.Context.APIRequest.GetAsync($"mediations/{number}/files/{Guid.NewGuid()}")).Status);
            await Assertions.Expect(pb.GetByRole(AriaRole.Link, new() { Name = "factuur-2027-04.pdf" })).ToHaveCountAsync(0);

            foreach (var (page, position) in new[] { (pa, "Geleverd volgens bestelling, zie factuur."), (pb, "De levering was onvolledig.") })
            {
                await page.GetByLabel("Uw standpunt").FillAsync(position);
                await page.GetByRole(AriaRole.Button, new() { Name = "Standpunt indienen" }).ClickAsync();
            }
            await GoAsync(m, $"mediations/{number}");
            await m.GetByRole(AriaRole.Button, new() { Name = "Standpunten uitwisselen" }).ClickAsync();
            // After the exchange party B reads A's document too (live, no reload).
            await Assertions.Expect(pb.GetByRole(AriaRole.Link, new() { Name = "factuur-2027-04.pdf" })).ToBeVisibleAsync();
            var afterExchange = await pb.Context.APIRequest.GetAsync(docHref);
            Assert.Equal(200, afterExchange.Status);
            Assert.Equal(Invoice, await afterExchange.BodyAsync());
            Assert.Equal(404, (await pb.Context.APIRequest.GetAsync($"mediations/{number}/files/{Guid.NewGuid()}")).Status);

            // To the drafted agreement through the services (the session flow has its own journey).
            await DraftedAsync(number, mediator, a, b);

            // Party B uploads a hand-signed scan; the desk rejects it with a reason; B uploads again; the mediator accepts.
            await GoAsync(pb, $"mediations/{number}");
            await pb.Locator("input[type=file][aria-labelledby='scan-file-label']").Last.SetInputFilesAsync(new FilePayload { Name = "getekend-onvolledig.pdf", MimeType = "application/pdf", Buffer = Scan });
            await Assertions.Expect(pb.GetByTestId("scans")).ToContainTextAsync("wacht op controle");
            staff = await SignedInAsync(desk.Email);
            await GoAsync(staff, $"mediations/{number}");
            await staff.GetByLabel("Reden van afwijzing").FillAsync("Pagina 2 ontbreekt in de scan.");
            await staff.GetByRole(AriaRole.Button, new() { Name = "Scan afwijzen" }).ClickAsync();
            await Assertions.Expect(pb.GetByTestId("scans")).ToContainTextAsync("afgewezen door Lotte Visser: Pagina 2 ontbreekt in de scan.");
            await pb.Locator("input[type=file][aria-labelledby='scan-file-label']").Last.SetInputFilesAsync(new FilePayload { Name = "getekend-volledig.pdf", MimeType = "application/pdf", Buffer = Scan });
            await Assertions.Expect(m.GetByRole(AriaRole.Button, new() { Name = "Scan goedkeuren" })).ToBeVisibleAsync();
            var scanHref = (await m.GetByRole(AriaRole.Link, new() { Name = "Scan bekijken" }).Last.GetAttributeAsync("href"))!;
            Assert.Equal(200, (await m.Context.APIRequest.GetAsync(scanHref)).Status);
            Assert.Equal(404, (await pa.Context.APIRequest.GetAsync(scanHref)).Status); // the other party's scan
            await ShootAsync(m, "mediation-scan-verify.png");
            await m.GetByRole(AriaRole.Button, new() { Name = "Scan goedkeuren" }).ClickAsync();
            await Assertions.Expect(pb.GetByTestId("scans")).ToContainTextAsync("goedgekeurd door Anna Groen");

            // Party A signs in AdrDesk: with the accepted scan the agreement is final (M9).
            await pa.GetByLabel("Ik heb versie 1 gelezen en ga ermee akkoord").CheckAsync();
            await pa.GetByLabel("Uw volledige naam").FillAsync("Joost Bakker");
            await pa.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen", Exact = true }).ClickAsync();
            // Issue 16: signing asks for confirmation first.
            await pa.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Definitief ondertekenen" }).ClickAsync();
            await Assertions.Expect(pb.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" })).ToBeVisibleAsync(new() { Timeout = 45_000 });
            var signedHref = (await pb.GetByRole(AriaRole.Link, new() { Name = "Ondertekende PDF" }).GetAttributeAsync("href"))!;
            var signedText = Regex.Replace(await Poppler.TextAsync(await (await pb.Context.APIRequest.GetAsync(signedHref)).BodyAsync()), "\\s+", " ");
            foreach (var expected in new[] { "Joost Bakker", "Eva de Wit", "Handgetekende scan getekend-volledig.pdf", "gecontroleerd door Anna Groen" })
                Assert.Contains(expected, signedText);
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            foreach (var (page, name) in new[] { (m, "mediator"), (pa, "party-a"), (pb, "party-b"), (staff, "desk") })
            {
                if (page is null) continue;
                try { await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"files-journey-{name}.png"), FullPage = true }); }
                catch (PlaywrightException) { }
            }
            throw;
        }
        finally
        {
            foreach (var page in new[] { m, pa, pb, staff }) if (page is not null) await page.Context.CloseAsync();
        }
    }

    /// <summary>A confirmed session in three days, the outcome and version 1 of the agreement, through the services.</summary>
    private async Task DraftedAsync(string number, Who mediator, Who a, Who b)
    {
        var scheduling = app.Services.GetRequiredService<SchedulingService>();
        var agreements = app.Services.GetRequiredService<AgreementService>();
        var office = await scheduling.AddOfficeAsync(mediator.User, new OfficeInput("Kantoor Groen", "Lange Voorhout 44", "2514 EG", "Den Haag", "Zaal 1"));
        Assert.True(office.IsSuccess, office.Error?.Code);
        var room = (await scheduling.AvailabilityAsync(mediator.User)).Offices.Single(o => o.Id == office.Value).Rooms.Single().Id;
        var day = AmsterdamCalendar.DateOf(DateTimeOffset.UtcNow).AddDays(3);
        var start = AmsterdamTime.Instant(day.ToDateTime(new TimeOnly(10, 0)));
        Assert.True((await scheduling.ProposeAsync(mediator.User, number, office.Value, room, [new SlotInput(start, start.AddHours(2))])).IsSuccess);
        var id = (await scheduling.ListAsync(mediator.User, number)).Value.Single().Id;
        Assert.True((await scheduling.RespondAsync(a.User, number, id, true, null)).IsSuccess);
        Assert.True((await scheduling.RespondAsync(b.User, number, id, true, null)).IsSuccess);
        Assert.True((await agreements.RecordOutcomeAsync(mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens.")).IsSuccess);
        var drafted = await agreements.DraftAsync(mediator.User, number, new DraftInput("De levering van april 2027.", "Groothandel Bakker BV levert het ontbrekende deel na.", "Den Haag"));
        Assert.True(drafted.IsSuccess, drafted.Error?.Code);
    }

    private async Task<Who> UserAsync(string role, string name)
    {
        var email = await app.CreateUserAsync(role, displayName: name);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return new Who(user!.Id, email, name, role);
    }

    private async Task<string> NewMediationAsync(Who mediator, Who a, Who b)
    {
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
        return number.ToString();
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserFixture.SignInAsync(page, email, AppHost.TestPassword);
        return page;
    }
}
