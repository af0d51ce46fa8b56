using System.Security.Claims;
using Microsoft.Net.Http.Headers;

namespace AdrDesk.Features.Documents.Store;

public static class DocumentEndpoints
{
    public const string DownloadPattern = "/documents/{id:guid}";

    public static string DownloadUrl(Guid id) => $"/documents/{id}";

    /// <summary>
    /// GET /documents/{id}: the stored bytes, for a signed-in user the <see cref="IDocumentAccessPolicy"/>
    /// lets read the document's case. An unknown id and a document of another case both answer 404,
    /// so that nobody learns which documents exist.
    /// </summary>
    public static IEndpointConventionBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(DownloadPattern, DownloadAsync).RequireAuthorization().WithName("DownloadDocument");

    private static async Task<IResult> DownloadAsync(
        Guid id, HttpContext http, IDocumentStore store, IDocumentAccessPolicy policy, CancellationToken cancellationToken)
    {
        var user = http.User;
        if (await store.FindAsync(id, cancellationToken) is not { } document || !await policy.CanReadAsync(user, document.CaseNumber))
            return Results.NotFound();
        var opened = await store.OpenAsync(id, cancellationToken);
        if (!opened.IsSuccess)
            return FileResponses.NotFound(user, opened.Error);
        // The SHA-256 is the entity tag: an issued document never changes.
        return FileResponses.File(http, opened.Value.Content, document.ContentType, document.FileName,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""));
    }
}
