using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Tests.Intake;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>
/// Issue 17 item 5, the wizard's part: server A is killed (-9) while two people are half-way through the intake wizard on
/// it. Their pages reload on B (the circuit died with A) and the answers they gave are back: a signed-in person's from the
/// database (IntakeDrafts, found by the account in the sign-in cookie), a visitor's from the browser's own storage
/// (protected with the Data Protection keys that every server reads from the database). Both go on on B; the signed-in
/// person files the dispute.
/// </summary>
/// <remarks>
/// A site of its own (a class fixture, like <see cref="ServerKilledTests"/>; the shared collection runs the classes one
/// after the other, so never two sites at once): the test kills server A, and folding this journey into
/// <see cref="ServerKilledTests"/>' single test to save one site start would make one failure hide the other.
/// </remarks>
[Collection("scaleout-site"), Trait("Provider", "Postgres"), Trait("Category", "Browser")]
public sealed class WizardDraftAfterServerKilledTests(ScaleOutSite site, BrowserFixture browser) : IClassFixture<ScaleOutSite>, IClassFixture<BrowserFixture>
{
    private const string IntakeKeys = "() => Object.keys(localStorage).filter(k => k.startsWith('adrdesk-intake-')).length";

    [Fact]
    public async Task Server_A_killed_half_way_through_the_wizard_the_answers_come_back_on_server_B_and_the_filing_goes_on()
    {
        var person = await ThroughNginxTests.PageOnAsync(site, browser, "a");
        var visitor = await ThroughNginxTests.PageOnAsync(site, browser, "a");
        try
        {
            // A person never linked to anything: a new consumer account, made on A.
            var unique = Guid.NewGuid().ToString("N")[..6];
            Assert.Equal("a", await ThroughNginxTests.ServedByAsync(await person.GotoAsync("account/register")));
            await person.GetByLabel("Volledige naam").FillAsync("Fenna Overstap");
            await person.GetByLabel("E-mailadres").FillAsync($"fenna-{unique}@test.adrdesk.nl");
            await person.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(ThroughNginxTests.Password);
            await person.GetByLabel("Herhaal wachtwoord").FillAsync(ThroughNginxTests.Password);
            await person.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
            await Expect(person.GetByTestId("signed-in-user")).ToContainTextAsync("Fenna Overstap");

            // Answers unlike the account's name and address (the wizard starts from those), so what comes back was typed.
            var theirs = new Who("Fenna van der Overstap", $"fenna.post-{unique}@test.adrdesk.nl", $"Overstapstraat {unique}", "8011 AB", "Zwolle");
            var visitors = new Who("Joost Bezoeker", $"joost-{unique}@test.adrdesk.nl", $"Bezoekerslaan {unique}", "9711 CD", "Groningen");
            await FirstStepOnAAsync(person, theirs);
            await FirstStepOnAAsync(visitor, visitors);
            // Where each draft lives: the signed-in person's only in the database, the visitor's in the browser.
            Assert.Equal(0, await person.EvaluateAsync<int>(IntakeKeys));
            Assert.Equal(1, await visitor.EvaluateAsync<int>(IntakeKeys));
            await person.EvaluateAsync("() => window.__beforeKill = true");
            await visitor.EvaluateAsync("() => window.__beforeKill = true");

            await site.KillAAsync();

            // Each page reloads by itself on B (B refuses A's circuit); the wizard resumes at the step reached, answers back.
            await ResumedOnBAsync(person, theirs);
            await ResumedOnBAsync(visitor, visitors);
            await AxeCheck.AssertNoSeriousViolationsAsync(person);

            // The visitor goes one step further on B.
            var visiting = new WizardDriver(visitor);
            await visiting.WebshopAsync();
            await visiting.StepAsync("De aankoop", "scaleout-visitor-3");

            // The signed-in person files on B what was begun on A.
            var wizard = new WizardDriver(person);
            await wizard.WebshopAsync();
            await wizard.PurchaseAsync();
            await wizard.NextAsync();
            await wizard.ComplaintAsync();
            await wizard.NextAsync();
            await wizard.RestAndSubmitAsync();
            var number = (await person.GetByTestId("case-number").TextContentAsync())!;
            Assert.StartsWith("DD-", number);
            await using var db = new PostgresAdrDbContext(TestProvider.PostgresOptions(site.ConnectionString));
            Assert.Equal(theirs.Name, await db.Set<CaseSummary>().Where(s => s.Number == number).Select(s => s.ConsumerName).SingleAsync());
        }
        finally
        {
            await person.Context.CloseAsync();
            await visitor.Context.CloseAsync();
        }
    }

    private sealed record Who(string Name, string Email, string Street, string PostalCode, string City);

    private static async Task FirstStepOnAAsync(IPage page, Who who)
    {
        Assert.Equal("a", await ThroughNginxTests.ServedByAsync(await page.GotoAsync("intake/bindend-advies")));
        var wizard = new WizardDriver(page);
        await wizard.StepAsync("Wie bent u", "scaleout-1");
        await wizard.RadioAsync("Als particulier");
        await wizard.FillAsync("Uw naam", who.Name);
        await wizard.FillAsync("E-mailadres", who.Email);
        await wizard.FillAsync("Straat en huisnummer", who.Street);
        await wizard.FillAsync("Postcode", who.PostalCode);
        await wizard.FillAsync("Woonplaats", who.City);
        await wizard.NextAsync();
        await wizard.StepAsync("De webshop", "scaleout-2");
        // The wizard saves on every step and shows "Opgeslagen om …" once the save is done; this is the draft's first
        // save, so the line appears only when it is stored (database or browser), not left over from an earlier one.
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Opgeslagen om" })).ToBeVisibleAsync();
    }

    private async Task ResumedOnBAsync(IPage page, Who who)
    {
        await page.WaitForFunctionAsync("() => window.__beforeKill !== true", null, new() { Timeout = 60_000 });
        var cookies = await page.Context.CookiesAsync([site.BaseUrl + "/"]);
        Assert.Equal("b", cookies.Single(c => c.Name == "adrdesk_server").Value);
        // The wizard shows its steps only once B's circuit has loaded the draft: at the step reached on A.
        var wizard = new WizardDriver(page);
        await Expect(wizard.Heading("De webshop")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
        await wizard.StepAsync("Wie bent u", "scaleout-1-on-b");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Als particulier", Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Uw naam", new() { Exact = true })).ToHaveValueAsync(who.Name);
        await Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveValueAsync(who.Email);
        await Expect(page.GetByLabel("Straat en huisnummer", new() { Exact = true })).ToHaveValueAsync(who.Street);
        await Expect(page.GetByLabel("Postcode", new() { Exact = true })).ToHaveValueAsync(who.PostalCode);
        await Expect(page.GetByLabel("Woonplaats", new() { Exact = true })).ToHaveValueAsync(who.City);
        await wizard.NextAsync();
    }
}
