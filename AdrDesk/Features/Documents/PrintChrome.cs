using System.Net;
using AdrDesk.Features.Documents.Layout;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Infrastructure.Pdf;
using AdrDesk.Resources;

namespace AdrDesk.Features.Documents;

/// <summary>
/// The PDF's running header (desk name, case number) and footer (document date, "page X of Y"), in
/// the document's language. Chromium fills <c>pageNumber</c> and <c>totalPages</c>; its header and
/// footer see none of the page's CSS, hence the inline styles.
/// </summary>
internal static class PrintChrome
{
    private const string Style =
        "font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#4a5563;width:100%;margin:0 20mm;" +
        "display:flex;justify-content:space-between;";

    public static PdfRequest For(RenderedDocument document, string deskName)
    {
        var texts = CommonTexts.For(document.Language);
        var caseNumber = document.CaseNumber is { } number ? $"{Encode(texts.CaseNumber)} {Encode(number)}" : "";
        var header = $"<div style=\"{Style}border-bottom:0.5pt solid #c7ccd4;padding-bottom:1.5mm;\">" +
                     $"<span>{Encode(deskName)}</span><span>{caseNumber}</span></div>";
        var pages = string.Format(System.Globalization.CultureInfo.InvariantCulture, Encode(texts.PageOf),
            "<span class=\"pageNumber\"></span>", "<span class=\"totalPages\"></span>");
        var footer = $"<div style=\"{Style}\"><span>{Encode(DisplayFormat.LongDate(document.Date, document.Language.ToLanguage()))}</span>" +
                     $"<span>{pages}</span></div>";
        var subject = document.CaseNumber is { } reference ? $"{texts.CaseNumber} {reference}" : null;
        return new PdfRequest(document.Html, header, footer, deskName, subject);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
