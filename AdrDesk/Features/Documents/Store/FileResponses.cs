using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Files;
using AdrDesk.Resources;

namespace AdrDesk.Features.Documents.Store;

/// <summary>How every download endpoint answers (documents, attachments, intake uploads, mediation files): one place for the served name and a missing file.</summary>
public static class FileResponses
{
    /// <summary>
    /// The bytes as a download, under the cleaned name with the extension of the content type (rows written before the
    /// rule included), never sniffed by the browser.
    /// </summary>
    public static IResult File(HttpContext http, Stream content, string contentType, string fileName, Microsoft.Net.Http.Headers.EntityTagHeaderValue? entityTag = null)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, contentType, FileNames.ForContentType(fileName, contentType), entityTag: entityTag);
    }

    /// <inheritdoc cref="File(HttpContext, Stream, string, string, Microsoft.Net.Http.Headers.EntityTagHeaderValue?)"/>
    public static IResult File(HttpContext http, byte[] content, string contentType, string fileName)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, contentType, FileNames.ForContentType(fileName, contentType));
    }

    /// <summary>
    /// 404 for a refusal. For a file whose row exists but whose bytes are gone, staff read what is wrong (in their
    /// language) so they can restore it; anyone else gets the plain 404 of "not there".
    /// </summary>
    public static IResult NotFound(ClaimsPrincipal user, DomainError? error) =>
        error is StoredFileMissing && IsStaff(user)
            ? Results.Text(error.Text(), "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.NotFound();

    private static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(AdrDesk.Security.Roles.CaseManager) || user.IsInRole(AdrDesk.Security.Roles.Admin) || user.IsInRole(AdrDesk.Security.Roles.Assessor) || user.IsInRole(AdrDesk.Security.Roles.Mediator);
}
