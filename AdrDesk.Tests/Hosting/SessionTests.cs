using System.Net;
using System.Text.RegularExpressions;
using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Hosting;

/// <summary>
/// Issue 19 item 3: signing out ends the session on the server (security stamp), "sign out everywhere" ends every
/// session, and a changed password works at once. Over HTTP as a browser does it, on a host whose clock the test moves.
/// </summary>
[Trait("Issue", "19")]
public sealed partial class SessionTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "sessions-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private WebApplication _app = default!;
    private string _url = "";

    public async Task InitializeAsync()
    {
        var builder = AppHost.CreateBuilder(_folder);
        builder.Services.AddSingleton<TimeProvider>(_clock);
        _app = builder.Build();
        await _app.Services.InitializeDatabaseAsync(seedDemo: false);
        _app.UseAdrDesk();
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_folder);
    }

    private (HttpClient Client, CookieContainer Cookies) Browser()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(_url) };
        return (client, cookies);
    }

    private async Task<string> CreateUserAsync(string password)
    {
        var email = Guid.NewGuid().ToString("N")[..10] + "@test.adrdesk.nl";
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AdrDesk.Infrastructure.Identity.AppUser>>();
        var user = new AdrDesk.Infrastructure.Identity.AppUser { UserName = email, Email = email, DisplayName = "Sessie Test", EmailConfirmed = true, CreatedAt = _clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, AdrDesk.Security.Roles.Consumer)).Succeeded);
        return email;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex TokenField();

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html).Groups["t"].Value;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string tokenPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, tokenPage);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        PostAsync(client, "/account/login", "/account/login", new() { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<bool> SignedInAsync(HttpClient client) => (await client.GetAsync("/account/manage")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var email = await CreateUserAsync(AppHost.TestPassword);
        var (client, cookies) = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, email, AppHost.TestPassword)).StatusCode);
        Assert.True(await SignedInAsync(client));

        // Someone copies the sign-in cookie.
        var (thief, thiefCookies) = Browser();
        foreach (Cookie c in cookies.GetAllCookies()) thiefCookies.Add(c);
        Assert.True(await SignedInAsync(thief));

        await PostAsync(client, "/account/logout", "/account/manage", new() { ["returnUrl"] = "/" });
        Assert.False(await SignedInAsync(client));

        _clock.Advance(TimeSpan.FromMinutes(1.5)); // the stamp is checked at least once a minute
        Assert.False(await SignedInAsync(thief));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_and_a_changed_password_applies_at_once()
    {
        const string newPassword = "Nieuw-Wachtwoord-2026";
        var email = await CreateUserAsync(AppHost.TestPassword);
        var (laptop, _) = Browser();
        var (phone, _) = Browser();
        await SignInAsync(laptop, email, AppHost.TestPassword);
        await SignInAsync(phone, email, AppHost.TestPassword);

        // A wrong current password changes nothing and says why.
        var wrong = await PostAsync(laptop, "/account/manage", "/account/manage", new()
        {
            ["_handler"] = "change-password", ["Input.CurrentPassword"] = "Niet-het-goede-1", ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Contains("Het huidige wachtwoord klopt niet.", await wrong.Content.ReadAsStringAsync());

        var changed = await PostAsync(laptop, "/account/manage", "/account/manage", new()
        {
            ["_handler"] = "change-password", ["Input.CurrentPassword"] = AppHost.TestPassword, ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await SignedInAsync(laptop)); // this browser stays signed in
        var (other, _) = Browser();
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(other, email, AppHost.TestPassword)).StatusCode); // old password: the form again
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(other, email, newPassword)).StatusCode);

        await PostAsync(laptop, "/account/logout-everywhere", "/account/manage", new());
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.False(await SignedInAsync(laptop));
        Assert.False(await SignedInAsync(phone));
        Assert.False(await SignedInAsync(other));
    }
}
