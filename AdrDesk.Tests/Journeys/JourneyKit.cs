using System.Diagnostics;
using System.Text.RegularExpressions;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 14 item 7: what every acceptance journey does on a clean host, through the UI only. Each person has a browser
/// context of their own (<see cref="PersonAsync"/>); the staff exist because the admin made them on the admin screens and
/// they chose a password from the mail; mails are read from the outbox folder (.eml) and the Outbox table.
/// On failure every open page is photographed (TestResults/screenshots/{journey}-{person}.png).
/// </summary>
public sealed partial class JourneyKit(AppHost app, BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output, string journey) : IAsyncDisposable
{
    public const string Password = "Sterk-wachtwoord-42";

    private readonly List<(string Name, IPage Page)> _people = [];
    private readonly List<string> _scriptErrors = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _steps = [];

    public AppHost App => app;

    /// <summary>The steps with their time since the start, for the report.</summary>
    public IReadOnlyList<string> Steps => _steps;

    public void Step(string what) => _steps.Add($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {what}");

    /// <summary>A person at their own browser (own cookies), Dutch, not signed in.</summary>
    public async Task<IPage> PersonAsync(string name)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        page.PageError += (_, error) => _scriptErrors.Add($"{name}: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                _scriptErrors.Add($"{name}: {message.Text}");
        };
        _people.Add((name, page));
        return page;
    }

