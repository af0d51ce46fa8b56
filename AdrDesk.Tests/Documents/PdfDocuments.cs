using System.Text.RegularExpressions;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Documents;

/// <summary>Renders a sample to PDF and reads it back as text, with whitespace runs collapsed so a sentence wrapped over lines still matches.</summary>
public static partial class PdfDocuments
{
    public static async Task<(byte[] Pdf, string Text)> RenderAsync(DocumentsFixture fixture, DocumentKind kind, DocumentLanguage language)
    {
        var html = await TemplateCatalog.For(kind).Render(fixture.Renderer, language);
        Assert.True(html.IsSuccess, html.Error?.Message(Language.En));
        var pdf = await fixture.Renderer.RenderPdfAsync(html.Value);
        Assert.True(pdf.Succeeded, pdf.Error?.Detail);
        // ADRDESK_SAMPLES_DIR: keep the PDFs to look at (docs/img/documents is made from them).
        if (Environment.GetEnvironmentVariable("ADRDESK_SAMPLES_DIR") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, $"{kind}-{language}.pdf".ToLowerInvariant()), pdf.Pdf!);
        return (pdf.Pdf!, Whitespace().Replace(await Poppler.TextAsync(pdf.Pdf!), " "));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
