using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;
using static AdrDesk.Tests.Mediation.MediationJourneyTests;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// B1–B3 at the desk in Chromium: a registered request is assessed (B2) and the participant notified (B3); the
/// consumer escalates and is pointed to the binding-ruling scheme the participant is affiliated with; a request
/// that does not qualify closes with its reason; a participant records a direct solution and the desk closes it.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class BemiddelingJourneyTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    [Trait("Rule", "B1")] [Trait("Rule", "B2")] [Trait("Rule", "B3")]
    public async Task B1_B3_The_desk_assesses_notifies_and_requests_end_in_escalation_refusal_or_a_direct_solution()
    {
        var consumerEmail = await app.CreateUserAsync(Roles.Consumer, displayName: "Fleur Jansen");
        var deskEmail = await app.CreateUserAsync(Roles.CaseManager, displayName: "Karin de Balie");
        AppUser consumer, webshop;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            consumer = (await users.FindByEmailAsync(consumerEmail))!;
            webshop = (await users.FindByEmailAsync("webshop@demo.adrdesk.nl"))!; // the demo webshop: subscribed to the binding-ruling scheme
        }
        var escalated = await RegisterAsync(consumer, webshop, "De bestelde fietsbel is nooit geleverd.");
        var refused = await RegisterAsync(consumer, webshop, "Ik wil mijn zakelijke bestelling terugsturen.");
        var solved = await RegisterAsync(consumer, webshop, "De fietspomp was kapot bij aankomst.");

        var desk = await SignedInAsync(deskEmail, AppHost.TestPassword);
        var pc = await SignedInAsync(consumerEmail, AppHost.TestPassword);
        var pw = await SignedInAsync(webshop.Email!, DemoAccounts.Password);
        try
        {
            // B2, B3: the desk finds the request in its list, assesses it and notifies the participant.
            await GoAsync(desk, "bemiddeling");
            await desk.GetByRole(AriaRole.Link, new() { Name = escalated }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Bemiddeling is gratis voor de consument.")).ToBeVisibleAsync();
            await desk.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await desk.GetByRole(AriaRole.Button, new() { Name = "Komt in aanmerking (B2)" }).ClickAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Deelnemer informeren (B3)" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Deelnemer geïnformeerd", new() { Exact = true })).ToBeVisibleAsync();
            Assert.Contains(await OutboxAsync(escalated), m => m.ToAddress == webshop.Email && m.Subject.Contains("een verzoek ingediend"));

            // B3: not resolved: the consumer escalates and is pointed to the binding-ruling scheme (the participant is affiliated).
            await GoAsync(pc, $"bemiddeling/{escalated}");
            await pc.GetByLabel("Reden of oplossing").FillAsync("De webwinkel reageert al drie weken niet.");
            await pc.GetByRole(AriaRole.Button, new() { Name = "Escaleren" }).ClickAsync();
            var file = pc.GetByRole(AriaRole.Link, new() { Name = "Geschil indienen voor bindend advies" });
            await Assertions.Expect(file).ToBeVisibleAsync();
            Assert.Equal("intake/bindend-advies", await file.GetAttributeAsync("href"));
            await ShootAsync(pc, "bemiddeling-escalated.png");
            var told = Assert.Single(await OutboxAsync(escalated), m => m.ToAddress == consumerEmail && m.Subject.Contains("geëscaleerd"));
            Assert.Contains("/intake/bindend-advies", told.TextBody);

            // B2: a request that does not qualify is closed with the reason, which the consumer gets.
            await GoAsync(desk, $"bemiddeling/{refused}");
            await desk.GetByLabel("Reden of oplossing").FillAsync("Een zakelijke aankoop valt niet onder de consumentenbemiddeling (B1).");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Komt niet in aanmerking (B2)" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Afgesloten", new() { Exact = true })).ToBeVisibleAsync();
            Assert.Contains(await OutboxAsync(refused), m => m.ToAddress == consumerEmail && m.TextBody.Contains("valt niet onder de consumentenbemiddeling"));

            // B3: the participant solves it directly with its customer; the desk closes the request.
            await GoAsync(desk, $"bemiddeling/{solved}");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Komt in aanmerking (B2)" }).ClickAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Deelnemer informeren (B3)" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Deelnemer geïnformeerd", new() { Exact = true })).ToBeVisibleAsync();
            await GoAsync(pw, $"bemiddeling/{solved}");
            await Assertions.Expect(pw.GetByRole(AriaRole.Button, new() { Name = "Escaleren" })).ToHaveCountAsync(0); // only the consumer or the desk escalate
            await pw.GetByLabel("Reden of oplossing").FillAsync("Nieuwe fietspomp verstuurd, de klant is tevreden.");
            await pw.GetByRole(AriaRole.Button, new() { Name = "Direct opgelost" }).ClickAsync();
            await Assertions.Expect(pw.GetByTestId("bem-outcome")).ToHaveTextAsync("Nieuwe fietspomp verstuurd, de klant is tevreden.");
            await GoAsync(desk, $"bemiddeling/{solved}");
            await ShootAsync(desk, "bemiddeling-desk.png");
            await desk.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();
            await Assertions.Expect(desk.GetByText("Afgesloten", new() { Exact = true })).ToBeVisibleAsync();
            Assert.Contains(await OutboxAsync(solved), m => m.ToAddress == consumerEmail && m.Subject.Contains("direct opgelost"));

            var audit = await WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.CaseNumber == solved).OrderBy(a => EF.Property<int>(a, "Sequence")).Select(a => a.Action).ToListAsync());
            // In the case's own order (the chain's sequence): closing starts the 2-year retention term (issue 19 item 7),
            // recorded in the same change just before the transition itself.
            Assert.Equal(["Register", "Assess", "NotifyParticipant", "ResolveDirectly", "DeadlineStarted:Retention", "Close"], audit);
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            foreach (var (page, name) in new[] { (desk, "desk"), (pc, "consumer"), (pw, "webshop") })
            {
                try { await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"bemiddeling-journey-{name}.png"), FullPage = true }); }
                catch (PlaywrightException) { }
            }
            throw;
        }
        finally
        {
            foreach (var page in new[] { desk, pc, pw }) await page.Context.CloseAsync();
        }
    }

    /// <summary>B2: the consumer registered the request (the intake's wizard does this on the website).</summary>
    private async Task<string> RegisterAsync(AppUser consumer, AppUser webshop, string description)
    {
        var store = app.Services.GetRequiredService<CaseStore>();
        var created = await store.CreateAsync(Scheme.ConsumerBemiddeling, n => BemiddelingCase.Register(n,
            Party.Consumer(consumer.DisplayName, consumer.Id).Value, Party.Business(webshop.CompanyName ?? "Fietsonderdelen.nl B.V.", webshop.Id, webshop.OrganisationId!.Value).Value,
            description, new Actor(consumer.Id, consumer.DisplayName, Role.Consumer), TimeProvider.System));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value.Number.ToString();
    }

    private async Task<List<AdrDesk.Infrastructure.Mail.OutboxMessage>> OutboxAsync(string number) =>
        await WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.CaseNumber == number).ToListAsync());

    private async Task<T> WithDbAsync<T>(Func<AdrDbContext, Task<T>> read)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    private async Task<IPage> SignedInAsync(string email, string password)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }
}
