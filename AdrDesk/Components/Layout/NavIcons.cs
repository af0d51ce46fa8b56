using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdrDesk.Components.Layout;

/// <summary>
/// The menu's icons: <see cref="NavItem.Icon"/> keeps Material icon names (features register them by name, and the
/// start page's cards use them), MudBlazor draws SVG paths. An unknown name gets a neutral chevron.
/// <see cref="NavLinkSvg"/> is the whole icon as MudNavLink drew it, built once per name and shared by every circuit
/// (issue 16 item 7: a MudNavLink and its MudIcon per entry were two components per menu entry in each circuit).
/// </summary>
public static class NavIcons
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["home"] = Icons.Material.Outlined.Home,
        ["storefront"] = Icons.Material.Outlined.Storefront,
        ["verified"] = Icons.Material.Outlined.Verified,
        ["inbox"] = Icons.Material.Outlined.Inbox,
        ["gavel"] = Icons.Material.Outlined.Gavel,
        ["folder_shared"] = Icons.Material.Outlined.FolderShared,
        ["print"] = Icons.Material.Outlined.Print,
        ["outgoing_mail"] = Icons.Material.Outlined.Outbox,
        ["group"] = Icons.Material.Outlined.Group,
        ["edit_document"] = Icons.Material.Outlined.EditNote,
        ["bar_chart"] = Icons.Material.Outlined.BarChart,
        ["forum"] = Icons.Material.Outlined.Forum,
        ["handshake"] = Icons.Material.Outlined.Handshake,
        ["calendar_month"] = Icons.Material.Outlined.CalendarMonth,
        ["person_remove"] = Icons.Material.Outlined.PersonRemove,
    };

    public static string Of(string name) => ByName.GetValueOrDefault(name, Icons.Material.Outlined.ChevronRight);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MarkupString> NavLinkSvgs = new(StringComparer.Ordinal);

    /// <summary>The icon of a menu entry, with the classes MudNavLink gives its MudIcon (colour, size, spacing).</summary>
    public static MarkupString NavLinkSvg(string name) => NavLinkSvgs.GetOrAdd(name, n => Svg(Of(n), "mud-icon-default mud-svg-icon mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default"));

    /// <summary>An icon as MudIcon renders it (<c>mud-icon-root</c> + <paramref name="classes"/>), hidden from screen readers.</summary>
    public static MarkupString Svg(string path, string classes) => new(
        $"<svg class=\"mud-icon-root {classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{path}</svg>");
}
