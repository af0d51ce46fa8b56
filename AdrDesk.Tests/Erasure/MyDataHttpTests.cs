using System.IO.Compression;
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

namespace AdrDesk.Tests.Erasure;

/// <summary>
/// Issue 19 item 7 over HTTP, as a browser does it: a person with no case downloads the ZIP of their data from /account/my-data
/// and deletes the account there with the password; every other session of the account ends at its next check.
/// </summary>
[Trait("Issue", "19")]
public sealed partial class MyDataHttpTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "mydata-" + Guid.NewGuid().ToString("N")[..8]);
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

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(_url) };

    private async Task<string> CreateUserAsync()
    {
        var email = Guid.NewGuid().ToString("N")[..10] + "@test.adrdesk.nl";
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AdrDesk.Infrastructure.Identity.AppUser>>();
        var user = new AdrDesk.Infrastructure.Identity.AppUser { UserName = email, Email = email, DisplayName = "Hanna Gegevens", EmailConfirmed = true, CreatedAt = _clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, AdrDesk.Security.Roles.Consumer)).Succeeded);
        return email;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex TokenField();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenField().Match(html).Groups["t"].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email) =>
        PostAsync(client, "/account/login", new() { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = AppHost.TestPassword });

    [Fact]
    public async Task A_person_downloads_their_data_and_deletes_the_account_with_the_password_and_is_signed_out_everywhere()
    {
        var email = await CreateUserAsync();
        var browser = Browser();
        var other = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(other, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser().GetAsync("/account/my-data/export")).StatusCode); // not signed in: to the login

        var download = await browser.GetAsync("/account/my-data/export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read))
        {
            using var reader = new StreamReader(zip.GetEntry("gegevens.json")!.Open());
            Assert.Contains(email, await reader.ReadToEndAsync());
        }

        var wrong = await PostAsync(browser, "/account/my-data", new() { ["_handler"] = "delete-account", ["Password"] = "Niet-het-wachtwoord-1" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode); // the form again, with the error at the field
        Assert.Contains("delete-error", await wrong.Content.ReadAsStringAsync());

        var deleted = await PostAsync(browser, "/account/my-data", new() { ["_handler"] = "delete-account", ["Password"] = AppHost.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/my-data/export")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(1.5)); // the other session's stamp is checked at least once a minute
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account/my-data/export")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(Browser(), email)).StatusCode); // the account is gone: the form again
    }
}
