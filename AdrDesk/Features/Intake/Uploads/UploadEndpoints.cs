using System.Security.Claims;
using AdrDesk.Features.Documents.Store;

namespace AdrDesk.Features.Intake.Uploads;

public static class UploadEndpoints
{
    public static string Url(Guid id) => $"/intake/uploads/{id}";

    /// <summary>GET /intake/uploads/{id}: the file with its original name, to its owner or desk staff; 404 otherwise.</summary>
    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/intake/uploads/{id:guid}", async (Guid id, HttpContext http, UploadService uploads, CancellationToken ct) =>
        {
            var opened = await uploads.OpenAsync(http.User, id, ct);
            if (opened.IsFailure) return FileResponses.NotFound(http.User, opened.Error);
            var file = opened.Value;
            // Served as an attachment (Content-Disposition with the original name), only PDF/JPEG/PNG by signature.
            return FileResponses.File(http, file.Content, file.Upload.ContentType, file.Upload.OriginalName);
        }).RequireAuthorization();
        // D13: the documents filed with a case, for whoever may see the case; 404 for anyone else.
        endpoints.MapGet(Cases.Complaint.FiledComplaintDocument.Url(Guid.Empty).Replace(Guid.Empty.ToString(), "{id:guid}"),
            async (Guid id, HttpContext http, UploadService uploads, CancellationToken ct) =>
            {
                var opened = await uploads.OpenFiledAsync(http.User, id, ct);
                if (opened.IsFailure) return FileResponses.NotFound(http.User, opened.Error);
                var file = opened.Value;
                return FileResponses.File(http, file.Content, file.Upload.ContentType, file.Upload.OriginalName);
            }).RequireAuthorization();
        return endpoints;
    }
}
