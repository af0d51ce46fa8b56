using AdrDesk.Domain.Eligibility;
using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// The workbench guides' screenshots (docs/guides/desk.md, assessor.md), 1280 wide. Every run takes them
/// into TestResults/screenshots; with ADRDESK_SCREENSHOTS=1 they go to docs/img as workbench-*.png.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class WorkbenchScreenshots(AppHost app, BrowserFixture browser)
{
    private static string Folder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(AppHost.AppProjectFolder(), "..", "docs", "img")
        : Path.Combine(AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots");

    private sealed record User(Guid Id, string Email, string Name, ClaimsPrincipal Principal);

    private async Task<User> UserAsync(string role, string name)
    {
        var email = await app.CreateUserAsync(role, displayName: name);
        await using var scope = app.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Role, role),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name)], "test"));
        return new User(user.Id, email, name, principal);
    }

    [Fact]
    public Task Workbench_screenshots_of_desk_queue_screening_grid_drafting_and_statistics() =>
        browser.RunAsync(app, async page =>
        {
            Directory.CreateDirectory(Folder);
            var s = app.Services;
            var desk = s.GetRequiredService<DeskService>();
            var work = s.GetRequiredService<CaseWorkService>();
            var drafts = s.GetRequiredService<RulingDraftService>();
            var store = s.GetRequiredService<CaseStore>();
            var clock = s.GetRequiredService<TimeProvider>();
            var manager = await UserAsync(AppRoles.CaseManager, "Eva Jansen");
            var a1 = await UserAsync(AppRoles.Assessor, "mr. P. Bakker");
            var a2 = await UserAsync(AppRoles.Assessor, "mr. K. Smit");
            var a3 = await UserAsync(AppRoles.Assessor, "mr. L. Visser");

            async Task<string> FiledAsync(string consumer, string shop, decimal amount, Guid? consumerUser = null)
            {
                Guid org;
                await using (var db = await s.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
                {
                    var o = AdrDesk.Domain.Register.Organisation.Register(shop, AdrDesk.Domain.Register.KvkNumber.Create($"{Random.Shared.Next(10_000_000, 99_999_999)}").Value,
                        AdrDesk.Domain.Register.CountryCode.Of("NL"), [], new DateOnly(2020, 1, 1), "Thuiswinkel Waarborg").Value;
                    o.AddSubscription(new DateOnly(2020, 1, 1), null);
                    db.Add(o);
                    await db.SaveChangesAsync();
                    org = o.Id;
                }
                var consumerId = consumerUser ?? Guid.NewGuid();
                var c = (await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n, Party.Consumer(consumer, consumerId).Value,
                    Party.Business(shop, Guid.NewGuid(), org).Value, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online,
                    new Actor(consumerId, consumer, Role.Consumer), clock), amountClaimed: Money.Euros(amount))).Value;
                return c.Number.ToString();
            }
            async Task SubmitAsync(string n) => Assert.True((await store.UpdateAsync<BindingRulingCase>(CaseNumber.Parse(n).Value,
                c => c.Submit(new Actor(c.Consumer.UserId!.Value, c.Consumer.Name, Role.Consumer), clock, true))).IsSuccess);
            async Task PartyAsync(string n, Func<BindingRulingCase, Result> act) =>
                Assert.True((await store.UpdateAsync<BindingRulingCase>(CaseNumber.Parse(n).Value, act)).IsSuccess);

            // Intake for the desk queue.
            var fresh = new List<string>();
            foreach (var (consumer, shop, amount) in new[] { ("Sanne de Vries", "Fietsenwinkel BV", 480m), ("Jan Mulder", "Tuinhuis Online", 1250m), ("Aylin Kaya", "Modehuis.nl", 89.95m) })
            {
                var n = await FiledAsync(consumer, shop, amount);
                await SubmitAsync(n);
                fresh.Add(n);
            }
            Assert.True((await desk.StartScreeningAsync(manager.Principal, fresh[1])).IsSuccess);

            // A case at ruling preparation with a panel of three and a draft under review.
            var pieter = await UserAsync(AppRoles.Consumer, "Pieter de Groot");
            var n2 = await FiledAsync("Pieter de Groot", "Elektronica Direct BV", 2399m, pieter.Id);
            await SubmitAsync(n2);
            Assert.True((await desk.StartScreeningAsync(manager.Principal, n2)).IsSuccess);
            Assert.True((await desk.AssignPanelAsync(manager.Principal, n2, [a1.Id, a2.Id, a3.Id], a1.Id)).IsSuccess);
            Assert.True((await desk.RecordStaffDecisionAsync(manager.Principal, n2, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket.")).IsSuccess);
            Assert.True((await desk.ForwardAsync(manager.Principal, n2)).IsSuccess);
            await PartyAsync(n2, c => c.RecordResponse(new Actor(c.Webshop.UserId!.Value, c.Webshop.Name, Role.Business), clock, "De laptop is als nieuw geleverd; de schade is door de consument veroorzaakt."));
            Assert.True((await work.FailSettlementAsync(a1.Principal, n2, "De webshop biedt 10% korting; de consument wil ontbinding.")).IsSuccess);
            var webshopId = (await store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(n2).Value)).Value.Webshop.Id;
            Assert.True((await work.RequestInformationAsync(a1.Principal, n2, webshopId, "Stuur de foto's die bij verzending zijn gemaakt.", 10)).IsSuccess);
            await PartyAsync(n2, c => c.AddSubmission(new Actor(c.Webshop.UserId!.Value, c.Webshop.Name, Role.Business), clock, "Foto's van de verpakking bijgevoegd.", null, c.InformationRequests[0].Id));
            Assert.True((await work.DeclareDossierCompleteAsync(a1.Principal, n2)).IsSuccess);
            Assert.True((await work.StartRulingPreparationAsync(a1.Principal, n2)).IsSuccess);
            var text = new RulingText(
                "De consument kocht op 3 januari 2026 een laptop van € 2.399.\nBij aflevering was het scherm gebarsten.",
                "De laptop was bij aflevering beschadigd; de consument wil de koop ontbinden.",
                "De laptop is onbeschadigd verzonden; de schade is na aflevering ontstaan.",
                "De webshop draagt het risico van de zaak tot de aflevering (art. 7:11 BW).\nDe consument meldde de schade op de dag van aflevering, met foto's.\nDe foto's van de webshop tonen alleen de buitenverpakking.",
                "De webshop neemt de laptop terug en betaalt de koopprijs terug.", 2399m, AmsterdamCalendar.DateOf(clock.GetUtcNow()).AddDays(21), PartyRole.Business,
                "Terugbetaling op de rekening van de consument; de webshop haalt de laptop op eigen kosten op.");
            var rev = (await drafts.SaveAsync(a1.Principal, n2, text, -1)).Value;
            Assert.True((await drafts.CommentAsync(a2.Principal, n2, "Overweging 3: noem ook de datum van de foto's.")).IsSuccess);
            Assert.True((await drafts.ApproveAsync(a2.Principal, n2, rev)).IsSuccess);

            // Desk queue and a screening.
            await BrowserFixture.SignInAsync(page, manager.Email, AppHost.TestPassword);
            await page.GotoAsync("desk");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = fresh[0] })).ToBeVisibleAsync();
            await ShootAsync(page, "workbench-desk-queue.png");
            await page.GotoAsync($"desk/{fresh[1]}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beoordelaars (D10)" })).ToBeVisibleAsync();
            await page.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.Locator("details.wb-form").Nth(1).Locator("summary").ClickAsync();
            await page.GetByLabel("D25b · Gering bedrag of klein gebrek").CheckAsync();
            await page.GetByLabel("Schriftelijke motivering D25b").FillAsync("Het gebrek is een kras van 2 mm op de onderzijde.");
            await page.SetViewportSizeAsync(1280, 1500);
            await ShootAsync(page, "workbench-desk-screening.png");
            await page.GotoAsync("statistics");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ontvangen per regeling" })).ToBeVisibleAsync();
            await ShootAsync(page, "workbench-statistics.png");

            // The assessor: grid, case work with the editor.
            var assessor = await browser.NewPageAsync(app.BaseUrl);
            await BrowserFixture.SignInAsync(assessor, a1.Email, AppHost.TestPassword);
            await assessor.GotoAsync("workbench");
            await Assertions.Expect(assessor.GetByRole(AriaRole.Link, new() { Name = n2 })).ToBeVisibleAsync();
            await ShootAsync(assessor, "workbench-grid.png");
            await assessor.GotoAsync($"workbench/{n2}");
            await assessor.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(assessor.FrameLocator("iframe").GetByText("De webshop neemt de laptop terug")).ToBeVisibleAsync();
            await ShootAsync(assessor, "workbench-case.png");
            await assessor.SetViewportSizeAsync(1280, 2600);
            await ShootAsync(assessor, "workbench-ruling-editor.png", clip: ".wb-editor");
            await assessor.Context.CloseAsync();

            // D18: the ruling issued, the consumer reports from its own case page, the desk sees it on the compliance panel.
            foreach (var member in new[] { a1, a3 }) Assert.True((await drafts.ApproveAsync(member.Principal, n2, rev)).IsSuccess);
            Assert.True((await drafts.IssueAsync(a1.Principal, n2)).IsSuccess);
            var consumerPage = await browser.NewPageAsync(app.BaseUrl);
            await BrowserFixture.SignInAsync(consumerPage, pieter.Email, AppHost.TestPassword);
            await consumerPage.GotoAsync($"cases/{n2}");
            await consumerPage.GetByRole(AriaRole.Heading, new() { Name = "Nakoming van de uitspraak" }).WaitForAsync();
            await consumerPage.Locator(".wb-report [data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await consumerPage.GetByLabel("De andere partij heeft de uitspraak niet nagekomen").CheckAsync();
            await consumerPage.GetByLabel("Toelichting (niet verplicht)").FillAsync("De laptop is opgehaald, maar het geld is nog niet terugbetaald.");
            await consumerPage.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
            await Assertions.Expect(consumerPage.GetByText("Uw melding is ontvangen.")).ToBeVisibleAsync();
            await ShootAsync(consumerPage, "workbench-party-report.png", clip: ".wb-report");
            await consumerPage.Context.CloseAsync();
            await page.SetViewportSizeAsync(1280, 1400);
            await page.GotoAsync($"workbench/{n2}");
            await Assertions.Expect(page.GetByTestId("party-compliance-reports")).ToContainTextAsync("niet nagekomen");
            await ShootAsync(page, "workbench-compliance.png", clip: ".wb-panel:has(#compliance-h)");
        });

    private static async Task ShootAsync(IPage page, string name, string? clip = null)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var path = Path.Combine(Folder, name);
        if (clip is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        else await page.Locator(clip).ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty");
    }
}
