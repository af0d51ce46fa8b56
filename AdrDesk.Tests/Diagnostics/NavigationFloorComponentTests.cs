using AdrDesk.Features.Diagnostics;
using AdrDesk.Tests.Components;
using Bunit;
using Microsoft.AspNetCore.Authorization;

namespace AdrDesk.Tests.Diagnostics;

/// <summary>
/// Issue 21: the lab's navigation floor (`/diagnostics/navigation/a` ⇄ `/b`) is two pages that link to each other and say
/// which one is shown, which is what the load runner's navigation script clicks and waits for; and it is for signed-in
/// users only, as the party pages whose page changes it stands for.
/// </summary>
[Trait("Issue", "21")]
public sealed class NavigationFloorComponentTests
{
    [Theory]
    [InlineData("a", "b")]
    [InlineData("b", "a")]
    public async Task Each_side_shows_itself_and_links_to_the_other(string side, string other)
    {
        await using var ctx = ComponentHost.Create();
        var page = ctx.Render<NavigationFloor>(p => p.Add(n => n.Side, side));

        Assert.Equal(side, page.Find("[data-testid=navigation-side]").TextContent);
        var link = page.Find("a[data-testid=navigation-next]");
        Assert.Equal($"diagnostics/navigation/{other}", link.GetAttribute("href"));
        Assert.Equal(other, link.TextContent);
    }

    [Fact]
    public void Only_signed_in_users_open_it()
    {
        Assert.NotNull(Attribute.GetCustomAttribute(typeof(NavigationFloor), typeof(AuthorizeAttribute)));
        Assert.Null(Attribute.GetCustomAttribute(typeof(NavigationFloor), typeof(AllowAnonymousAttribute)));
    }
}
