using AdrDesk.Components.Layout;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Security;

namespace AdrDesk.Features.Workbench;

public static class WorkbenchServiceCollectionExtensions
{
    /// <summary>Issue 7: the desk queue, the assessor's workbench, ruling drafting and issue, compliance.</summary>
    public static IServiceCollection AddWorkbench(this IServiceCollection services)
    {
        services.AddSingleton<WorkbenchCases>();
        services.AddSingleton<CaseLetters>();
        services.AddSingleton<WorkbenchGrid>();
        services.AddSingleton<IWorkbenchRows>(sp => sp.GetRequiredService<WorkbenchGrid>());
        services.AddSingleton<DeskService>();
        services.AddSingleton<IDeskQueueRows>(sp => sp.GetRequiredService<DeskService>());
        // D26: the refusal letter of every refusal, whichever route refused (the core's extension point).
        services.AddSingleton<IRefusalLetters, RefusalLetters>();
        services.AddSingleton<CaseWorkService>();
        services.AddSingleton<RulingDraftService>();
        services.AddSingleton<ComplianceService>();
        services.AddSingleton<PartyCompliance>();
        // D18: the parties' compliance report, on their own case page (the core's extension point).
        services.AddCasePageSection<ComplianceReport>();
        services.AddNavItem("/desk", "Nav.Desk", "inbox", Policies.Desk, order: 70);
        services.AddNavItem("/workbench", "Nav.Workbench", "gavel", Policies.Assessor, order: 80);
        return services;
    }
}
