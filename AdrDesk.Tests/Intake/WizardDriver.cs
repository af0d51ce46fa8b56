using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Intake;

/// <summary>Drives the intake wizard the way a person does: by labels and roles, in Dutch.</summary>
public sealed class WizardDriver(IPage page)
{
    public static string ShotFolder => Environment.GetEnvironmentVariable("ADRDESK_SCREENSHOTS") == "1"
        ? Path.Combine(Support.AppHost.AppProjectFolder(), "..", "docs", "img")
        : Path.Combine(Support.AppHost.AppProjectFolder(), "..", "AdrDesk.Tests", "TestResults", "screenshots");

    public bool Axe { get; init; }
    public bool Shots { get; init; }

    // The desk's calendar day (Europe/Amsterdam), as the wizard counts days: UTC's date is a day behind between 23:00
    // and 24:00 UTC in winter, which made the 366-day refusal say 367.
    public static DateOnly Today => AdrDesk.Domain.Common.AmsterdamCalendar.DateOf(DateTimeOffset.UtcNow);

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 2 });

    public async Task StepAsync(string heading, string shot)
    {
        await Assertions.Expect(Heading(heading)).ToBeVisibleAsync();
        if (Axe) await AssertAxeAsync(page);
        if (Shots)
        {
            Directory.CreateDirectory(ShotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotFolder, $"intake-{shot}.png"), FullPage = true });
        }
    }

    public static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotFolder, $"intake-{name}.png"), FullPage = true });
    }

    public Task NextAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();

    public Task RadioAsync(string name) => page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true }).CheckAsync();

    public Task FillAsync(string label, string value) => page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>A date field (MudDatePicker) is typed as a Dutch reader writes it and takes the date on leaving the field.</summary>
    public async Task FillDateAsync(string label, DateOnly day)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await field.BlurAsync();
    }

    public async Task WhoAsync(string name = "Sanne de Vries")
    {
        await StepAsync("Wie bent u", "1-who");
        await RadioAsync("Als particulier");
        await FillAsync("Uw naam", name);
        await FillAsync("E-mailadres", "sanne@test.adrdesk.nl");
        await FillAsync("Straat en huisnummer", "Kerkstraat 1");
        await FillAsync("Postcode", "3511 AB");
        await FillAsync("Woonplaats", "Utrecht");
        await NextAsync();
    }

    public async Task WebshopAsync(string query = "Fietsonderdelen")
    {
        await StepAsync("De webshop", "2-webshop");
        await FillAsync("Zoek de webshop", query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = query }).First.CheckAsync();
        await Assertions.Expect(page.GetByText("Gekozen:")).ToBeVisibleAsync();
        await NextAsync();
    }

    public async Task PurchaseAsync(string value = "899,00", int daysAgo = 40)
    {
        await StepAsync("De aankoop", "3-purchase");
        await RadioAsync("Ja");
        await FillDateAsync("Besteldatum", Today.AddDays(-daysAgo));
        await FillAsync("Product of dienst", "Racefiets Vento 3");
        await FillAsync("Waarde van het product", value);
        await page.GetByLabel("Bestelnummer (niet verplicht)").FillAsync("FO-2026-1001");
    }

    public async Task ComplaintAsync(int reportedDaysAgo = 30)
    {
        await StepAsync("Uw klacht aan de webshop", "4-complaint");
        await page.GetByRole(AriaRole.Group, new() { Name = "Heeft u uw klacht al aan de webshop voorgelegd?" }).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
        await FillDateAsync("Wanneer meldde u het probleem voor het eerst aan de webshop?", Today.AddDays(-reportedDaysAgo));
        await page.GetByRole(AriaRole.Group, new() { Name = "Heeft de webshop geantwoord?" }).GetByRole(AriaRole.Radio, new() { Name = "Nee" }).CheckAsync();
        await FillAsync("Wat is het probleem?", "Het frame is na twee weken gescheurd. <script>alert('x')</script>");
    }

    public async Task RestAndSubmitAsync()
    {
        await StepAsync("Wat u vraagt", "5-claim");
        await FillAsync("Wat vraagt u van de webshop?", "Mijn geld terug");
        await FillAsync("Totale vordering", "924,00");
        await NextAsync();
        await StepAsync("Documenten", "6-documents");
        await NextAsync();
        await StepAsync("Taal van de procedure", "7-language");
        await NextAsync();
        await StepAsync("Controleren", "8-review");
        await NextAsync();
        await StepAsync("Akkoord en indienen", "9-submit");
        await page.GetByLabel("Ik aanvaard dat de uitspraak bindend is").CheckAsync();
        await page.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw geschil is ingediend" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (Shots) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotFolder, "intake-10-filed.png"), FullPage = true });
    }

    public static Task AssertAxeAsync(IPage page) => Support.AxeCheck.AssertNoSeriousViolationsAsync(page);
}
