namespace AdrDesk.Infrastructure.Pdf;

/// <summary>Turns a complete, self-contained HTML page into an A4 tagged PDF.</summary>
public interface IPdfRenderer
{
    Task<PdfRenderResult> RenderAsync(PdfRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// What to print. <paramref name="Html"/> must be self-contained (inline CSS, no network): the page
/// is loaded with SetContent, so relative URLs resolve nowhere. The header and footer templates are
/// Chromium print templates: they may use <c>&lt;span class="pageNumber"&gt;</c> and
/// <c>&lt;span class="totalPages"&gt;</c>, and must carry their own inline styles. Title and
/// language come from the page's &lt;title&gt; and &lt;html lang&gt;; <paramref name="Author"/> and
/// <paramref name="Subject"/> are added to the PDF's document information.
/// </summary>
public sealed record PdfRequest(string Html, string HeaderTemplate, string FooterTemplate, string Author, string? Subject);
