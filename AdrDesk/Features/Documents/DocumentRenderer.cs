using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Layout;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Infrastructure.Pdf;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Documents;

/// <summary>
/// Renders a document template with its model to a print-ready HTML page (the framework's
/// HtmlRenderer, no circuit needed) and that page to a PDF. One template serves the on-screen
/// preview, the browser's print and the PDF (issue 4).
/// </summary>
public sealed class DocumentRenderer(
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    IPdfRenderer pdfRenderer,
    IOptions<DocumentOptions> options)
{
    public async Task<Result<RenderedDocument>> RenderHtmlAsync<TTemplate, TModel>(TModel model)
        where TTemplate : IDocumentTemplate<TModel>
        where TModel : DocumentModel
    {
        if (!TTemplate.Languages.Contains(model.Language))
            return new LanguageNotOfferedError(TTemplate.Kind, model.Language); // D8

        var title = TTemplate.TitleFor(model);
        RenderFragment body = builder =>
        {
            builder.OpenComponent<TTemplate>(0);
            builder.AddComponentParameter(1, "Model", model);
            builder.CloseComponent();
        };
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(DocumentPage.Title)] = title,
            [nameof(DocumentPage.Language)] = model.Language,
            [nameof(DocumentPage.Kind)] = TTemplate.Kind,
            [nameof(DocumentPage.ChildContent)] = body,
        });

        // A renderer per document: a shared one would keep every rendered component alive.
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<DocumentPage>(parameters)).ToHtmlString());

        var caseNumber = (model as CaseDocumentModel)?.CaseNumber;
        return new RenderedDocument(TTemplate.Kind, model.Language, title, caseNumber, model.Date, "<!DOCTYPE html>\n" + html);
    }

    /// <summary>The PDF of a rendered page; on failure the caller shows <see cref="RenderedDocument.Html"/> with the error's message.</summary>
    public Task<PdfRenderResult> RenderPdfAsync(RenderedDocument document, CancellationToken cancellationToken = default) =>
        pdfRenderer.RenderAsync(PrintChrome.For(document, options.Value.Desk.Name), cancellationToken);
}
