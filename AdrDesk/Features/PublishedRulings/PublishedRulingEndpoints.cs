using AdrDesk.Features.Documents;
using AdrDesk.Features.PublishedRulings.Document;
using Microsoft.Extensions.Caching.Memory;

namespace AdrDesk.Features.PublishedRulings;

public static class PublishedRulingEndpoints
{
    /// <summary>
    /// GET /uitspraken/{id}/pdf (and /rulings/{id}/pdf): the approved published version as PDF, for anyone. A draft, a
    /// withdrawn version and an unknown id answer 404 alike. Rendered once per approval and kept for an hour in memory,
    /// so that a public link shared widely does not start a Chromium page per request.
    /// </summary>
    public static IEndpointRouteBuilder MapPublishedRulings(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/uitspraken/{id:guid}/pdf", PdfAsync).AllowAnonymous().WithName("PublishedRulingPdf");
        endpoints.MapGet("/rulings/{id:guid}/pdf", PdfAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> PdfAsync(
        Guid id, PublicRulingRegister register, DocumentRenderer renderer, IMemoryCache cache, CancellationToken ct)
    {
        if (await register.GetAsync(id, ct) is not { } published) return Results.NotFound();
        var model = PublishedRulingModel.Of(published);
        var key = ("published-ruling-pdf", id, published.Ruling.ApprovedAt, published.Compliance);
        if (!cache.TryGetValue(key, out byte[]? pdf))
        {
            var html = await renderer.RenderHtmlAsync<PublishedRulingDocument, PublishedRulingModel>(model);
            if (html.IsFailure) return Results.NotFound();
            var rendered = await renderer.RenderPdfAsync(html.Value, ct);
            if (rendered.Pdf is null) return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable);
            pdf = rendered.Pdf;
            cache.Set(key, pdf, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1), Size = 1 });
        }
        return Results.File(pdf!, "application/pdf", $"uitspraak-{published.Ruling.CaseNumber}.pdf", enableRangeProcessing: false);
    }
}
