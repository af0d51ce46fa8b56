using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Layout;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Intake.Model;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Intake.Paper;

/// <summary>A printable file: PDF, or the print-ready HTML when Chromium is unavailable (documents.md).</summary>
public sealed record PrintableFile(byte[] Content, string ContentType, string FileName);

/// <summary>D6, item 7: the blank paper form per language, and a saved draft pre-filled on paper.</summary>
public sealed class PaperForms(DocumentRenderer renderer, IntakeService intake, TimeProvider clock, Microsoft.Extensions.Options.IOptions<Infrastructure.Desk.DeskOptions> desk)
{
    public async Task<Result<PrintableFile>> BlankAsync(Language language, CancellationToken ct = default)
    {
        var model = new BlankIntakeFormModel { Language = ToDocument(language), Date = AmsterdamCalendar.DateOf(clock.GetUtcNow()) };
        var html = await renderer.RenderHtmlAsync<BlankIntakeForm, BlankIntakeFormModel>(model);
        if (html.IsFailure) return html.Error!;
        return await PrintAsync(html.Value, $"{desk.Value.FileSlug}-form-{language.ToString().ToLowerInvariant()}", ct);
    }

    /// <summary>The caller's own saved draft only.</summary>
    public async Task<Result<PrintableFile>> PrefilledAsync(ClaimsPrincipal user, Language language, CancellationToken ct = default)
    {
        var draft = await intake.LoadDraftAsync(user, Scheme.BindingRuling, paper: false, ct);
        if (draft.IsFailure) return draft.Error!;
        var form = draft.Value?.Form ?? new IntakeForm();
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(language.ToString().ToLowerInvariant());
        var documentLanguage = ToDocument(language);
        var title = desk.Value.Name;
        RenderFragment body = b =>
        {
            b.OpenComponent<DraftFormBody>(0);
            b.AddComponentParameter(1, nameof(DraftFormBody.Form), form);
            b.AddComponentParameter(2, nameof(DraftFormBody.Language), language);
            b.CloseComponent();
        };
        var page = await renderer.RenderPageAsync(DocumentKind.BlankIntakeForm, documentLanguage, title, body);
        var document = new RenderedDocument(DocumentKind.BlankIntakeForm, documentLanguage, title, null, AmsterdamCalendar.DateOf(clock.GetUtcNow()), page);
        return await PrintAsync(document, $"{desk.Value.FileSlug}-form-draft", ct);
    }

    private async Task<Result<PrintableFile>> PrintAsync(RenderedDocument document, string name, CancellationToken ct)
    {
        var pdf = await renderer.RenderPdfAsync(document, ct);
        return pdf.Succeeded
            ? new PrintableFile(pdf.Pdf!, "application/pdf", name + ".pdf")
            : new PrintableFile(System.Text.Encoding.UTF8.GetBytes(document.Html), "text/html; charset=utf-8", name + ".html");
    }

    private static DocumentLanguage ToDocument(Language language) => Enum.Parse<DocumentLanguage>(language.ToString());
}
