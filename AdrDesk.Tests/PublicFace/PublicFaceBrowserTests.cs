using System.Text.RegularExpressions;
using AdrDesk.Features.AnnualReport;
using AdrDesk.Features.Home;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdrDesk.Tests.PublicFace;

/// <summary>
/// Issue 20 items 1, 3 and 6: the way in as a new visitor finds it (no account): the home page to the wizard and to
/// mediation in one click each, "Kunnen wij u helpen?" to each of its endings, with the keyboard and at 390 px, and
/// the public annual report with its downloads.
/// </summary>
[Collection("app"), Trait("Category", "Browser")]
public sealed class PublicFaceBrowserTests(AppHost app, BrowserFixture browser)
{
    private static ILocator Heading(IPage page, int level) => page.GetByRole(AriaRole.Heading, new() { Level = level });

    [Fact, Trait("Rule", "D5"), Trait("Rule", "D22")]
    public Task Home_leads_a_consumer_to_the_wizard_in_one_click_with_cost_duration_and_what_is_needed() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("");
            var card = page.Locator(".adr-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Voor consumenten" }) });
            await Assertions.Expect(card).ToContainTextAsync("Gratis voor de consument.");
            await Assertions.Expect(card).ToContainTextAsync("Gemiddeld acht weken");
            await Assertions.Expect(card).ToContainTextAsync("€ 25.000");
            await card.GetByRole(AriaRole.Link, new() { Name = "Geschil indienen", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/intake/bindend-advies$"));
            await Assertions.Expect(Heading(page, 1)).ToBeVisibleAsync();
        });

    [Fact, Trait("Rule", "M1"), Trait("Rule", "M10")]
    public Task Home_leads_a_business_to_the_mediation_request_in_one_click() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("");
            var card = page.Locator(".adr-card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Voor webshops en deelnemers" }) });
            await Assertions.Expect(card).ToContainTextAsync("B2B");
            await card.GetByRole(AriaRole.Link, new() { Name = "Mediation aanvragen" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/start/mediation$"));
            await Assertions.Expect(Heading(page, 1)).ToHaveTextAsync("Mediation voor bedrijven");
            // From there the online registration (M10), which asks for an account only when the request is sent.
            await page.GetByTestId("start-intake").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/intake/mediation$"));
        });

    public static TheoryData<string, string> Endings() => new()
    {
        { "yyyyyyyyyyy", nameof(SelfHelpEnding.FileWithUs) },
        { "yyyyn", nameof(SelfHelpEnding.ComplainFirst) },
        { "yyyyyn", nameof(SelfHelpEnding.WaitForWebshop) },
        { "yn", nameof(SelfHelpEnding.BusinessMediation) },
        { "n", nameof(SelfHelpEnding.OtherDisputesBody) },
        { "yyn", nameof(SelfHelpEnding.CrossBorderHelp) },
        { "yyyyyyn", nameof(SelfHelpEnding.Court) },
        { "yyyyyyyyyyn", nameof(SelfHelpEnding.WebshopInsolvent) },
    };

    [Theory, MemberData(nameof(Endings)), Trait("Rule", "D1"), Trait("Rule", "D4"), Trait("Rule", "D25")]
    public Task The_self_help_check_reaches_each_ending_by_answering_one_question_at_a_time(string answers, string ending) =>
        browser.RunAsync(app, async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("");
            await page.GetByTestId("home-self-help").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/hulp$"));
            // The home page's interactive router hands a static page to a full load: let that load finish first.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
            {
                // One question at a time, each earlier answer explained above it.
                await Assertions.Expect(page.Locator(".pf-answers li")).ToHaveCountAsync(i);
                await Assertions.Expect(Heading(page, 2).Last).ToHaveTextAsync(Question(answers, i));
                await page.GetByRole(AriaRole.Link, new() { Name = answer == 'y' ? "Ja" : "Nee", Exact = true }).ClickAsync();
                await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/hulp\\?a={answers[..(i + 1)]}$"));
                await page.WaitForLoadStateAsync(LoadState.Load);
            }
            var end = page.GetByTestId($"ending-{ending}");
            await Assertions.Expect(end).ToBeVisibleAsync();
            Assert.Equal(answers.Length, await page.Locator(".pf-answers li").CountAsync());
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide in {widths[1]} px");
            await AxeCheck.AssertNoSeriousViolationsAsync(page);

            switch (ending)
            {
                case nameof(SelfHelpEnding.FileWithUs):
                    await end.GetByRole(AriaRole.Link, new() { Name = "Geschil indienen" }).ClickAsync();
                    await Assertions.Expect(page).ToHaveURLAsync(new Regex("/intake/bindend-advies$"));
                    break;
                case nameof(SelfHelpEnding.ComplainFirst):
                    await Assertions.Expect(end.GetByLabel("Voorbeeldbrief (om te kopiëren)")).ToHaveValueAsync(new Regex("Geachte heer/mevrouw"));
                    await end.GetByRole(AriaRole.Link, new() { Name = "Brief maken in het formulier" }).ClickAsync();
                    await Assertions.Expect(page).ToHaveURLAsync(new Regex("/intake/bindend-advies$"));
                    break;
                case nameof(SelfHelpEnding.BusinessMediation):
                    await end.GetByRole(AriaRole.Link, new() { Name = "Mediation aanvragen" }).ClickAsync();
                    await Assertions.Expect(page).ToHaveURLAsync(new Regex("/start/mediation$"));
                    break;
                case nameof(SelfHelpEnding.OtherDisputesBody):
                    await Assertions.Expect(end).ToContainTextAsync("De Geschillencommissie");
                    break;
                case nameof(SelfHelpEnding.Court):
                    await Assertions.Expect(end).ToContainTextAsync("kantonrechter");
                    break;
            }
        });

    [Fact]
    public Task The_self_help_check_works_with_the_keyboard_lets_an_answer_be_changed_and_speaks_English() =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync("hulp");
            var yes = page.GetByRole(AriaRole.Link, new() { Name = "Ja", Exact = true });
            await yes.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/hulp\\?a=y$"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Nee", Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByTestId("ending-BusinessMediation")).ToBeVisibleAsync();
            // Change the second answer: back at that question, the first answer kept.
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Wijzig dit antwoord\\s*: Kocht u het als particulier") }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/hulp\\?a=y$"));
            await Assertions.Expect(Heading(page, 2).Last).ToHaveTextAsync("Kocht u het als particulier, dus niet voor uw bedrijf?");

            await page.GotoAsync("culture/en?returnUrl=%2Fhulp");
            await Assertions.Expect(Heading(page, 1)).ToHaveTextAsync("Can we help you?");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Not sure" })).ToHaveCountAsync(0);
            await page.GotoAsync("culture/de?returnUrl=%2Fhulp%3Fa%3Dyyy");
            await Assertions.Expect(Heading(page, 2).Last).ToHaveTextAsync("Hat der Webshop seinen Sitz in den Niederlanden und ist er bei uns angeschlossen?");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Weiß ich nicht" })).ToBeVisibleAsync();
        });

    [Fact, Trait("Rule", "D22")]
    public Task The_annual_report_shows_this_years_figures_with_charts_and_offers_PDF_and_CSV() =>
        browser.RunAsync(app, async page =>
        {
            var year = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
            var report = await app.Services.GetRequiredService<AnnualReportService>().ForYearAsync(year);
            await page.GotoAsync("");
            await page.GetByRole(AriaRole.Link, new() { Name = "Jaarverslag: onze cijfers per jaar" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/jaarverslag$"));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle); // a static page: a full load after the interactive home
            await Assertions.Expect(Heading(page, 1)).ToHaveTextAsync($"Jaarverslag {year}");
            await Assertions.Expect(page.GetByTestId("kpi-received")).ToHaveTextAsync(report.Received.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var section in new[] { "Ontvangen geschillen en hun soort", "Geweigerde geschillen en waarom", "Beëindigd voordat er een uitkomst was, en waarom", "Gemiddelde duur", "Naleving van uitspraken", "Samenwerking met andere instanties" })
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true, Level = 2 })).ToBeVisibleAsync();
            }
            // The charts' text: a table per chart, named by its heading.
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Redenen van weigering" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(11);
            await AxeCheck.AssertNoSeriousViolationsAsync(page);

            var csv = await page.APIRequest.GetAsync($"jaarverslag/{year}.csv");
            Assert.Equal(200, csv.Status);
            Assert.StartsWith("text/csv", csv.Headers["content-type"]);
            var text = (await csv.TextAsync()).TrimStart('\uFEFF');
            Assert.StartsWith(AnnualReportCsv.Header + "\r\n", text);
            Assert.Contains($"received,all_schemes,{report.Received},", text);
            var pdf = await page.APIRequest.GetAsync($"jaarverslag/{year}.pdf");
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            Assert.Equal(404, (await page.APIRequest.GetAsync($"jaarverslag/{year + 1}.csv")).Status);

            // Another year is one link away.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Kies een jaar" }).GetByRole(AriaRole.Link, new() { Name = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();
            await Assertions.Expect(Heading(page, 1)).ToHaveTextAsync($"Jaarverslag {year - 1}");
        });

    private static string Question(string answers, int index) => index switch
    {
        0 => "Hebt u iets online gekocht bij een webshop?",
        1 => "Kocht u het als particulier, dus niet voor uw bedrijf?",
        2 => "Woont u in Nederland of een ander land van de Europese Unie?",
        3 => "Is de webshop in Nederland gevestigd en bij ons aangesloten?",
        4 => "Hebt u uw klacht eerst aan de webshop gemeld?",
        5 => "Heeft de webshop niet gereageerd, of bent u het niet eens met het antwoord?",
        6 => "Is het minder dan een jaar (365 dagen) geleden dat u de klacht bij de webshop meldde?",
        7 => "Is het product minstens € 25 waard, met btw en zonder verzendkosten?",
        8 => "Is wat u in totaal vraagt, met btw en alle kosten, minder dan € 25.000?",
        9 => "Is dit geschil nog niet eerder behandeld door een andere geschillencommissie of een rechter?",
        _ => "Is de webshop nog actief, dus niet failliet, in surseance van betaling of gestopt?",
    };
}
