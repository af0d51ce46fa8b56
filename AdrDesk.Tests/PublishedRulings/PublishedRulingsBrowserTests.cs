using System.Diagnostics;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.PublishedRulings;

/// <summary>
/// Issue 20 items 2 and 6, in Chromium against the demo app: the desk prepares the published version of a final ruling,
/// corrects the suggestion and approves it; the public (no account) finds it by search, reads it as a page and as PDF
/// (pdftotext shows no consumer name), and finds it on the webshop's page in the register of affiliated webshops.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class PublishedRulingsBrowserTests(AppHost app, BrowserFixture browser)
{
    private const string ConsumerName = "Sanne de Vries"; // the demo consumer

    /// <summary>A final ruling (issued and sent) of the demo consumer against the demo webshop, whose text names the consumer.</summary>
    private async Task<(string Number, string Marker, string Webshop)> FinalRulingAsync()
    {
        var marker = "zadelpen" + Guid.NewGuid().ToString("N")[..6];
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var store = scope.ServiceProvider.GetRequiredService<CaseStore>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var consumerUser = (await users.FindByEmailAsync("consument@demo.adrdesk.nl"))!;
        var shopUser = (await users.FindByEmailAsync("webshop@demo.adrdesk.nl"))!;
        var deskUser = (await users.FindByEmailAsync("balie@demo.adrdesk.nl"))!;
        var assessorUser = (await users.FindByEmailAsync("beoordelaar@demo.adrdesk.nl"))!;
        var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AdrDesk.Infrastructure.Data.AdrDbContext>>();
        await using var read = await db.CreateDbContextAsync();
        var organisation = read.Organisations.Single(o => o.Id == shopUser.OrganisationId);
        var consumer = new Actor(consumerUser.Id, consumerUser.DisplayName, Role.Consumer);
        var shop = new Actor(shopUser.Id, shopUser.DisplayName, Role.Business) { ForName = organisation.LegalName };
        var desk = new Actor(deskUser.Id, deskUser.DisplayName, Role.CaseManager);
        var assessor = new Actor(assessorUser.Id, assessorUser.DisplayName, Role.Assessor);

        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n,
            Party.Consumer(consumerUser.DisplayName, consumerUser.Id).Value, Party.Business(organisation.LegalName, shopUser.Id, organisation.Id).Value,
            PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        Assert.True(created.IsSuccess, created.Error?.Code);
        var c = created.Value;
        async Task Step(Func<BindingRulingCase, Result> command)
        {
            var version = c.Version;
            var result = command(c);
            Assert.True(result.IsSuccess, result.Error?.Code);
            Assert.True((await store.SaveAsync(c, version)).IsSuccess);
        }
        await Step(x => x.Submit(consumer, clock, acceptsBindingRuling: true));
        await Step(x => x.StartScreening(desk, clock));
        await Step(x => x.RecordStaffDecision(desk, clock, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar."));
        await Step(x => x.AssignPanel(desk, clock, [new PanelMember(assessor.UserId, assessor.DisplayName, true)]));
        await Step(x => x.Forward(assessor, clock));
        await Step(x => x.RecordResponse(new Actor(shopUser.Id, shopUser.DisplayName, Role.Business), clock, "Wij betwisten de klacht."));
        await Step(x => x.FailSettlement(assessor, clock, "Geen schikking."));
        await Step(x => x.DeclareDossierComplete(assessor, clock));
        await Step(x => x.StartRulingPreparation(assessor, clock));
        await Step(x => x.IssueRuling(assessor, clock, new RulingContent(
            $"{organisation.LegalName} betaalt {ConsumerName} € 480,00 terug.",
            $"{ConsumerName} kocht een fiets met een {marker} die brak. Zij mailde vanaf sanne.devries@voorbeeld.nl en woont aan de Kerkstraat 12, 1234 AB Utrecht. " +
            $"Mevrouw De Vries heeft de klacht tijdig gemeld; {organisation.LegalName} draagt het risico.",
            "Overmaking op NL91 ABNA 0417 1643 00.", AmsterdamCalendar.DateOf(clock.GetUtcNow()).AddDays(14), PartyRole.Business)));
        await Step(x => x.SendRuling(desk, clock));
        return (c.Number.ToString(), marker, organisation.LegalName);
    }

    [Fact, Trait("Rule", "D18"), Trait("Category", "Journey")]
    public async Task The_desk_prepares_corrects_and_approves_and_the_public_finds_reads_and_downloads_it_without_the_consumers_name()
    {
        var (number, marker, webshop) = await FinalRulingAsync();
        string? rulingUrl = null;

        await browser.RunAsync(app, async desk =>
        {
            await BrowserFixture.SignInAsync(desk, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            await desk.GotoAsync($"desk/{number}");
            await BrowserFixture.WaitForInteractiveAsync(desk);
            var section = desk.GetByTestId("publication-section");
            await Expect(section).ToContainTextAsync("definitief", new() { Timeout = 30_000 });
            await section.GetByRole(AriaRole.Link, new() { Name = "Publicatie voorbereiden" }).ClickAsync();

            await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = $"Publicatie uitspraak {number}", Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(desk);
            await Expect(desk.GetByTestId("original-reasons")).ToContainTextAsync(ConsumerName);
            var reasons = desk.Locator("#published-reasons");
            var suggested = await reasons.InputValueAsync();
            Assert.DoesNotContain("Sanne", suggested, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Vries", suggested, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("voorbeeld.nl", suggested);
            Assert.Contains("[consument]", suggested);
            Assert.Contains(webshop, suggested);
            await AxeCheck.AssertNoSeriousViolationsAsync(desk);

            // The desk corrects the suggestion, saves a draft (not public), then approves after the confirmation.
            await reasons.FillAsync(suggested.Replace("[consument]", "De consument", StringComparison.Ordinal));
            await desk.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
            await Expect(desk.GetByTestId("publication-status")).ToContainTextAsync("Niet openbaar", new() { Timeout = 15_000 });
            await desk.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en publiceren" }).ClickAsync();
            await desk.GetByRole(AriaRole.Button, new() { Name = "Ja, publiceren" }).ClickAsync();
            await Expect(desk.GetByTestId("publication-status")).ToContainTextAsync("Openbaar: goedgekeurd door Lotte Visser", new() { Timeout = 15_000 });
            rulingUrl = await desk.GetByRole(AriaRole.Link, new() { Name = "Bekijk de openbare pagina" }).GetAttributeAsync("href");
        });
        Assert.NotNull(rulingUrl);

        await browser.RunAsync(app, async visitor =>
        {
            // No account: the public register, searched by a word of the ruling.
            await visitor.GotoAsync("uitspraken");
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Uitspraken", Level = 1 })).ToBeVisibleAsync();
            await visitor.GetByLabel("Zoeken in de tekst").FillAsync(marker);
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
            await Expect(visitor.Locator(".pr-count")).ToContainTextAsync("1");
            await AxeCheck.AssertNoSeriousViolationsAsync(visitor);
            await visitor.Locator(".pr-list").GetByRole(AriaRole.Link, new() { Name = webshop, Exact = false }).First.ClickAsync();

            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = $"Uitspraak {number}", Level = 1 })).ToBeVisibleAsync();
            var article = await visitor.Locator("article.pr-ruling").InnerTextAsync();
            Assert.Contains("De consument kocht een fiets", article);
            Assert.Contains(marker, article);
            Assert.DoesNotContain("Sanne", article, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Vries", article, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("NL91", article);
            Assert.Contains("Termijn loopt nog", article);
            await AxeCheck.AssertNoSeriousViolationsAsync(visitor);

            // The PDF through the documents' pipeline: its text has the ruling and no consumer name.
            var pdfLink = await visitor.GetByRole(AriaRole.Link, new() { Name = "Uitspraak als PDF" }).GetAttributeAsync("href");
            var response = await visitor.APIRequest.GetAsync(pdfLink!, new() { Timeout = 60_000 });
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            var text = PdfText(await response.BodyAsync());
            Assert.Contains(marker, text);
            Assert.Contains(webshop, text);
            Assert.DoesNotContain("Sanne", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Vries", text, StringComparison.OrdinalIgnoreCase);

            // An id that is not (or no longer) public: the page says so.
            await visitor.GotoAsync($"uitspraken/{Guid.NewGuid()}");
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Uitspraak niet gevonden", Level = 1 })).ToBeVisibleAsync();
            // Not indexed by search engines (the page answers with its own words; see RulingDetailPage).
            await Expect(visitor.Locator("meta[name=robots][content=noindex]")).ToHaveCountAsync(1);

            // The same pages under /rulings.
            await visitor.GotoAsync($"rulings?q={marker}");
            await Expect(visitor.Locator(".pr-count")).ToContainTextAsync("1");

            // The register of affiliated webshops: the count links the webshop's page, which lists the ruling.
            await visitor.GotoAsync("webshops");
            await BrowserFixture.WaitForInteractiveAsync(visitor);
            await visitor.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex($"uitspraken van {System.Text.RegularExpressions.Regex.Escape(webshop)}") }).First.ClickAsync();
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = webshop, Level = 1 })).ToBeVisibleAsync();
            await Expect(visitor.Locator("article.pr-card").Filter(new() { HasText = number })).ToHaveCountAsync(1);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Gepubliceerde uitspraken", Exact = false })).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(visitor);
        });
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"published-ruling-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
