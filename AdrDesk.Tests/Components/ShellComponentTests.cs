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
}
