using MudBlazor;

namespace AdrDesk.Components.Layout;

/// <summary>
/// The menu's icons: <see cref="NavItem.Icon"/> keeps Material icon names (features register them by name, and the
/// start page's cards use them), MudBlazor draws SVG paths. An unknown name gets a neutral chevron.
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
}
