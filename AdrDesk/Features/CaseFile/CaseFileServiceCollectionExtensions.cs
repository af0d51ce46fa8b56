using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.CaseFile;

public static class CaseFileServiceCollectionExtensions
{
    /// <summary>The live case file (issue 6): service, notifier, attachment store, live-update hub, notices of every feature's changes.</summary>
    public static IServiceCollection AddCaseFile(this IServiceCollection services)
    {
        services.AddOptions<CaseFileOptions>().BindConfiguration(CaseFileOptions.Section);
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<CaseNotifier>();
        services.AddSingleton<CaseFileHub>();
        services.AddSingleton<CaseFileService>();
        services.AddSingleton<CaseChangeNotices>();
        services.AddSingleton<UnreadCounts>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseChangeNotices>());
        // D24: the stored files of erased cases (documents, attachments, uploads); the eraser itself runs in the case's save.
        services.AddSingleton<Cases.ErasedCaseFiles>();
        services.AddHostedService(sp => sp.GetRequiredService<Cases.ErasedCaseFiles>());
        services.AddScoped<CaseFileCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CaseFileCircuitHandler>());
        return services;
    }
}
