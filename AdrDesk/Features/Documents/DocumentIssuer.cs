using System.Text;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Pdf;

namespace AdrDesk.Features.Documents;

/// <summary>
/// Issues a case document: renders it, prints it, stores it once. When Chromium is missing or
/// fails, the print-ready HTML is stored and returned instead, with the reason, so the procedure
/// goes on and the user can print from the browser (issue 4, item 4; the renderer has logged it).
/// </summary>
public sealed class DocumentIssuer(DocumentRenderer renderer, IDocumentStore store)
{
    public async Task<Result<IssuedDocument>> IssueAsync<TTemplate, TModel>(
        TModel model, DocumentAuthor author, Guid? supersedesId = null, CancellationToken cancellationToken = default, Guid? documentId = null)
        where TTemplate : IDocumentTemplate<TModel>
        where TModel : CaseDocumentModel
    {
        var html = await renderer.RenderHtmlAsync<TTemplate, TModel>(model);
        if (html.IsFailure)
            return html.Error!;
        var document = html.Value;
        var pdf = await renderer.RenderPdfAsync(document, cancellationToken);
        var (content, contentType, extension) = pdf.Succeeded
            ? (pdf.Pdf!, "application/pdf", "pdf")
            : (Encoding.UTF8.GetBytes(document.Html), "text/html; charset=utf-8", "html");
        var fileName = $"{model.CaseNumber}-{document.Kind}-{document.Language}.{extension}".ToLowerInvariant();

        var saved = await store.SaveAsync(new NewDocument(documentId ?? Guid.CreateVersion7(), model.CaseNumber, document.Kind, document.Language,
            document.Title, fileName, contentType, content, author, supersedesId), cancellationToken);
        if (saved.IsFailure)
            return saved.Error!;
        return new IssuedDocument(saved.Value, document, pdf.Error);
    }
}

/// <summary>
/// The stored document and its HTML. <see cref="PdfUnavailable"/> is set when the PDF could not be
/// made: show its message and <see cref="Html"/> (the stored copy is that HTML).
/// </summary>
public sealed record IssuedDocument(StoredDocument Stored, RenderedDocument Html, PdfRenderError? PdfUnavailable);
