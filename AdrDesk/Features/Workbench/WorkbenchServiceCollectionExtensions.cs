using AdrDesk.Features.Statistics;

namespace AdrDesk.Features.Workbench;

public static class WorkbenchServiceCollectionExtensions
{
    /// <summary>Issue 7: the desk queue, the assessor's workbench, ruling drafting and issue, compliance, statistics.</summary>
    public static IServiceCollection AddWorkbench(this IServiceCollection services)
    {
        services.AddSingleton<WorkbenchCases>();
        services.AddSingleton<CaseLetters>();
        services.AddSingleton<WorkbenchGrid>();
        services.AddSingleton<DeskService>();
        services.AddSingleton<CaseWorkService>();
        services.AddSingleton<RulingDraftService>();
        services.AddSingleton<ComplianceService>();
        services.AddSingleton<PartyCompliance>();
        services.AddSingleton<StatisticsService>();
        // Replaces the documents feature's refuse-all default (registered with TryAdd before the features).
        return services;
    }
}
