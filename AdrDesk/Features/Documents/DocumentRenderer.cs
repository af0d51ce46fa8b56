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
    IServiceScopeFactory scopes,
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
        var html = await RenderPageAsync(TTemplate.Kind, model.Language, title, body);
        var caseNumber = (model as CaseDocumentModel)?.CaseNumber;
        return new RenderedDocument(TTemplate.Kind, model.Language, title, caseNumber, model.Date, html);
    }

    /// <summary>The document page (letterhead, print styles) around <paramref name="body"/>, as a whole HTML document.</summary>
    public async Task<string> RenderPageAsync(DocumentKind kind, DocumentLanguage language, string title, RenderFragment body)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(DocumentPage.Title)] = title,
            [nameof(DocumentPage.Language)] = language,
            [nameof(DocumentPage.Kind)] = kind,
            [nameof(DocumentPage.ChildContent)] = body,
        });

        // A renderer per document, in a scope of its own: the renderer takes scoped services (the
        // components' cascading values, activity source), which the root provider refuses where scopes
        // are validated (Development); a shared renderer would also keep every rendered component alive.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<DocumentPage>(parameters)).ToHtmlString());
        return "<!DOCTYPE html>\n" + html;
    }

    /// <summary>The PDF of a rendered page; on failure the caller shows <see cref="RenderedDocument.Html"/> with the error's message.</summary>
    public Task<PdfRenderResult> RenderPdfAsync(RenderedDocument document, CancellationToken cancellationToken = default) =>
        pdfRenderer.RenderAsync(PrintChrome.For(document, options.Value.Desk.Name), cancellationToken);
}
