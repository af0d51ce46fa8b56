using AdrDesk.Features.Documents.Store;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdrDesk.Features.CaseFile;

public static class CaseFileServiceCollectionExtensions
{
    /// <summary>The live case file (issue 6): service, notifier, attachment store, and the documents' access rule.</summary>
    public static IServiceCollection AddCaseFile(this IServiceCollection services)
    {
        services.AddOptions<CaseFileOptions>().BindConfiguration(CaseFileOptions.Section);
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<CaseNotifier>();
        services.AddSingleton<CaseFileHub>();
        services.AddSingleton<CaseFileService>();
        services.AddScoped<CaseFileCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CaseFileCircuitHandler>());
        // Replaces the documents feature's deny-all default (issue 4: the case file supplies the rule).
        services.RemoveAll<IDocumentAccessPolicy>();
        return services;
    }
}
