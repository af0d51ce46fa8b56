using System.Net;
using System.Text.RegularExpressions;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Http;

[Collection("app")]
public sealed partial class HttpTests(AppHost app)
{
    private HttpClient Client(bool redirects = false, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = redirects, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(app.BaseUrl + "/"),
        };

    [Fact]
    public async Task Home_page_is_served_in_Dutch_by_default()
    {
        using var client = Client();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Inloggen", html);
    }

    [Fact]
    public async Task Blazor_script_MudBlazor_content_and_theme_css_are_served()
    {
        using var client = Client();
        var html = await client.GetStringAsync("/");
        var theme = ThemeLink().Match(html);
        Assert.True(theme.Success, "the page links the theme stylesheet");

        var blazor = await client.GetAsync("/_framework/blazor.web.js");
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
        Assert.Contains("Blazor", await blazor.Content.ReadAsStringAsync());

        var css = await client.GetAsync(theme.Groups["href"].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("--adr-primary", await css.Content.ReadAsStringAsync());

        // Issue 16: MudBlazor's stylesheet and script, linked by the page and served from its package.
        var mudCss = MudBlazorLink().Match(html);
        Assert.True(mudCss.Success, "the page links MudBlazor's stylesheet");
        var mudCssResponse = await client.GetAsync(mudCss.Groups["href"].Value);
        Assert.Equal(HttpStatusCode.OK, mudCssResponse.StatusCode);
        Assert.Contains(".mud-button-root", await mudCssResponse.Content.ReadAsStringAsync());
        var mudJs = MudBlazorScript().Match(html);
        Assert.True(mudJs.Success, "the page loads MudBlazor's script");
        var mudJsResponse = await client.GetAsync(mudJs.Groups["src"].Value);
        Assert.Equal(HttpStatusCode.OK, mudJsResponse.StatusCode);
        Assert.Contains("mudPopover", await mudJsResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Culture_switch_sets_the_cookie_and_the_page_is_then_English()
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies: cookies);

        var response = await client.GetAsync("/culture/en?returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(cookies.GetCookies(new Uri(app.BaseUrl)), c => c.Name == ".AspNetCore.Culture" && c.Value.Contains("en"));
        var html = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", html);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Culture_switch_does_not_redirect_off_site(string returnUrl)
    {
        using var client = Client();

        var response = await client.GetAsync($"/culture/de?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(new Uri(app.BaseUrl), response.Headers.Location!);
        Assert.Equal(new Uri(app.BaseUrl).Authority, target.Authority);
    }

    [Fact]
    public async Task Unknown_culture_is_not_found()
    {
        using var client = Client();
        var response = await client.GetAsync("/culture/fr?returnUrl=/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_path_gives_the_404_page_with_status_404()
    {
        using var client = Client();

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pagina niet gevonden", html);
        Assert.Contains("Naar de startpagina", html);
    }

    [Theory]
    [InlineData("/admin/outbox")]
    [InlineData("/admin/users")]
    public async Task Anonymous_request_for_an_admin_page_never_gets_the_content(string path)
    {
        using var client = Client();

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("mud-table", html);
        Assert.DoesNotContain("<table", html);
        Assert.DoesNotContain("admin@demo.adrdesk.nl", html);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            Assert.StartsWith("/account/login", new Uri(new Uri(app.BaseUrl), response.Headers.Location!).AbsolutePath);
        }
        else
        {
            // Statically rendered: the page redirects to the login (NavigateTo in SSR answers 302)
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                $"expected a redirect to the login or 401/403, got {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]*assets/css/theme[^\"]*\\.css)\"")]
    private static partial Regex ThemeLink();

    [GeneratedRegex("<link[^>]*href=\"(?<href>[^\"]*_content/MudBlazor/MudBlazor[^\"]*\\.css)\"")]
    private static partial Regex MudBlazorLink();

    [GeneratedRegex("<script[^>]*src=\"(?<src>[^\"]*_content/MudBlazor/MudBlazor[^\"]*\\.js)\"")]
    private static partial Regex MudBlazorScript();
}