    /// <summary>Runs the journey; on failure photographs every person's page; at the end no page may have had a script error.</summary>
    public async Task RunAsync(Func<Task> journeySteps)
    {
        try
        {
            await journeySteps();
            Assert.True(_scriptErrors.Count == 0, "Script errors in the pages:\n" + string.Join("\n", _scriptErrors));
        }
        catch
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            foreach (var (name, page) in _people)
            {
                try
                {
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{journey}-{name}.png"), FullPage = true });
                }
                catch (PlaywrightException) { }
            }
            throw;
        }
        finally
        {
            output.WriteLine($"{journey}:\n" + string.Join("\n", _steps));
        }
    }

    /// <summary>
    /// The one admin a clean install starts from. AdrDesk has no set-up screen: the operator creates the first admin
    /// account on the server (as <see cref="AppHost.CreateUserAsync"/> does, through Identity's UserManager); every other
    /// account is made on the admin screens.
    /// </summary>
    public async Task<IPage> FirstAdminAsync()
    {
        var email = await app.CreateUserAsync(Roles.Admin, Password, "Ruben Beheer");
        var admin = await PersonAsync("admin");
        await BrowserFixture.SignInAsync(admin, email, Password);
        return admin;
    }

    /// <summary>
    /// The admin makes a staff account on /admin/users; the new colleague follows the mail's link in their own browser,
    /// chooses a password and signs in. Returns the colleague's signed-in page.
    /// </summary>
    public async Task<(IPage Page, string Email)> StaffAsync(IPage admin, string name, string roleLabel, string person)
    {
        var email = $"{person}-{Guid.NewGuid():N}"[..(person.Length + 7)] + "@geschillen.example";
        await admin.GotoAsync("admin/users");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Nieuw medewerkersaccount" }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await FillAsync([(dialog.GetByLabel("Volledige naam"), name), (dialog.GetByLabel("E-mailadres"), email)]);
        await dialog.GetByText(roleLabel, new() { Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToContainTextAsync(roleLabel);

        var mail = await MailAsync(email, _ => true);
        var link = ResetLink().Match(mail.Text).Value;
        Assert.StartsWith(app.BaseUrl, link);
        var page = await PersonAsync(person);
        await page.GotoAsync(link);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw wachtwoord is gewijzigd");
        await BrowserFixture.SignInAsync(page, email, Password);
        return (page, email);
    }

    /// <summary>
    /// Fills a form's fields, each left (Tab) before the next, then checks every value and types again what was lost: on a
    /// loaded machine a re-render after one field's change can empty or move the text typed into the next.
    /// </summary>
    public static async Task FillAsync(IReadOnlyList<(ILocator Field, string Value)> fields)
    {
        foreach (var (field, value) in fields)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
        }
        foreach (var (field, value) in fields)
        {
            if (await field.InputValueAsync() != value)
            {
                await field.FillAsync(value);
                await field.PressAsync("Tab");
            }
            await Assertions.Expect(field).ToHaveValueAsync(value);
        }
    }

    public sealed record Shop(string Name, string Kvk, string Web, string? DisputeEmail, string Street, string PostalCode, string City);

    /// <summary>The desk enters an affiliated webshop in the register (/register): dispute e-mail, postal address, subscription.</summary>
    public async Task RegisterWebshopAsync(IPage desk, Shop shop, bool b2b = false)
    {
        await desk.GotoAsync("register");
        await BrowserFixture.WaitForInteractiveAsync(desk);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Organisatie toevoegen" }).First.ClickAsync();
        var dialog = desk.GetByRole(AriaRole.Dialog);
        var fields = new List<(ILocator Field, string Value)>
        {
            (dialog.GetByLabel("Statutaire naam"), shop.Name), (dialog.GetByLabel("KvK-nummer"), shop.Kvk), (dialog.GetByLabel("Webadressen"), shop.Web),
            (dialog.GetByLabel("Straat en huisnummer"), shop.Street), (dialog.GetByLabel("Postcode"), shop.PostalCode), (dialog.GetByLabel("Plaats"), shop.City),
        };
        if (shop.DisputeEmail is not null) fields.Add((dialog.GetByLabel("E-mailadres voor geschillen"), shop.DisputeEmail));
        if (b2b) await dialog.GetByLabel("Gebruikt de B2B-voorwaarden van de regeling").CheckAsync();
        await FillAsync(fields);
        var from = dialog.GetByLabel("Abonnement vanaf");
        await from.FillAsync(DateTime.Today.AddYears(-1).ToString("dd-MM-yyyy"));
        await from.PressAsync("Tab");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(desk.GetByRole(AriaRole.Row).Filter(new() { HasText = shop.Name })).ToBeVisibleAsync();
    }

    /// <summary>Creates an account on /account/register (the page the wizard and the invitation lead to).</summary>
    public static async Task RegisterAccountAsync(IPage page, string name, string email, bool business = false, string? company = null, string? kvk = null)
    {
        if (business) await page.GetByLabel("een webshop of bedrijf").CheckAsync();
        await page.GetByLabel("Volledige naam").FillAsync(name);
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Herhaal wachtwoord").FillAsync(Password);
        if (company is not null) await page.GetByLabel("Bedrijfsnaam").FillAsync(company);
        if (kvk is not null) await page.GetByLabel("KvK-nummer").FillAsync(kvk);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
    }

    /// <summary>Follows an invitation mail's link: creates the account there and accepts; ends on the case page.</summary>
    public async Task AcceptInvitationAsync(IPage page, string link, string number, string name, string email, string company, string kvk)
    {
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitnodiging voor een zaak" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Account aanmaken" }).ClickAsync();
        await RegisterAccountAsync(page, name, email, business: true, company, kvk);
        // Issue 19 item 1: the person's own address is proved first (the mail in the outbox), then the invitation is taken.
        await ConfirmAddress.FromOutboxAsync(page, app, email);
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
        await page.WaitForURLAsync($"**/cases/{number}", new() { Timeout = 30_000 });
        await BrowserFixture.WaitForInteractiveAsync(page);
    }

    /// <summary>
    /// The assessor, on the case's workbench page after the response: the settlement attempt fails, the dossier is declared
    /// complete (D15), the ruling drafted (D16, D17), approved and issued. Returns when the issuing began (UTC).
    /// </summary>
    public static async Task<DateTimeOffset> DraftAndIssueRulingAsync(IPage assessor, Func<Task>? besideTheDraft = null)
    {
        await assessor.GetByLabel("Uitkomst van de schikkingspoging").FillAsync("Partijen willen niet schikken.");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Schikking mislukt: verder met informatie" }).ClickAsync();
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Dossier compleet verklaren (D15)" }).ClickAsync();
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Uitspraak in voorbereiding (D20)" }).ClickAsync();
        await assessor.Locator(".wb-editor[data-interactive=true]").WaitForAsync();
        if (besideTheDraft is not null) await besideTheDraft();
        await assessor.GetByLabel("Feiten", new() { Exact = true }).FillAsync("De consument kocht een racefiets van 899 euro.");
        await assessor.GetByLabel("Standpunt van de consument").FillAsync("Het frame scheurde na twee weken.");
        await assessor.GetByLabel("Standpunt van de webshop").FillAsync("Het frame is door een val beschadigd.");
        await assessor.GetByLabel("Overwegingen (de redenen, D16)").FillAsync("Een val is niet aangetoond.");
        await assessor.GetByLabel("Beslissing: wat moet er gebeuren").FillAsync("De webshop betaalt de consument 899 euro terug.");
        await assessor.GetByLabel("Nakomen uiterlijk (D17)").FillAsync(DateTime.Today.AddDays(21).ToString("dd-MM-yyyy"));
        await assessor.GetByLabel("Nakomen uiterlijk (D17)").BlurAsync();
        await assessor.GetByLabel("Wijze van nakoming (D17)").FillAsync("Betaling op de rekening van de consument.");
        await Assertions.Expect(assessor.GetByTestId("save-status")).ToContainTextAsync("Opgeslagen om", new() { Timeout = 15_000 });
        await assessor.WaitForTimeoutAsync(3500); // the last keystroke's autosave
        // D10: a single assessor issues without a panel's approvals (a panel of three approves each version first).
        var approve = assessor.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Versie \\d+ goedkeuren$") });
        if (await approve.CountAsync() > 0)
        {
            await approve.ClickAsync();
            await Assertions.Expect(assessor.GetByText("Goedgekeurd.")).ToBeVisibleAsync();
        }
        var issuing = DateTimeOffset.UtcNow;
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Uitspraak vaststellen en verzenden" }).ClickAsync();
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Definitief vaststellen" }).ClickAsync();
        await Assertions.Expect(assessor.GetByText("De uitspraak is vastgesteld", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return issuing;
    }

    /// <summary>
    /// After an in-app link (enhanced navigation keeps the circuit, so the body's mark of a fresh load says nothing): waits for
    /// the page's own <c>InteractiveMarker</c>.
    /// </summary>
    public static Task MarkedInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The first .eml in the outbox folder to <paramref name="to"/> that matches; waits up to a minute.</summary>
    public async Task<Eml> MailAsync(string to, Func<Eml, bool> matches)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            foreach (var eml in Mails().Where(e => e["To"].Contains(to, StringComparison.OrdinalIgnoreCase)))
            {
                if (matches(eml)) return eml;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"no such mail to {to} in the outbox folder; there are:\n" + string.Join("\n", Mails().Select(e => $"{e["To"]}: {e["Subject"]}")));
        return null!;
    }

    /// <summary>Every mail delivered to the outbox folder so far.</summary>
    public IReadOnlyList<Eml> Mails() =>
        Directory.Exists(app.OutboxFolder) ? [.. Directory.GetFiles(app.OutboxFolder, "*.eml").Order(StringComparer.Ordinal).Select(Eml.Load)] : [];

    /// <summary>The Outbox table's rows (sent or waiting) of a case, attachments included.</summary>
    public async Task<List<OutboxMessage>> OutboxAsync(string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Include(m => m.Attachments).Where(m => m.CaseNumber == number).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>Waits until the Outbox holds at least <paramref name="count"/> rows of the case that match, then a little longer (a late duplicate shows too).</summary>
    public async Task<List<OutboxMessage>> OutboxAsync(string number, Func<OutboxMessage, bool> matches, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        List<OutboxMessage> rows;
        while ((rows = [.. (await OutboxAsync(number)).Where(matches)]).Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }
        await Task.Delay(3000); // the case-change notices run just after the commit: give a second mail the chance to appear
        return [.. (await OutboxAsync(number)).Where(matches)];
    }

    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, page) in _people)
        {
            try { await page.Context.CloseAsync(); }
            catch (PlaywrightException) { }
        }
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"https?://\S+/invitation/[A-Za-z0-9_\-]+")]
    public static partial Regex InvitationLink();
}
