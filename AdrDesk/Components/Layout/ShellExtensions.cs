using Microsoft.AspNetCore.Components;

namespace AdrDesk.Components.Layout;

/// <summary>A component a feature adds to the header for signed-in people, before their name (e.g. the notification bell).</summary>
public sealed record HeaderItem(Type Component);

/// <summary>
/// The shell's extension points: the layout, header and menu host features only through these registrations, so
/// that Components references no feature (ArchitectureTests). A feature calls them in its own Add…().
/// </summary>
public static class ShellExtensions
{
    /// <summary>An entry of the menu; <paramref name="order"/> places it (the shell sorts by it; ties keep registration order).</summary>
    public static IServiceCollection AddNavItem(this IServiceCollection services, string href, string labelKey, string icon, string? policy, int order) =>
        services.AddSingleton(new NavItem(href, labelKey, icon, policy, order));

    /// <summary>A component in the header of every page for signed-in people, rendered with DynamicComponent, without parameters.</summary>
    public static IServiceCollection AddHeaderItem<TComponent>(this IServiceCollection services) where TComponent : IComponent =>
        services.AddSingleton(new HeaderItem(typeof(TComponent)));
}
