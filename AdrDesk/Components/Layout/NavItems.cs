using AdrDesk.Security;

namespace AdrDesk.Components.Layout;

/// <summary>One entry of the navigation: shown to those who satisfy <see cref="Policy"/> (null: everyone signed in).</summary>
public sealed record NavItem(string Href, string LabelKey, string Icon, string? Policy);

/// <summary>
/// Every role's entry points, in one table. A feature adds its page here when it lands; the nav
/// test checks each role sees its own entries and not another role's.
/// </summary>
public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Nav.Home", "home", null),
        new("/my-cases", "Nav.MyCases", "folder_shared", Policies.Party),
        new("/register", "Nav.Register", "storefront", Policies.Desk),
        new("/desk/print-queue", "Nav.PrintQueue", "print", Policies.Desk),
        new("/webshops", "Nav.Webshops", "verified", null),
        new("/start/bindend-advies", "Nav.FileDispute", "gavel", Policies.Party),
        new("/desk/paper-intake", "Nav.PaperIntake", "edit_document", Policies.Desk),
        new("/desk", "Nav.Desk", "inbox", Policies.Desk),
        new("/workbench", "Nav.Workbench", "gavel", Policies.Assessor),
        new("/statistics", "Nav.Statistics", "bar_chart", Policies.Desk),
        new("/bemiddeling", "Nav.Bemiddeling", "forum", Policies.Desk),
        new("/mediations", "Nav.Mediations", "handshake", Policies.Mediator),
        new("/agenda", "Nav.Agenda", "calendar_month", Policies.Mediator),
        new("/admin/outbox", "Nav.Outbox", "outgoing_mail", Policies.Admin),
        new("/admin/users", "Nav.Users", "group", Policies.Admin),
    ];
}
