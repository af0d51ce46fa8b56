using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Register;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 18 item 6, from the outside on an empty database: each desk decision on a filing, taken by a person in the browser
/// from either desk route (the queue's "Beoordeling starten: …" or the desk's case page), has the same outcome: status,
/// audit entries, mails in the outbox, letters. The filing itself is not what is tested, so it is made through the services
/// (one per test, for a consumer and a webshop nobody has linked to anything).
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class ScreeningRouteJourneyTests(BrowserFixture browser, CleanAppHost app) : IClassFixture<CleanAppHost>
{
    public static TheoryData<string> Routes => new() { "queue", "case page" };

    private static Task Expect(Result result) => ScreeningJourney.Expect(result);
    private static Task StartAsync(IPage page, ScreeningJourney.World w, string route, string n, string state) => ScreeningJourney.StartAsync(page, w, route, n, state);

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D12"), Trait("Rule", "D25")]
    public async Task Accept_D25j_decided_then_forwarded(string route)
    {
        var w = await WorldAsync(subscribed: true);
        var n = await w.FiledAsync(PartyRole.Consumer);
        await browser.RunAsync(app, async page =>
        {
            await StartAsync(page, w, route, n, "In beoordeling");
            await Expect(await w.AssignPanelAsync(n));
            await page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByText("Vóór doorsturen is een besluit met reden nodig over: D25j.")).ToBeVisibleAsync();
            await DeskDecisions.RecordAsync(page, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van het loket.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Geaccepteerd en doorgestuurd naar de wederpartij.")).ToBeVisibleAsync();
        });
        Assert.Equal(BindingRulingState.ForwardedToRespondent, await w.StateAsync(n));
        Assert.Subset(new HashSet<string>(await w.AuditAsync(n)), new HashSet<string> { "StartScreening", "RecordStaffDecision", "Forward" });
        Assert.Contains(w.Dispute, await w.MailsAsync(n)); // D12: the webshop nobody of which has an account is invited
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D25b"), Trait("Rule", "D26")]
    public async Task Refuse_with_a_ground_issues_the_letter(string route)
    {
        var w = await WorldAsync(subscribed: true);
        var n = await w.FiledAsync(PartyRole.Consumer);
        await browser.RunAsync(app, async page =>
        {
            await StartAsync(page, w, route, n, "In beoordeling");
            await page.GetByText("Weigeren (D26)", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "D25b · Gering bedrag of klein gebrek" }).CheckAsync();
            var reason = page.GetByRole(AriaRole.Textbox, new() { Name = "Schriftelijke motivering D25b" });
            await reason.FillAsync("Een kras op de verpakking; het product werkt.");
            await reason.PressAsync("Tab");
            await page.GetByRole(AriaRole.Button, new() { Name = "Weigeren en brief versturen" }).ClickAsync();
            // The screening panel leaves the page with the refusal; the case's state says it.
            await Assertions.Expect(page.Locator(".adr-title-row")).ToContainTextAsync("Geweigerd", new() { Timeout = 15_000 });
        });
        Assert.Equal(BindingRulingState.Refused, await w.StateAsync(n));
        Assert.Contains("Refuse", await w.AuditAsync(n));
        Assert.True(await w.HasRefusalLetterAsync(n)); // D26
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D5")]
    public async Task D5_A_webshop_not_subscribed_is_invited_and_the_case_waits(string route)
    {
        var w = await WorldAsync(subscribed: false);
        var n = await w.FiledAsync(PartyRole.Consumer);
        await browser.RunAsync(app, page => StartAsync(page, w, route, n, "Wacht op aansluiting"));
        Assert.Equal(BindingRulingState.AwaitingSubscription, await w.StateAsync(n));
        Assert.Contains("RequestSubscription", await w.AuditAsync(n));
        Assert.Equal([w.Dispute], await w.MailsAsync(n)); // the invitation to subscribe, to the register's dispute address, nothing else
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D9")]
    public async Task D9_Consent_asked_of_the_consumer_and_given(string route)
    {
        var w = await WorldAsync(subscribed: true);
        var n = await w.FiledAsync(PartyRole.Business);
        await browser.RunAsync(app, async page =>
        {
            await StartAsync(page, w, route, n, "Wacht op instemming");
            Assert.Equal([w.ConsumerEmail], await w.MailsAsync(n)); // to the consumer, never to the webshop that filed
            await AnswerConsentAsync(w, n, "Ik stem in", "In beoordeling");
        });
        Assert.Equal(BindingRulingState.Screening, await w.StateAsync(n));
        Assert.Subset(new HashSet<string>(await w.AuditAsync(n)), new HashSet<string> { "RequestConsent", "GiveConsent" });
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D9"), Trait("Rule", "D25g"), Trait("Rule", "D26")]
    public async Task D9_Consent_declined_refuses_with_the_letter(string route)
    {
        var w = await WorldAsync(subscribed: true);
        var n = await w.FiledAsync(PartyRole.Business);
        await browser.RunAsync(app, async page =>
        {
            await StartAsync(page, w, route, n, "Wacht op instemming");
            await AnswerConsentAsync(w, n, "Ik stem niet in", "Niet in behandeling genomen");
        });
        Assert.Equal(BindingRulingState.Refused, await w.StateAsync(n));
        Assert.Contains("DeclineConsent", await w.AuditAsync(n));
        Assert.True(await w.HasRefusalLetterAsync(n)); // D26
    }

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D25i"), Trait("Rule", "D25")]
    public async Task D25i_Handled_anyway_with_a_reason_then_forwarded_and_shown_in_words(string route)
    {
        var w = await WorldAsync(subscribed: true);
        var n = await w.FiledAsync(PartyRole.Consumer, orderDate: new DateOnly(2024, 6, 1)); // before the webshop joined (2025-01-01)
        await browser.RunAsync(app, async page =>
        {
            await StartAsync(page, w, route, n, "In beoordeling");
            // Issue 18 item 2: the filer's own answers, in words, beside the grounds.
            var answers = page.GetByTestId("filing-answers");
            await Assertions.Expect(answers.Locator("[data-answer='ConsumerCountry']")).ToHaveTextAsync("Nederland");
            await Assertions.Expect(answers.Locator("[data-answer='PreviouslyHandledBy']")).ToHaveTextAsync("nee");
            await Assertions.Expect(page.GetByText("Vóór doorsturen is een besluit met reden nodig over: D25i, D25j.")).ToBeVisibleAsync();
            await DeskDecisions.RecordAsync(page, "D25i", "Behandelen (grond geldt niet)", "De webshop verwees de consument zelf naar ons.");
            await DeskDecisions.RecordAsync(page, "D25j", "Behandelen (grond geldt niet)", "Geen bezwaar voor de werking van het loket.");
            await Expect(await w.AssignPanelAsync(n));
            await page.ReloadAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren en doorsturen (D12)" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Geaccepteerd en doorgestuurd naar de wederpartij.")).ToBeVisibleAsync();
            // Issue 18: the decision in words on the staff's timeline, not "D25i: Handle: …".
            await page.GotoAsync($"cases/{n}");
            await Assertions.Expect(page.GetByText("Weigeringsgrond D25i: behandelen — De webshop verwees de consument zelf naar ons.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("D25i: Handle")).ToHaveCountAsync(0);
        });
        Assert.Equal(BindingRulingState.ForwardedToRespondent, await w.StateAsync(n));
        Assert.Equal(2, (await w.AuditAsync(n)).Count(a => a == "RecordStaffDecision"));
    }

    private async Task AnswerConsentAsync(ScreeningJourney.World w, string n, string button, string state)
    {
        var consumer = await browser.NewPageAsync(app.BaseUrl);
        try
        {
            await BrowserFixture.SignInAsync(consumer, w.ConsumerEmail, AppHost.TestPassword);
            await consumer.GotoAsync($"intake/consent/{n}");
            await BrowserFixture.WaitForInteractiveAsync(consumer);
            await consumer.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            if (button == "Ik stem niet in")
            {
                // Issue 16: declining cannot be undone, so the page asks once more.
                await consumer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            }
            await Assertions.Expect(consumer.GetByTestId("consent-state")).ToHaveTextAsync(state, new() { Timeout = 15_000 });
        }
        finally
        {
            await consumer.Context.CloseAsync();
        }
    }

    private Task<ScreeningJourney.World> WorldAsync(bool subscribed) => ScreeningJourney.WorldAsync(app.Services, subscribed);
}

/// <summary>What the screening journeys share: the people, the register entry and the filing (through the services), the two routes.</summary>
internal static class ScreeningJourney
{
    public static Task Expect(Result result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return Task.CompletedTask;
    }

    /// <summary>The two desk routes to the start of screening; both end on the desk's case page showing <paramref name="state"/>.</summary>
    public static async Task StartAsync(IPage page, World w, string route, string n, string state)
    {
        await BrowserFixture.SignInAsync(page, w.DeskEmail, AppHost.TestPassword);
        if (route == "queue")
        {
            await page.GotoAsync("desk");
            await BrowserFixture.WaitForInteractiveAsync(page);
            // The queue pages (issue 16): the desk finds the filing by its number, whichever page it is on.
            await page.GetByLabel("Zoeken in de wachtrij").FillAsync(n);
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Beoordeling starten: {n}" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"{n}: {state}")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await page.GotoAsync($"desk/{n}");
        }
        else
        {
            await page.GotoAsync($"desk/{n}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = n, Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten", Exact = true }).ClickAsync();
        }
        await Assertions.Expect(page.Locator(".adr-title-row")).ToContainTextAsync(state, new() { Timeout = 15_000 });
        await BrowserFixture.WaitForInteractiveAsync(page);
    }

    public static async Task<World> WorldAsync(IServiceProvider services, bool subscribed)
    {
        var desk = await PersonAsync(services, Roles.CaseManager, "Eva Jansen");
        var assessor = await PersonAsync(services, Roles.Assessor, "mr. P. Bakker");
        var consumer = await PersonAsync(services, Roles.Consumer, "Sanne de Vries");
        var dispute = $"geschillen-{Guid.NewGuid():N}"[..20] + "@fietsen.example";
        await using var scope = services.CreateAsyncScope(); // scoped, as a page's services are
        var org = await scope.ServiceProvider.GetRequiredService<RegisterService>().RegisterOrganisationAsync(desk.Principal, new NewOrganisation(
            $"Fietsen {Guid.NewGuid():N}"[..16] + " B.V.", Random.Shared.Next(10_000_000, 99_999_999).ToString(), "NL", [], null, false, false,
            subscribed ? new DateOnly(2025, 1, 1) : null)
        {
            Contact = new ContactInput(dispute, null, null, null, "NL", null, null),
        });
        Assert.True(org.IsSuccess, org.Error?.Code);
        return new World(services, desk, assessor, consumer, org.Value, dispute);
    }

    public sealed record Someone(Guid Id, string Name, string Email, ClaimsPrincipal Principal, Actor Actor);

    public static async Task<Someone> PersonAsync(IServiceProvider services, string role, string name, Guid? organisation = null)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..12] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow, OrganisationId = organisation };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Email, email),
            new Claim(ClaimTypes.Role, role), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name),
        ], "test"));
        return new Someone(user.Id, name, email, principal, principal.ToActor()!);
    }

    /// <summary>One desk member, assessor, consumer and register entry for one test; the filing made through the services.</summary>
    public sealed record World(IServiceProvider Services, Someone Desk, Someone Assessor, Someone Consumer, Guid Webshop, string Dispute)
    {
        public string DeskEmail => Desk.Email;
        public string ConsumerEmail => Consumer.Email;

        public async Task<string> FiledAsync(PartyRole filedBy, DateOnly? orderDate = null)
        {
            var store = Services.GetRequiredService<CaseStore>();
            var clock = Services.GetRequiredService<TimeProvider>();
            Actor filer = Consumer.Actor;
            Guid? shopUser = null;
            if (filedBy == PartyRole.Business)
            {
                var shop = await PersonAsync(Services, Roles.Business, "Service Fietsen", Webshop);
                filer = shop.Actor;
                shopUser = shop.Id;
            }
            var created = await store.CreateAsync(Scheme.BindingRuling,
                n => BindingRulingCase.Draft(n, Party.Consumer(Consumer.Name, Consumer.Id).Value, Party.Business("Fietsen B.V.", shopUser, Webshop).Value,
                    filedBy, Language.Nl, Language.Nl, FilingChannel.Online, filer, clock),
                amountClaimed: Money.Euros(480m));
            Assert.True(created.IsSuccess, created.Error?.Code);
            var c = created.Value;
            var version = c.Version;
            Assert.True(c.Submit(filer, clock, acceptsBindingRuling: true).IsSuccess);
            var today = AmsterdamCalendar.DateOf(clock.GetUtcNow());
            var answers = new FilingAnswers
            {
                FiledBy = filedBy, OrderDate = orderDate ?? today.AddDays(-40), Product = "Racefiets Vento 3", ProductValue = 480m, ClaimTotal = 480m,
                ComplainedToWebshop = true, FirstReported = today.AddDays(-30), ReplyReceived = false, Complaint = "Het frame is gescheurd.", Remedy = "Geld terug",
            };
            Assert.True((await store.SaveAsync(c, version, db => db.Add(StoredFilingAnswers.Of(c.Number.ToString(), answers)))).IsSuccess);
            return c.Number.ToString();
        }

        public async Task<Result> AssignPanelAsync(string n)
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DeskService>().AssignPanelAsync(Desk.Principal, n, [Assessor.Id], Assessor.Id);
        }

        public async Task<BindingRulingState> StateAsync(string n) =>
            (await Services.GetRequiredService<CaseStore>().LoadAsync<BindingRulingCase>(CaseNumber.Parse(n).Value)).Value.State;

        public async Task<IReadOnlyList<string>> AuditAsync(string n)
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            return (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == n).Select(a => new { a.At, a.Action }).ToListAsync())
                .OrderBy(a => a.At).Select(a => a.Action).ToList();
        }

        public async Task<IReadOnlyList<string>> MailsAsync(string n)
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CaseNumber == n).Select(m => m.ToAddress).ToListAsync();
        }

        public async Task<bool> HasRefusalLetterAsync(string n)
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
            return (await db.Set<StoredDocument>().AsNoTracking().Where(d => d.CaseNumber == n).Select(d => d.Kind).ToListAsync())
                .Any(k => k.ToString() == "RefusalLetter");
        }
    }
}

