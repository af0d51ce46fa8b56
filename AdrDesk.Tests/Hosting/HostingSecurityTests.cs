using System.Net;
using System.Security.Cryptography;
using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Hosting;

/// <summary>Issue 19 item 4: hosting behind a TLS proxy, response headers, the key ring at rest, the first admin.</summary>
[Trait("Issue", "19")]
public sealed class HostingSecurityTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "hosting-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<WebApplication> _apps = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_folder);
    }

    private async Task<(WebApplication App, string BaseUrl)> StartAsync(string environment, Dictionary<string, string?>? settings = null)
    {
        var builder = AppHost.CreateBuilder(_folder, settings, environment);
        var app = builder.Build();
        _apps.Add(app);
        await app.Services.InitializeDatabaseAsync(seedDemo: false);
        app.UseAdrDesk();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, address.TrimEnd('/'));
    }

    private static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl + "/") };

    [Fact]
    public async Task Every_response_carries_the_content_security_policy_nosniff_referrer_and_permissions_policy()
    {
        var (_, url) = await StartAsync("Testing");
        using var client = Client(url);
        var html = await client.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(?<src>[^\"]*adrdesk[^\"]*\\.js)\"").Groups["src"].Value;
        Assert.NotEmpty(script);

        foreach (var path in new[] { "/", "/account/login", script, "/_framework/blazor.web.js", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            var headers = response.Headers;
            Assert.True(headers.TryGetValues("Content-Security-Policy", out var csp), $"{path}: no CSP");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp!.Single());
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", headers.GetValues("Permissions-Policy").Single());
            Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
        }
        // No inline script is left for the policy to block: every <script> has a src.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Production_redirects_plain_http_sends_hsts_and_secure_cookies_behind_the_tls_proxy()
    {
        var (app, url) = await StartAsync("Production");
        using var client = Client(url);

        var plain = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location!.Scheme);

        // As nginx passes it on: the client spoke HTTPS to the proxy.
        var request = new HttpRequestMessage(HttpMethod.Get, "/culture/en?returnUrl=/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "geschillen.example.nl"); // HSTS is never sent to localhost
        var proxied = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, proxied.StatusCode);
        Assert.Contains("max-age=31536000", proxied.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = proxied.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        // The sign-in cookie and the form tokens' cookie too, whatever the request's scheme.
        var auth = app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, auth.Cookie.SecurePolicy);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always,
            app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task Only_configured_proxies_are_believed()
    {
        var (app, _) = await StartAsync("Testing", new() { ["Hosting:KnownProxies:0"] = "10.20.30.40", ["Hosting:KnownNetworks:0"] = "192.168.10.0/24" });
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        Assert.Contains(IPAddress.Parse("10.20.30.40"), options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.ToString() == "192.168.10.0/24");
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, options.ForwardedHeaders);
    }

    [Fact]
    public async Task The_key_ring_is_in_the_database_encrypted_and_opens_only_with_the_certificate()
    {
        var (first, _) = await StartAsync("Testing");
        var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("vertrouwelijk");

        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            var keys = await db.DataProtectionKeys.ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k =>
            {
                Assert.Contains("EncryptedData", k.Xml);
                Assert.DoesNotContain("<value>", k.Xml); // an unprotected key shows its secret as <masterKey><value>
            });
        }

        // Another server on the same database and certificate (as after a restart, or the second of two) reads it.
        var (second, _) = await StartAsync("Testing");
        Assert.Equal("vertrouwelijk", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));

        // With another certificate the same database opens nothing.
        var stranger = AppHost.CreateBuilder(_folder, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = MakeCertificate(Path.Combine(_folder, "other")),
        }, "Testing").Build();
        _apps.Add(stranger);
        Assert.ThrowsAny<CryptographicException>(() => stranger.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    private static string MakeCertificate(string folder)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(folder, "x.db"),
        }).Build();
        using var _ = DataProtectionKeyCertificate.Load(config, new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Testing" });
        return Path.Combine(folder, "keys", "dataprotection.pfx");
    }

    [Fact]
    public async Task The_first_admin_is_made_on_the_console_with_a_single_use_set_password_link_and_no_password()
    {
        var (app, _) = await StartAsync("Production");
        var outcome = await FirstAdmin.CreateAsync(app.Services, "beheer@desk.example", "Eerste Beheerder");
        Assert.True(outcome.Created, outcome.Message);
        Assert.Contains("/account/reset-password?email=beheer%40desk.example&code=", outcome.Link);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("beheer@desk.example");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.False(await users.HasPasswordAsync(admin));

        var code = QueryHelpers.ParseQuery(new Uri(outcome.Link!).Query)["code"].ToString();
        var token = System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        Assert.True((await users.ResetPasswordAsync(admin, token, "Een-lang-wachtwoord-2026")).Succeeded);
        Assert.False((await users.ResetPasswordAsync(admin, token, "Nog-een-wachtwoord-2026")).Succeeded); // single use

        var again = await FirstAdmin.CreateAsync(app.Services, "beheer@desk.example", null);
        Assert.False(again.Created);
        Assert.Null(again.Link);
    }
}

/// <summary>The content security policy blocks nothing AdrDesk needs: pages become interactive and the console stays clean.</summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Issue", "19")]
public sealed class ContentSecurityPolicyBrowserTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public Task Pages_run_under_the_policy_without_a_violation() =>
        browser.RunAsync(app, async page =>
        {
            var violations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Type == "error") violations.Add(message.Text);
            };
            page.PageError += (_, error) => violations.Add(error);
            foreach (var path in new[] { "", "intake/bindend-advies" })
            {
                await page.GotoAsync(path);
                try { await BrowserFixture.WaitForInteractiveAsync(page); }
                catch (TimeoutException) { Assert.Fail($"/{path} never became interactive:\n" + string.Join("\n", violations)); }
            }
            await BrowserFixture.SignInAsync(page, "balie@demo.adrdesk.nl", DemoAccounts.Password);
            foreach (var path in new[] { "desk", "workbench" })
            {
                await page.GotoAsync(path);
                await BrowserFixture.WaitForInteractiveAsync(page);
            }
            Assert.Empty(violations);
        });
}
