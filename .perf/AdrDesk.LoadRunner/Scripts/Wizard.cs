using System.Text.Json;
using Microsoft.Playwright;

namespace AdrDesk.LoadRunner.Scripts;

/// <summary>
/// The binding-ruling intake wizard (Features/Intake, /intake/bindend-advies), driven the way the browser
/// tests drive it (AdrDesk.Tests/Intake/WizardDriver.cs: Dutch labels and roles). Stateless: each call reads
/// the step the page is on (its h2) and does that step's one measured action, so a page can resume anywhere
/// (a draft from an earlier run resumes at its step). One wizard run is ten measured actions.
/// </summary>
public static class Wizard
{
    public const string Route = "intake/bindend-advies";
    public const string Region = ".adr-intake";
    public const string FiledTestId = "case-number";
    public const string Filed = "document.querySelector('[data-testid=case-number]') !== null";

    public const string Who = "Wie bent u", Webshop = "De webshop", Purchase = "De aankoop", Complaint = "Uw klacht aan de webshop",
        Claim = "Wat u vraagt", Documents = "Documenten", Language = "Taal van de procedure", Review = "Controleren", Submit = "Akkoord en indienen";

    private const string WebshopQuery = "Fietsonderdelen";

    /// <summary>JS: the wizard shows the step with this heading.</summary>
    public static string HeadingIs(string heading) =>
        $"[...document.querySelectorAll('h2.adr-step-title')].some(h => h.textContent.trim() === {JsonSerializer.Serialize(heading)})";

    /// <summary>The heading of the current step, "filed" on the confirmation, null when the wizard is not there.</summary>
    public static Task<string?> CurrentAsync(IPage page) => page.EvaluateAsync<string?>(
        "() => document.querySelector('[data-testid=case-number]') ? 'filed' : (document.querySelector('h2.adr-step-title')?.textContent.trim() ?? null)");

    /// <summary>Opens a new wizard (after a filing, or when the page is elsewhere) and waits for its first step.</summary>
    public static async Task OpenAsync(IPage page, int timeoutMs)
    {
        await page.GotoAsync(Route);
        await page.WaitForFunctionAsync("() => window.__adrPerf && window.__adrPerf.openSockets() > 0 && document.querySelector('h2.adr-step-title') !== null",
            null, new() { Timeout = Math.Max(timeoutMs, 30_000), PollingInterval = 50 });
    }

    /// <summary>Does the current step's measured action; <paramref name="label"/> prefixes the action names.</summary>
    public static async Task<Measured> StepAsync(IPage page, int timeoutMs, string label = "intake")
    {
        var current = await CurrentAsync(page);
        if (current is null or "filed")
        {
            await OpenAsync(page, timeoutMs);
            current = await CurrentAsync(page);
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        switch (current)
        {
            case Who:
                await RadioAsync(page, "Als particulier");
                await FillAsync(page, "Uw naam", "Sanne de Vries");
                await FillAsync(page, "E-mailadres", "sanne@load.adrdesk.nl");
                await FillAsync(page, "Straat en huisnummer", "Kerkstraat 1");
                await FillAsync(page, "Postcode", "3511 AB");
                await FillAsync(page, "Woonplaats", "Utrecht");
                return await NextAsync(page, Webshop, timeoutMs, label);
            case Webshop:
                var choice = page.GetByRole(AriaRole.Radio, new() { Name = WebshopQuery }).First;
                if (await choice.CountAsync() == 0)
                {
                    await FillAsync(page, "Zoek de webshop", WebshopQuery);
                    return await PageScript.MeasureAsync($"{label}: webshop search", page, Region,
                        () => page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync(), timeoutMs,
                        "document.querySelector('.adr-intake input[type=radio]') !== null");
                }
                await choice.CheckAsync();
                return await NextAsync(page, Purchase, timeoutMs, label);
            case Purchase:
                await RadioAsync(page, "Ja");
                await FillDateAsync(page, "Besteldatum", today.AddDays(-40));
                await FillAsync(page, "Product of dienst", "Racefiets Vento 3");
                await FillAsync(page, "Waarde van het product", "899,00");
                await page.GetByLabel("Bestelnummer (niet verplicht)").FillAsync("FO-2026-1001");
                return await NextAsync(page, Complaint, timeoutMs, label);
            case Complaint:
                await page.GetByRole(AriaRole.Group, new() { Name = "Heeft u uw klacht al aan de webshop voorgelegd?" }).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
                await FillDateAsync(page, "Wanneer meldde u het probleem voor het eerst aan de webshop?", today.AddDays(-30));
                await page.GetByRole(AriaRole.Group, new() { Name = "Heeft de webshop geantwoord?" }).GetByRole(AriaRole.Radio, new() { Name = "Nee" }).CheckAsync();
                await FillAsync(page, "Wat is het probleem?", "Het frame is na twee weken gescheurd.");
                return await NextAsync(page, Claim, timeoutMs, label);
            case Claim:
                await FillAsync(page, "Wat vraagt u van de webshop?", "Mijn geld terug");
                await FillAsync(page, "Totale vordering", "924,00");
                return await NextAsync(page, Documents, timeoutMs, label);
            case Documents:
                return await NextAsync(page, Language, timeoutMs, label);
            case Language:
                return await NextAsync(page, Review, timeoutMs, label);
            case Review:
                return await NextAsync(page, Submit, timeoutMs, label);
            case Submit:
                await page.GetByLabel("Ik aanvaard dat de uitspraak bindend is").CheckAsync();
                await page.GetByLabel("Ik stem ermee in", new() { Exact = false }).CheckAsync();
                // From the click to the confirmation (the case number), not to the first mutation (the busy button).
                return await PageScript.MeasureAsync($"{label}: submit", page, Region,
                    () => page.GetByRole(AriaRole.Button, new() { Name = "Geschil indienen" }).ClickAsync(), timeoutMs, Filed);
            default:
                return Measured.Failed($"{label}: step", $"unknown wizard step '{current}'");
        }
    }

    private static async Task<Measured> NextAsync(IPage page, string nextHeading, int timeoutMs, string label)
    {
        var result = await PageScript.MeasureAsync($"{label}: next step", page, Region,
            () => page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync(), timeoutMs, HeadingIs(nextHeading));
        if (result.Error is not null && await page.Locator(".adr-intake [role=alert]").CountAsync() > 0)
            return result with { Error = $"{result.Error}; the wizard says: {LoadLab.FirstLine(await page.Locator(".adr-intake [role=alert]").First.InnerTextAsync())}" };
        return result;
    }

    private static Task RadioAsync(IPage page, string name) => page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true }).CheckAsync();

    /// <summary>A date field (MudDatePicker, issue 16) is typed as a Dutch reader writes it and takes the date on leaving the field.</summary>
    private static async Task FillDateAsync(IPage page, string label, DateOnly day)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await field.BlurAsync();
    }

    private static Task FillAsync(IPage page, string label, string value) => page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
}
