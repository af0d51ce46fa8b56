using AdrDesk.Components.Layout;
using AdrDesk.Security;

namespace AdrDesk.Features.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>Issue 7 item 7: the desk's annual activity report (D22).</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services
        .AddSingleton<StatisticsService>()
        .AddNavItem("/statistics", "Nav.Statistics", "bar_chart", Policies.Desk, order: 90);
}
