using AdrDesk.Components.Layout;
using AdrDesk.Security;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>The shell on MudBlazor (issue 16 item 3), rendered with bUnit: the menu button, the drawer and the links per role.</summary>
public sealed class ShellComponentTests
{
    private static RenderFragment Page => b => b.AddMarkupContent(0, "<h1>Pagina</h1>");

    [Fact]
    public async Task The_menu_button_toggles_the_drawer_and_says_so()
    {
        await using var ctx = ComponentHost.Create(configure: c => { c.SignIn("Lotte Visser", Roles.CaseManager); c.AddMenu(); });

        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Page));
        var button = () => layout.Find("button[aria-label=Menu]");
        var drawer = () => layout.Find("#adr-drawer");
        Assert.Equal("adr-drawer", button().GetAttribute("aria-controls"));
        // Without a browser MudBlazor's viewport listener reports the smallest width, so the drawer may start closed.
        var open = button().GetAttribute("aria-expanded") == "true";
        Assert.Contains(open ? "mud-drawer--open" : "mud-drawer--closed", drawer().ClassName);

        await button().ClickAsync(new());
        Assert.Equal(open ? "false" : "true", button().GetAttribute("aria-expanded"));
        Assert.Contains(open ? "mud-drawer--closed" : "mud-drawer--open", drawer().ClassName);

        await button().ClickAsync(new());
        Assert.Equal(open ? "true" : "false", button().GetAttribute("aria-expanded"));
        Assert.Contains(open ? "mud-drawer--open" : "mud-drawer--closed", drawer().ClassName);
        // The page itself is in the main landmark, the skip link points at it.
        Assert.Equal("Pagina", layout.Find("main#main h1").TextContent);
        Assert.Equal("#main", layout.Find("a.adr-skip").GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Consumer, "Start|Mijn zaken")]
    [InlineData(Roles.Business, "Start|Mijn zaken")]
    [InlineData(Roles.CaseManager, "Start|Register|Printwachtrij|Balie: wachtrij")]
    [InlineData(Roles.Assessor, "Start|Werkbank")]
    [InlineData(Roles.Admin, "Start|Register|Printwachtrij|Balie: wachtrij|Gebruikers")]
    public async Task Each_role_sees_its_own_menu_links_in_order(string role, string expected)
    {
        await using var ctx = ComponentHost.Create(configure: c => { c.SignIn("Iemand", role); c.AddMenu(); });

        var menu = ctx.Render<NavMenu>();
        var links = menu.FindAll("nav[aria-label=Hoofdnavigatie] a");
        Assert.Equal(expected, string.Join("|", links.Select(a => a.TextContent.Trim())));
        Assert.All(links, a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("href"))));
    }

    [Fact]
    public async Task The_most_specific_link_is_the_current_page()
    {
        await using var ctx = ComponentHost.Create(configure: c => { c.SignIn("Lotte Visser", Roles.CaseManager); c.AddMenu(); });
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/desk/print-queue");

        var menu = ctx.Render<NavMenu>();
        var current = menu.FindAll("[aria-current=page]");
        Assert.Equal("Printwachtrij", Assert.Single(current).TextContent.Trim());

        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/register/some-shop");
        menu.WaitForAssertion(() => Assert.Equal("Register", Assert.Single(menu.FindAll("[aria-current=page]")).TextContent.Trim()));
    }

    [Fact]
    public async Task Mudblazors_active_class_marks_only_the_entry_whose_own_address_is_open()
    {
        // As MudNavLink's NavLink (NavLinkMatch.All) did: the current entry of a sub-page is marked, but not "active".
        await using var ctx = ComponentHost.Create(configure: c => { c.SignIn("Lotte Visser", Roles.CaseManager); c.AddMenu(); });
        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/desk/print-queue");

        var menu = ctx.Render<NavMenu>();
        Assert.Equal("Printwachtrij", Assert.Single(menu.FindAll("a.mud-nav-link.active")).TextContent.Trim());
        Assert.Contains("adr-nav-current", menu.Find("a[aria-current=page]").ParentElement!.ClassName);

        navigation.NavigateTo("/register/some-shop");
        menu.WaitForAssertion(() => Assert.Equal("Register", menu.Find("a[aria-current=page]").TextContent.Trim()));
        Assert.Empty(menu.FindAll("a.mud-nav-link.active"));
        // Each entry keeps its icon, hidden from screen readers (the link's text names it).
        Assert.All(menu.FindAll("a.mud-nav-link"), a => Assert.Equal("true", a.QuerySelector("svg.mud-nav-link-icon")?.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task A_menu_links_click_closes_the_open_drawer_below_its_breakpoint()
    {
        // What MudNavLink did through MudDrawer.OnNavigation; without a browser the drawer counts as below its breakpoint.
        await using var ctx = ComponentHost.Create(configure: c => { c.SignIn("Lotte Visser", Roles.CaseManager); c.AddMenu(); });
        var layout = ctx.Render<MainLayout>(p => p.Add(l => l.Body, Page));
        var button = () => layout.Find("button[aria-label=Menu]");
        if (button().GetAttribute("aria-expanded") != "true") await button().ClickAsync(new());
        Assert.Contains("mud-drawer--open", layout.Find("#adr-drawer").ClassName);

        await layout.Find("nav[aria-label=Hoofdnavigatie] a[href='/register']").ClickAsync(new());

        layout.WaitForAssertion(() => Assert.Equal("false", button().GetAttribute("aria-expanded")));
        Assert.Contains("mud-drawer--closed", layout.Find("#adr-drawer").ClassName);
    }
}
