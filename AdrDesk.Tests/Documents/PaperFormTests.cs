using System.Globalization;
using System.Text.RegularExpressions;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Paper;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 20 item 4, paper that works on paper: the blank intake form in NL/EN/DE has room to write (free text on at
/// least 8 ruled lines, a signature box of at least 3 × 8 cm, tick boxes of at least 5 mm, measured in Chromium's print
/// layout), keeps each question on one page and the declarations with the signature, and gives the desk's postal
/// address; the pre-filled form shows amounts, countries and languages in words in its language, and no codes.
/// </summary>
[Collection(DocumentsCollection.Name)]
[Trait("Issue", "20")]
public partial class PaperFormTests(DocumentsFixture fixture)
{
    private const double MmPerPx = 25.4 / 96;

    public static TheoryData<DocumentLanguage> All => new(DocumentLanguage.Nl, DocumentLanguage.En, DocumentLanguage.De);

    [Theory, Trait("Rule", "D6")]
    [MemberData(nameof(All))]
    public async Task The_blank_form_has_room_to_write_sign_and_tick_with_a_pen(DocumentLanguage language)
    {
        var html = await fixture.Renderer.RenderHtmlAsync<BlankIntakeForm, BlankIntakeFormModel>(Samples.BlankIntakeForm(language));
        Assert.True(html.IsSuccess);
        await using var browser = await PrintLayoutAsync(html.Value.Html);

        var freeText = await browser.Page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.field.answer .box.ruled')].map(b => [...b.querySelectorAll('.line')].map(l => l.getBoundingClientRect().height))");
        Assert.Equal(BlankIntakeFormTexts.For(language).ComplaintBoxes.Count, freeText.Length);
        Assert.All(freeText, lines =>
        {
            Assert.True(lines.Length >= 8, $"{lines.Length} ruled lines");
            Assert.All(lines, h => Assert.True(h * MmPerPx >= 7.5, $"a line {h * MmPerPx:0.0} mm high"));
        });

        var signature = await browser.Page.EvaluateAsync<double[]>(
            "(() => { const r = document.querySelector('.signature-box').getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(signature[0] * MmPerPx >= 80, $"signature box {signature[0] * MmPerPx:0.0} mm wide");
        Assert.True(signature[1] * MmPerPx >= 30, $"signature box {signature[1] * MmPerPx:0.0} mm high");

        var ticks = await browser.Page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.tick')].map(t => { const s = getComputedStyle(t, '::before'); return [parseFloat(s.width), parseFloat(s.height)]; })");
        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.True(t[0] * MmPerPx >= 5 && t[1] * MmPerPx >= 5, $"tick box {t[0] * MmPerPx:0.0} × {t[1] * MmPerPx:0.0} mm"));
    }

    [Theory, Trait("Rule", "D6"), Trait("Rule", "D21")]
    [MemberData(nameof(All))]
    public async Task The_blank_form_keeps_each_question_on_one_page_and_the_declarations_with_the_signature_and_the_return_address(DocumentLanguage language)
    {
        var t = BlankIntakeFormTexts.For(language);
        var (pdf, _) = await PdfDocuments.RenderAsync(fixture, DocumentKind.BlankIntakeForm, language);
        var pages = await PagesAsync(pdf);

        // Each group (legend and every question or field in it) on one page: no question split across pages.
        string[][] groups =
        [
            [t.ConsumerHeading, .. t.ConsumerFields], [t.RepresentativeHeading, .. t.RepresentativeFields], [t.WebshopHeading, .. t.WebshopFields],
            [t.OrderHeading, .. t.OrderFields], [t.ComplaintHeading, t.FirstComplaintDate, .. t.ComplaintBoxes],
            [t.EligibilityHeading, .. t.EligibilityQuestions], [t.ProcedureHeading, t.ProcedureLanguage, .. t.Languages, t.ByPost],
            [t.AttachHeading, .. t.Attachments], [t.SignHeading, .. t.Declarations, .. t.SignFields],
        ];
        foreach (var group in groups)
        {
            var on = pages.Select((text, i) => (text, page: i + 1)).Where(p => group.All(s => p.text.Contains(Squash(s)))).Select(p => p.page).ToList();
            Assert.True(on.Count == 1, $"'{group[0]}' is not whole on one page ({pages.Count} pages)");
        }

        // The last page holds the declarations with the signature and where to send the form, never a tick box alone.
        var last = pages[^1];
        Assert.Contains(Squash(t.SignFields[^1]), last);
        Assert.All(t.Declarations, d => Assert.Contains(Squash(d), last));
        var desk = new DeskOptions();
        Assert.Contains(Squash(t.SendTo), last);
        Assert.Contains($"{desk.Street} {desk.PostalCode} {desk.City}", last);
    }

    [Theory, Trait("Rule", "D6")]
    [InlineData(DocumentLanguage.Nl, "€ 1.299,00", "€ 24,95", "Duitsland", "Engels", "14 augustus 2026")]
    [InlineData(DocumentLanguage.En, "€1,299.00", "€24.95", "Germany", "English", "14 August 2026")]
    [InlineData(DocumentLanguage.De, "1.299,00 €", "24,95 €", "Deutschland", "Englisch", "14. August 2026")]
    public async Task The_prefilled_form_shows_amounts_countries_and_languages_in_words_and_no_codes(
        DocumentLanguage language, string value, string shipping, string country, string procedureLanguage, string orderDate)
    {
        var form = new IntakeForm
        {
            Name = "Jan Jansen", Email = "jan@example.nl", Street = "Hoofdstraat 1", PostalCode = "1234 AB", City = "Utrecht", Country = "DE",
            WebshopName = "Koelcel Online", OrderDate = new DateOnly(2026, 8, 14), Product = "Koelkast", ProductValue = 1299m, ShippingCosts = 24.95m,
            ProcedureLanguage = Language.En, Complaint = null, Remedy = "Een nieuwe koelkast.",
        };
        var pdf = await PrefilledAsync(form, language);
        var text = Squash(await Poppler.TextAsync(pdf));

        Assert.Contains(value, text);
        Assert.Contains(shipping, text);
        Assert.Contains(country, text);
        Assert.Contains(procedureLanguage, text);
        Assert.Contains(orderDate, text);
        Assert.DoesNotMatch(@"\(?\b[DMB]\d{1,2}[a-j]?\b\)?", text); // no rule codes
        Assert.DoesNotMatch(@"\b(DE|NL|En|Nl|De)\b", text);          // no raw country codes or enum values
        Assert.DoesNotContain("1299", text);
        var desk = new DeskOptions();
        Assert.Contains($"{desk.Street} {desk.PostalCode} {desk.City}", text); // where to post it
    }

    [Fact, Trait("Rule", "D6")]
    public async Task The_prefilled_form_gives_ruled_lines_and_a_signature_box_where_the_draft_has_no_answer()
    {
        var page = await PrefilledHtmlAsync(new IntakeForm { Name = "Jan Jansen" }, DocumentLanguage.Nl);
        await using var browser = await PrintLayoutAsync(page);

        var complaintLines = await browser.Page.EvaluateAsync<int>(
            "[...document.querySelectorAll('table.answers tr')].find(r => r.querySelector('th').textContent.includes('Wat is het probleem')).querySelectorAll('.line').length");
        Assert.True(complaintLines >= 8, $"{complaintLines} lines for the complaint");
        var signature = await browser.Page.EvaluateAsync<double[]>(
            "(() => { const r = document.querySelector('.signature-box').getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(signature[0] * MmPerPx >= 80 && signature[1] * MmPerPx >= 30, $"signature box {signature[0] * MmPerPx:0} × {signature[1] * MmPerPx:0} mm");
    }

    [Fact]
    public async Task The_settlement_preview_reflows_in_a_narrow_pane_without_cutting_or_scaling_the_text()
    {
        var dispute = string.Join(' ', Enumerable.Repeat("de koelcel van de bakkerij wordt niet koud genoeg", 30)) + " slotwoordvandetekst";
        var html = await fixture.Renderer.RenderHtmlAsync<SettlementAgreement, SettlementAgreementModel>(Samples.SettlementAgreement(DocumentLanguage.Nl) with { Dispute = dispute });
        Assert.True(html.IsSuccess);
        await using var browser = await LayoutAsync(html.Value.Html, width: 520, print: false);

        var overflow = await browser.Page.EvaluateAsync<double[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(overflow[0] <= overflow[1], $"the page is {overflow[0]} px wide in a {overflow[1]} px pane");
        var lastWord = await browser.Page.EvaluateAsync<double[]>(
            "(() => { const s = [...document.querySelectorAll('strong.value')].find(e => e.textContent.includes('slotwoordvandetekst')); const r = s.getBoundingClientRect(); return [r.right, document.querySelector('.sheet').getBoundingClientRect().right]; })()");
        Assert.True(lastWord[0] <= lastWord[1], $"the dispute ends at {lastWord[0]} px, the sheet at {lastWord[1]} px");
    }

    private async Task<string> PrefilledHtmlAsync(IntakeForm form, DocumentLanguage language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.ToString().ToLowerInvariant());
        try
        {
            RenderFragment body = b =>
            {
                b.OpenComponent<DraftFormBody>(0);
                b.AddComponentParameter(1, nameof(DraftFormBody.Form), form);
                b.AddComponentParameter(2, nameof(DraftFormBody.Language), language.ToLanguage());
                b.CloseComponent();
            };
            return await fixture.Renderer.RenderPageAsync(DocumentKind.BlankIntakeForm, language, "AdrDesk", body);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<byte[]> PrefilledAsync(IntakeForm form, DocumentLanguage language)
    {
        var html = await PrefilledHtmlAsync(form, language);
        var pdf = await fixture.Renderer.RenderPdfAsync(new RenderedDocument(DocumentKind.BlankIntakeForm, language, "AdrDesk", null, Samples.Today, html));
        Assert.True(pdf.Succeeded, pdf.Error?.Detail);
        if (Environment.GetEnvironmentVariable("ADRDESK_SAMPLES_DIR") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, $"prefilled-{language}.pdf".ToLowerInvariant()), pdf.Pdf!);
        return pdf.Pdf!;
    }

    private static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        var count = int.Parse(Regex.Match(await Poppler.InfoAsync(pdf), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var pages = new List<string>();
        for (var i = 1; i <= count; i++)
            pages.Add(Squash(await Poppler.PageTextAsync(pdf, i)));
        return pages;
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The page laid out as Chromium prints it: print media, an A4 sheet's text width (170 mm ≈ 643 px).</summary>
    private static Task<Layout> PrintLayoutAsync(string html) => LayoutAsync(html, width: 643, print: true);

    private static async Task<Layout> LayoutAsync(string html, int width, bool print)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = BrowserFixture.LaunchArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        if (print)
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetContentAsync(html);
        return new Layout(playwright, browser, page);
    }

    private sealed record Layout(IPlaywright Playwright, IBrowser Browser, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.CloseAsync();
            Playwright.Dispose();
        }
    }
}
