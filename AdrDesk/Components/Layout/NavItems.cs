namespace AdrDesk.Components.Layout;

/// <summary>
/// One entry of the navigation: shown to those who satisfy <see cref="Policy"/> (null: everyone signed in), at
/// <see cref="Order"/> in the menu (ascending). <see cref="LabelKey"/> is a key of the shell's strings (<c>Nav.*</c>).
/// </summary>
public sealed record NavItem(string Href, string LabelKey, string Icon, string? Policy, int Order);

/// <summary>
/// The menu (and the start page's cards): the shell's start page and the entries the features contribute, in order.
/// The shell knows no feature: a feature adds its pages with <see cref="ShellExtensions.AddNavItem"/> in its own
/// Add…() when it lands; the nav tests check each role sees its own entries and not another role's.
/// </summary>
public sealed class NavItems(IEnumerable<NavItem> contributed)
{
    public static readonly NavItem Home = new("/", "Nav.Home", "home", null, 0);

    public IReadOnlyList<NavItem> All { get; } = [Home, .. contributed.OrderBy(i => i.Order)];
}
