using AdrDesk.Components.Layout;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Security;

namespace AdrDesk.Features.Mediation;

public static class MediationSetup
{
    /// <summary>The mediation feature (issue 8), consumer bemiddeling included: services, reminders, demo data, menu entries.</summary>
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        services.AddSingleton<MediationAccess>();
        services.AddSingleton<MediationMail>();
        services.AddSingleton<MediationService>();
        services.AddSingleton<SchedulingService>();
        services.AddSingleton<AgreementService>();
        services.AddOptions<Files.MediationFileOptions>().BindConfiguration(Files.MediationFileOptions.Section);
        services.AddSingleton<Files.MediationFileStore>();
        services.AddSingleton<AdrDesk.Infrastructure.Files.IUploadFolder>(sp => new AdrDesk.Infrastructure.Files.UploadFolder(sp.GetRequiredService<Files.MediationFileStore>().Root));
        services.AddSingleton<Files.PositionDocumentService>();
        services.AddSingleton<IStoredCaseFiles, Files.MediationStoredFiles>(); // retention: the files of an erased mediation
        // Issue 19 item 2: a party's position documents and signed scans count towards its upload quota.
        services.AddSingleton<AdrDesk.Features.Cases.IUserStoredFiles, Files.PositionDocumentSizes>();
        services.AddSingleton<AdrDesk.Features.Cases.IUserStoredFiles, Files.SignedScanSizes>();
        services.AddSingleton<SignedScanService>();
        services.AddSingleton<IntroductionService>();
        services.AddSingleton<Post.MediationPostService>();
        services.AddScoped<Infrastructure.Data.IDemoSeeder, MediationDemoSeeder>();
        services.AddSingleton<Bemiddeling.BemiddelingService>(); // consumer bemiddeling (B rules), same desk
        services.AddScoped<ClientAddress>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ClientAddressCircuitHandler>();
        services.AddSingleton<SessionReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionReminderService>());
        services.AddNavItem("/bemiddeling", "Nav.Bemiddeling", "forum", Policies.Desk, order: 100);
        services.AddNavItem("/mediations", "Nav.Mediations", "handshake", Policies.Mediator, order: 110);
        services.AddNavItem("/agenda", "Nav.Agenda", "calendar_month", Policies.Mediator, order: 120);
        return services;
    }

    /// <summary>GET /mediations/{number}/sessions/{id}.ics and the signed agreement's download, both behind the case access check.</summary>
    public static IEndpointRouteBuilder MapMediation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/mediations/{number}/sessions/{id:guid}.ics", async (string number, Guid id, System.Security.Claims.ClaimsPrincipal user, SchedulingService scheduling, CancellationToken ct) =>
        {
            var ics = await scheduling.IcsAsync(user, number, id, ct);
            return ics.IsSuccess ? Results.File(ics.Value.Content, IcsWriter.ContentType, ics.Value.FileName) : Results.NotFound();
        }).RequireAuthorization();
        endpoints.MapGet("/mediations/{number}/agreement/{documentId:guid}", async (string number, Guid documentId, System.Security.Claims.ClaimsPrincipal user, AgreementService agreements, CancellationToken ct) =>
        {
            var file = await agreements.OpenDocumentAsync(user, number, documentId, ct);
            return file.IsSuccess ? Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : Results.NotFound();
        }).RequireAuthorization();
        // M6 position documents and hand-signed scans: only through the services' checks, never as static files.
        endpoints.MapGet("/mediations/{number}/files/{id:guid}", async (string number, Guid id, HttpContext http,
            Files.PositionDocumentService positions, SignedScanService scans, CancellationToken ct) =>
        {
            var user = http.User;
            var file = await positions.OpenAsync(user, number, id, ct);
            if (file.IsFailure && file.Error is not AdrDesk.Infrastructure.Files.StoredFileMissing) file = await scans.OpenAsync(user, number, id, ct);
            return file.IsSuccess
                ? AdrDesk.Features.Documents.Store.FileResponses.File(http, file.Value.Content, file.Value.ContentType, file.Value.FileName)
                : AdrDesk.Features.Documents.Store.FileResponses.NotFound(user, file.Error);
        }).RequireAuthorization();
        // M4: the introduction letters.
        endpoints.MapGet("/mediations/{number}/letters/{documentId:guid}", async (string number, Guid documentId, System.Security.Claims.ClaimsPrincipal user, IntroductionService introductions, CancellationToken ct) =>
        {
            var file = await introductions.OpenAsync(user, number, documentId, ct);
            return file.IsSuccess ? Results.File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : Results.NotFound();
        }).RequireAuthorization();
        return endpoints;
    }
}
