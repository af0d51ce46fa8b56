using AdrDesk.Components.Layout;
using AdrDesk.Features.CaseFile.Components;
using AdrDesk.Features.Cases;
using AdrDesk.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.CaseFile;

public static class CaseFileServiceCollectionExtensions
{
    /// <summary>The live case file (issue 6): service, notifier, attachment store, live-update hub, notices of every feature's changes.</summary>
    public static IServiceCollection AddCaseFile(this IServiceCollection services)
    {
        services.AddOptions<CaseFileOptions>().BindConfiguration(CaseFileOptions.Section);
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<AdrDesk.Infrastructure.Files.IUploadFolder>(sp => new AdrDesk.Infrastructure.Files.UploadFolder(sp.GetRequiredService<AttachmentStore>().Root));
        services.AddSingleton<CaseNotifier>();
        services.AddSingleton<CaseFileHub>();
        services.AddSingleton<CaseFileService>();
        services.AddSingleton<CaseChangeNotices>();
        services.AddSingleton<UnreadCounts>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseChangeNotices>());
        // The core's extension points: the one print queue (D21) and, for D24, the attachments of erased cases.
        services.AddSingleton<IPrintQueue, PrintQueueStore>();
        services.AddSingleton<IStoredCaseFiles, CaseAttachmentFiles>();
        services.AddSingleton<IUserStoredFiles, CaseAttachmentUploads>(); // issue 19 item 2: the upload quota
        services.AddDeskCaseSection<Components.RecordPostPanel>(); // D21: the desk records what a party sent by post
        services.AddScoped<CaseFileCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CaseFileCircuitHandler>());
        // The shell's extension points: the bell in the header, and the menu.
        services.AddHeaderItem<NotificationBell>();
        services.AddNavItem("/my-cases", "Nav.MyCases", "folder_shared", Policies.Party, order: 10);
        services.AddNavItem("/desk/print-queue", "Nav.PrintQueue", "print", Policies.Desk, order: 30);
        return services;
    }
}
