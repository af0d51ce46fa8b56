using AdrDesk.Features.Documents.Store;

namespace AdrDesk.Features.CaseFile;

public static class CaseFileEndpoints
{
    /// <summary>
    /// GET /cases/{number}/attachments/{id}: an attachment for someone on that case. An unknown id, an id
    /// of another case and a case that is not the caller's all answer 404.
    /// </summary>
    public static IEndpointRouteBuilder MapCaseFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/{number}/attachments/{id:guid}", DownloadAsync).RequireAuthorization().WithName("DownloadAttachment");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string number, Guid id, HttpContext http, CaseFileService service, CancellationToken cancellationToken)
    {
        var opened = await service.OpenAttachmentAsync(http.User, number, id, cancellationToken);
        if (opened.IsFailure) return FileResponses.NotFound(http.User, opened.Error);
        var a = opened.Value.Attachment;
        // Served as a download, never rendered inline or sniffed by the browser: the bytes come from a party.
        return FileResponses.File(http, opened.Value.Content, a.ContentType, a.FileName, new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{a.Sha256}\""));
    }
}
