using System.Security.Claims;
using AdrDesk.Components.Layout;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Desk;
using AdrDesk.Features.Intake.Paper;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Security;

namespace AdrDesk.Features.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The intake (issue 5): wizard services, uploads, paper forms, the desk's intake queue, draft expiry, filing receipts.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section);
        services.AddScoped<IntakeService>();
        services.AddScoped<IntakeSubmission>();
        services.AddSingleton<ReceiptDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<ReceiptDelivery>());
        services.AddScoped<UploadService>();
        services.AddSingleton<AdrDesk.Infrastructure.Files.IUploadFolder>(sp => new AdrDesk.Infrastructure.Files.UploadFolder(
            Path.GetFullPath(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<UploadOptions>>().Value.StorePath)));
        services.AddScoped<PaperForms>();
        services.AddSingleton<IntakeQueueService>();
        // The core's extension points: the one screening service of every desk route (issue 18); D24 erases the uploads of erased cases.
        services.AddSingleton<IFilingScreening>(sp => sp.GetRequiredService<IntakeQueueService>());
        services.AddSingleton<IStoredCaseFiles, IntakeUploadFiles>();
        services.AddSingleton<IUserStoredFiles, IntakeUploadSizes>(); // issue 19 item 2: the upload quota
        services.AddOptions<Drafts.DraftExpiryOptions>().BindConfiguration(Drafts.DraftExpiryOptions.Section);
        services.AddSingleton<Drafts.DraftExpiry>();
        services.AddHostedService(sp => sp.GetRequiredService<Drafts.DraftExpiry>());
        services.AddNavItem("/start/bindend-advies", "Nav.FileDispute", "gavel", Policies.Party, order: 50);
        services.AddNavItem("/desk/paper-intake", "Nav.PaperIntake", "edit_document", Policies.Desk, order: 60);
        return services;
    }

    /// <summary>GET /intake/uploads/{id} (owner or staff), /intake/paper-form/{nl|en|de} (anyone), /intake/paper-form/draft (own draft).</summary>
    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapUploadEndpoints();
        endpoints.MapGet("/intake/paper-form/draft", async (ClaimsPrincipal user, PaperForms forms, CancellationToken ct) =>
        {
            var file = await forms.PrefilledAsync(user, IntakeCulture.Current, ct);
            return file.IsSuccess ? Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : Results.NotFound();
        }).RequireAuthorization();
        endpoints.MapGet("/intake/paper-form/{language:regex(^(nl|en|de)$)}", async (string language, PaperForms forms, CancellationToken ct) =>
        {
            var file = await forms.BlankAsync(Enum.Parse<Language>(language, ignoreCase: true), ct);
            return file.IsSuccess ? Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : Results.NotFound();
        }).AllowAnonymous();
        return endpoints;
    }
}