/// <summary>The real app on an empty database with a fake clock (FakeTimeProvider) as its TimeProvider, so a test can let 5 weeks pass.</summary>
public sealed class ClockedAppHost() : AppHost(seedDemo: false)
{
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>Issue 18 item 6: the consumer lets the 5 weeks of D9 lapse, whichever desk route asked for the consent (D25g, D26).</summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class ScreeningLapseJourneyTests(BrowserFixture browser, ClockedAppHost app) : IClassFixture<ClockedAppHost>
{
    public static TheoryData<string> Routes => new() { "queue", "case page" };

    [Theory, MemberData(nameof(Routes)), Trait("Rule", "D9"), Trait("Rule", "D25g"), Trait("Rule", "D26")]
    public async Task D9_Consent_lapses_after_5_weeks_and_the_refusal_letter_is_issued(string route)
    {
        var w = await ScreeningJourney.WorldAsync(app.Services, subscribed: true);
        var n = await w.FiledAsync(PartyRole.Business);
        await browser.RunAsync(app, async page =>
        {
            await ScreeningJourney.StartAsync(page, w, route, n, "Wacht op instemming");
            app.Clock.Advance(TimeSpan.FromDays(36));
            await using (var scope = app.Services.CreateAsyncScope()) await scope.ServiceProvider.GetRequiredService<DueWorkService>().RunOnceAsync();
            await page.GotoAsync($"desk/{n}");
            if (page.Url.Contains("account/login", StringComparison.Ordinal)) await BrowserFixture.SignInAsync(page, w.DeskEmail, AppHost.TestPassword);
            await page.GotoAsync($"desk/{n}");
            await Assertions.Expect(page.Locator(".adr-title-row")).ToContainTextAsync("Geweigerd", new() { Timeout = 15_000 });
        });
        Assert.Equal(BindingRulingState.Refused, await w.StateAsync(n));
        Assert.Contains("LapseConsent", await w.AuditAsync(n));
        Assert.True(await w.HasRefusalLetterAsync(n)); // D26
    }
}
