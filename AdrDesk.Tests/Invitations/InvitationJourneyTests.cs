using AdrDesk.Domain.Eligibility;
using System.Security.Claims;
using System.Text.RegularExpressions;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Register;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Identity;
using Roles = AdrDesk.Security.Roles;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Invitations;

/// <summary>
/// Issue 14 items 2/3, from the outside on an empty database: a webshop of the register that nobody at AdrDesk knows is
/// reached by the desk's D12 forwarding. Its dispute address gets the invitation (read from the outbox folder), a person
/// follows the link, creates an account and sees the case in "Mijn zaken". Everything before the browser goes through
/// the services the desk's pages use.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed partial class InvitationJourneyTests(BrowserFixture browser, CleanAppHost app) : IClassFixture<CleanAppHost>
{
    private const string Password = "Sterk-wachtwoord-42";

    [Fact, Trait("Rule", "D12")]
    public async Task D12_A_webshop_without_account_is_invited_by_the_forwarding_creates_an_account_and_sees_the_case()
    {
        // Scoped, as a page's services are.
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var desk = await StaffAsync(services, Roles.CaseManager, "Eva Jansen");
        var assessor = await StaffAsync(services, Roles.Assessor, "mr. P. Bakker");
        var consumer = await StaffAsync(services, Roles.Consumer, "Sanne de Vries");
        var dispute = $"geschillen-{Guid.NewGuid():N}"[..20] + "@stillefietsen.nl";

        // The desk registers the webshop, reachable by e-mail (issue 14 item 1).
        var org = await services.GetRequiredService<RegisterService>().RegisterOrganisationAsync(desk.Principal, new NewOrganisation(
            "Stille Fietsen B.V.", "71234567", "NL", ["https://www.stillefietsen.nl"], null, false, false, new DateOnly(2025, 1, 1))
        {
            Contact = new ContactInput(dispute, null, null, null, "NL", null, null),
        });
        Assert.True(org.IsSuccess, org.Error?.Code);

        // The consumer's filing against it; the desk screens, seats an assessor and forwards it (D12).
        var store = services.GetRequiredService<CaseStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var consumerParty = Party.Consumer(consumer.Name, consumer.Id).Value;
        var shopParty = Party.Business("Stille Fietsen B.V.", null, org.Value).Value;
        var created = await store.CreateAsync(Scheme.BindingRuling,
            n => BindingRulingCase.Draft(n, consumerParty, shopParty, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer.Actor, clock),
            amountClaimed: Money.Euros(480m));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var c = created.Value;
        var version = c.Version;
        Assert.True(c.Submit(consumer.Actor, clock, acceptsBindingRuling: true).IsSuccess);
        Assert.True((await store.SaveAsync(c, version)).IsSuccess);
        var number = c.Number.ToString();
        var deskService = services.GetRequiredService<DeskService>();
        Assert.True((await deskService.StartScreeningAsync(desk.Principal, number)).IsSuccess);
        Assert.True((await deskService.AssignPanelAsync(desk.Principal, number, [assessor.Id], assessor.Id)).IsSuccess);
        Assert.True((await deskService.RecordStaffDecisionAsync(desk.Principal, number, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket.")).IsSuccess);
        Assert.True((await deskService.ForwardAsync(desk.Principal, number)).IsSuccess);

        var mail = await WaitForMailAsync(app, dispute);
        Assert.Contains(number, mail["Subject"]);
        var link = LinkPattern().Match(mail.Text).Value;
        Assert.StartsWith(app.BaseUrl, link);

        await browser.RunAsync(app, async page =>
        {
            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitnodiging voor een zaak" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText($"zaak {number} te volgen en te beantwoorden namens Stille Fietsen B.V.")).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Account aanmaken" }).ClickAsync();

            await page.GetByLabel("een webshop of bedrijf").CheckAsync();
            await page.GetByLabel("Volledige naam").FillAsync("Piet Stil");
            var piet = $"piet-{Guid.NewGuid():N}"[..14] + "@stillefietsen.nl";
            await page.GetByLabel("E-mailadres").FillAsync(piet);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
            await page.GetByLabel("Herhaal wachtwoord").FillAsync(Password);
            await page.GetByLabel("Bedrijfsnaam").FillAsync("Stille Fietsen B.V.");
            await page.GetByLabel("KvK-nummer").FillAsync("71234567");
            await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

            // Back on the invitation, signed in, but with an address of its own that nobody proved yet (issue 19): refused.
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nog niet bevestigd");
            // The confirmation mail's link leads back to the invitation; accepting now links the account and opens the case.
            await ConfirmAddress.FromOutboxAsync(page, app, piet);
            await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
            await page.WaitForURLAsync($"**/cases/{number}", new() { Timeout = 30_000 });
            await BrowserFixture.WaitForInteractiveAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Mijn zaken" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync(new() { Timeout = 30_000 });

            // The link was single-use.
            await page.GotoAsync(link);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deze link is al gebruikt" })).ToBeVisibleAsync();
        });
    }

    private sealed record Someone(Guid Id, string Name, ClaimsPrincipal Principal, Actor Actor);

    /// <summary>An account of <paramref name="role"/> and the principal its sign-in would give.</summary>
    private static async Task<Someone> StaffAsync(IServiceProvider services, string role, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..12] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Email, email),
            new Claim(ClaimTypes.Role, role), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name),
        ], "test"));
        return new Someone(user.Id, name, principal, principal.ToActor()!);
    }

    private static async Task<Eml> WaitForMailAsync(AppHost app, string to)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (Directory.Exists(app.OutboxFolder))
            {
                foreach (var file in Directory.GetFiles(app.OutboxFolder, "*.eml"))
                {
                    var eml = Eml.Load(file);
                    if (eml["To"].Contains(to, StringComparison.OrdinalIgnoreCase) && eml.Text.Contains("/invitation/", StringComparison.Ordinal)) return eml; // not the notices the dispute address also gets
                }
            }
            await Task.Delay(250);
        }
        Assert.Fail($"no invitation mail to {to} in the outbox folder");
        return null!;
    }

    [GeneratedRegex(@"https?://\S+/invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
