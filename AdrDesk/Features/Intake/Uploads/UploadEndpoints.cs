using System.Security.Claims;

namespace AdrDesk.Features.Intake.Uploads;

public static class UploadEndpoints
{
    public static string Url(Guid id) => $"/intake/uploads/{id}";

    /// <summary>GET /intake/uploads/{id}: the file with its original name, to its owner or desk staff; 404 otherwise.</summary>
    public static IEndpointRouteBuilder MapUploadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/intake/uploads/{id:guid}", async (Guid id, ClaimsPrincipal user, UploadService uploads, CancellationToken ct) =>
        {
            var opened = await uploads.OpenAsync(user, id, ct);
            if (opened.IsFailure) return Results.NotFound();
            var file = opened.Value;
            // Served as an attachment (Content-Disposition with the original name), only PDF/JPEG/PNG by signature.
            return Results.File(file.Content, file.Upload.ContentType, file.Upload.OriginalName);
        }).RequireAuthorization();
        // D13: the documents filed with a case, for whoever may see the case; 404 for anyone else.
        endpoints.MapGet(Cases.Complaint.FiledComplaintDocument.Url(Guid.Empty).Replace(Guid.Empty.ToString(), "{id:guid}"),
            async (Guid id, ClaimsPrincipal user, UploadService uploads, CancellationToken ct) =>
            {
                var opened = await uploads.OpenFiledAsync(user, id, ct);
                if (opened.IsFailure) return Results.NotFound();
                var file = opened.Value;
                return Results.File(file.Content, file.Upload.ContentType, file.Upload.OriginalName);
            }).RequireAuthorization();
        return endpoints;
    }
}
