using System.Net;
using AdrDesk.Components.Layout;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Workbench;

/// <summary>Issue 7: one desk queue. The former intake queue's address answers with a redirect to it, and the menu has one entry.</summary>
[Collection("app")]
public sealed class DeskQueueRouteTests(AppHost app)
{
    [Fact]
    public async Task The_old_intake_queue_address_redirects_to_the_desk_queue()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl + "/") };
        using var response = await client.GetAsync("desk/intake-queue");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/desk", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }

    [Fact]
    public void The_menu_has_one_desk_queue()
    {
        var menu = app.Services.GetRequiredService<NavItems>().All;
        Assert.Single(menu, i => i.Href.StartsWith("/desk", StringComparison.Ordinal) && i.Icon == "inbox");
        Assert.DoesNotContain(menu, i => i.Href == "/desk/intake-queue");
    }
}
