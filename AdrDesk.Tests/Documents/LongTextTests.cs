using System.Globalization;
using System.Text.RegularExpressions;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 20 item 4: every document's text fits its page at any length. Each template is printed with very long inputs
/// (<see cref="LongTexts"/>); pdftotext must give back every input word (nothing cut), the pages stay A4, no word lies
/// beyond the right margin (nothing runs off the page), and the body text keeps its size (nothing scaled to fit).
/// </summary>
[Collection(DocumentsCollection.Name)]
[Trait("Issue", "20")]
public partial class LongTextTests(DocumentsFixture fixture)
{
    /// <summary>@page margin: 20 mm left and right (print.css).</summary>
    private const double SideMarginPt = 20 / 25.4 * 72;

    public static TheoryData<DocumentKind, DocumentLanguage> Every()
    {
        var data = new TheoryData<DocumentKind, DocumentLanguage>();
        foreach (var kind in LongTexts.Kinds)
            foreach (var language in LongTexts.LanguagesOf(kind))
                data.Add(kind, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public async Task Every_template_prints_very_long_inputs_whole_on_further_A4_pages_at_full_size(DocumentKind kind, DocumentLanguage language)
    {
        var inputs = new LongTexts();
        var html = await inputs.RenderAsync(fixture.Renderer, kind, language);
        Assert.True(html.IsSuccess, html.Error?.Message(Language.En));
        var pdf = await PrintAsync(html.Value, $"{kind}-{language}-long");

        // Nothing cut: every word of every input is in the PDF's text.
        var printed = Word().Matches(await Poppler.TextAsync(pdf)).Select(m => m.Value).ToHashSet();
        var missing = inputs.Words.Where(w => !printed.Contains(w.Word)).GroupBy(w => w.Field)
            .Select(g => $"{g.Key}: {g.Count()} of {inputs.Words.Count(w => w.Field == g.Key)} words missing, e.g. '{g.First().Word}'").ToList();
        Assert.True(missing.Count == 0, $"{kind} {language} lost text:\n" + string.Join('\n', missing));

        // A4 on every page, and the long texts flowed onto further pages.
        var info = await Poppler.PageInfoAsync(pdf);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var sizes = PageSize().Matches(info).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(pages, sizes.Count);
        Assert.All(sizes, size => Assert.Matches(@"^595\.\d+ x 84[12]\.\d+ pts \(A4\)", size));
        if (inputs.Words.Count > 0)
            Assert.True(pages > 1, $"{kind} {language}: {inputs.Words.Count} words of input on {pages} page");

        // Nothing runs off the page: every word ends inside the right margin.
        var boxes = await BoxesAsync(pdf);
        var beyond = boxes.Where(b => b.XMax > b.PageWidth - SideMarginPt + 3).ToList();
        Assert.True(beyond.Count == 0, $"{kind} {language}: words beyond the right margin: " +
            string.Join(", ", beyond.Take(5).Select(b => $"'{b.Text}' to {b.XMax:0.0} of {b.PageWidth:0.0} pt")));

        // Nothing shrunk: the input words are set at the size of a short letter's body text.
        if (inputs.Words.Count > 0)
        {
            var ours = inputs.Words.Select(w => w.Word).ToHashSet();
            var inputHeight = Mode(boxes.Where(b => ours.Contains(b.Text)).Select(b => b.Height));
            var bodyHeight = Mode(await BodyHeightsAsync(language));
            Assert.True(Math.Abs(inputHeight - bodyHeight) < 0.3, $"{kind} {language}: text {inputHeight:0.00} pt high, a letter's body {bodyHeight:0.00} pt (scaled to fit?)");
        }
    }

    [Theory]
    [InlineData(DocumentLanguage.Nl)]
    [InlineData(DocumentLanguage.En)]
    [InlineData(DocumentLanguage.De)]
    public async Task The_settlement_agreement_prints_the_whole_dispute_text_wrapped_not_cut_mid_word(DocumentLanguage language)
    {
        // The issue's symptom: "…Van Dijk stelt dat de koelce" (a long dispute kept on one line and cut at the page's edge).
        var dispute = string.Join(' ', Enumerable.Repeat("Van Dijk stelt dat de koelcel van de bakkerij sinds de installatie niet koud genoeg wordt en", 12)) + " slotwoordzonderlengte.";
        var model = Samples.SettlementAgreement(language) with { Dispute = dispute };
        var html = await fixture.Renderer.RenderHtmlAsync<Features.Documents.Templates.SettlementAgreement, SettlementAgreementModel>(model);
        Assert.True(html.IsSuccess);
        var pdf = await PrintAsync(html.Value, $"settlement-dispute-{language}");

        var text = Whitespace().Replace(await Poppler.TextAsync(pdf), " ");
        Assert.Contains("slotwoordzonderlengte.", text);
        Assert.Equal(12, Regex.Matches(text, "koelcel van de bakkerij").Count);
        Assert.DoesNotContain("koelce ", text.Replace("koelcel", ""));
    }

    private async Task<byte[]> PrintAsync(Features.Documents.RenderedDocument document, string name)
    {
        var pdf = await fixture.Renderer.RenderPdfAsync(document);
        Assert.True(pdf.Succeeded, pdf.Error?.Detail);
        if (Environment.GetEnvironmentVariable("ADRDESK_SAMPLES_DIR") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, name.ToLowerInvariant() + ".pdf"), pdf.Pdf!);
        return pdf.Pdf!;
    }

    private async Task<IEnumerable<double>> BodyHeightsAsync(DocumentLanguage language)
    {
        var (pdf, _) = await PdfDocuments.RenderAsync(fixture, DocumentKind.RefusalLetter, language); // in every language
        return (await BoxesAsync(pdf)).Select(b => b.Height);
    }

    private sealed record Box(string Text, double XMax, double Height, double PageWidth);

    private static async Task<IReadOnlyList<Box>> BoxesAsync(byte[] pdf)
    {
        var boxes = new List<Box>();
        double width = 0;
        foreach (var line in (await Poppler.WordBoxesAsync(pdf)).Split('\n'))
        {
            if (PageLine().Match(line) is { Success: true } page)
                width = double.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (WordLine().Match(line) is { Success: true } word)
            {
                double At(int group) => double.Parse(word.Groups[group].Value, CultureInfo.InvariantCulture);
                boxes.Add(new Box(System.Net.WebUtility.HtmlDecode(word.Groups[5].Value), At(3), Math.Round(At(4) - At(2), 1), width));
            }
        }
        return boxes;
    }

    private static double Mode(IEnumerable<double> values) => values.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+\d+ size:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    [GeneratedRegex("<page width=\"([0-9.]+)\"")]
    private static partial Regex PageLine();

    [GeneratedRegex("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" yMax=\"([0-9.-]+)\">(.*)</word>")]
    private static partial Regex WordLine();
}
