using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using AdrDesk.AppSetup;
using AdrDesk.Components.Account.TwoFactor;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Hosting;

/// <summary>
/// Issue 19 item 3: staff sign in with a second factor (authenticator app, TOTP, or a recovery code). Over HTTP as a browser
/// does it, from an empty database, with accounts nobody linked to anything; codes computed from the key as an app does.
/// </summary>
[Trait("Issue", "19")]
public sealed partial class SecondFactorTests : IAsyncLifetime
{
    private const string WrongCode = "De verificatiecode is onjuist of verlopen.";
    private const string WrongPassword = "E-mailadres of wachtwoord is onjuist.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "tfa-" + Guid.NewGuid().ToString("N")[..8]);
    // Starts at the real time (the codes are computed from it); a test moves it to let the stamp check run.
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
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

    /// <summary>A new account; with <paramref name="key"/> its authenticator is on with that key.</summary>
    private async Task<(string Email, AppUser User)> AccountAsync(string role, string? key = null)
    {
        var email = Guid.NewGuid().ToString("N")[..10] + "@test.adrdesk.nl";
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Twee Staps", EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (key is not null) await DemoAccounts.GiveAuthenticatorKeyAsync(users, user, key);
        return (email, user);
    }

    private async Task<IReadOnlyList<string>> RecoveryCodesAsync(AppUser account)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(account.Id.ToString());
        return [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 10))!];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("data-testid=\"authenticator-key\">(?<k>[A-Z2-7 ]+)<")]
    private static partial Regex KeyShown();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenField().Match(html).Groups["t"].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password = AppHost.TestPassword) =>
        PostFormAsync(client, "/account/login", new() { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password });

    private static Task<HttpResponseMessage> CodeAsync(HttpClient client, string path, string code) =>
        PostFormAsync(client, path, new() { ["_handler"] = "two-factor-code", ["Code"] = code });

    /// <summary>Where a redirect goes, as a path and query of this site.</summary>
    private static string Location(HttpResponseMessage response) => response.Headers.Location switch
    {
        null => "",
        { IsAbsoluteUri: true } uri => uri.PathAndQuery,
        var uri => "/" + uri.OriginalString.TrimStart('~', '/'),
    };

    private static async Task<HttpStatusCode> OpenAsync(HttpClient client, string path) => (await client.GetAsync(path)).StatusCode;

    [Fact]
    public async Task Staff_without_a_second_factor_sign_in_but_reach_no_staff_page_or_service_until_they_set_it_up()
    {
        var (email, user) = await AccountAsync(Roles.Admin);
        var client = Browser();

        var signIn = await PasswordAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/two-factor", Location(signIn));

        // Every staff page sends the account to the set-up page instead of showing anything.
        foreach (var page in new[] { "/admin/users", "/desk", "/workbench" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("account/two-factor", Location(response));
        }

        // The services see no staff role either: the principal the cookie gives a request is the one they get.
        var principal = await RequestPrincipalAsync(user, withProof: false);
        Assert.False(principal.IsInRole(Roles.Admin));
        Assert.True(SecondFactor.IsPending(principal));
        Assert.Null(principal.ToActor());
        var proved = await RequestPrincipalAsync(user, withProof: true);
        Assert.True(proved.IsInRole(Roles.Admin));
        Assert.Equal(AdrDesk.Domain.Common.Role.Admin, proved.ToActor()!.Role);

        // Set up: the page shows the key (and a QR code made here); a code from it switches the factor on.
        var setup = await client.GetStringAsync("/account/two-factor");
        Assert.Contains("src=\"data:image/svg", setup); // "+" is written as an HTML entity
        Assert.Contains("otpauth://totp/", setup);
        var key = KeyShown().Match(setup).Groups["k"].Value.Replace(" ", "");
        Assert.Equal(32, key.Length);
        var enabled = await PostFormAsync(client, "/account/two-factor", new() { ["_handler"] = "two-factor-setup", ["Code"] = Totp.Code(key) });
        var done = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"recovery-codes\"", done);
        Assert.Equal(10, Regex.Matches(done, "<li><code>").Count);

        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/admin/users"));
    }

    /// <summary>The principal a request of this account carries after the app's own claims transformation.</summary>
    private async Task<ClaimsPrincipal> RequestPrincipalAsync(AppUser account, bool withProof)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var principal = await factory.CreateAsync((await users.FindByIdAsync(account.Id.ToString()))!);
        if (withProof)
        {
            // What a sign-in that passed the code writes, on an account with the factor on.
            ((ClaimsIdentity)principal.Identity!).AddClaim(SecondFactor.MfaClaim());
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SecondFactor.EnabledClaim, "true"));
        }
        return await scope.ServiceProvider.GetRequiredService<IClaimsTransformation>().TransformAsync(principal);
    }

    [Fact]
    public async Task A_code_from_the_app_completes_the_sign_in_and_a_wrong_one_gets_the_same_answer_as_no_sign_in_at_all()
    {
        var (email, _) = await AccountAsync(Roles.Assessor, DemoAccounts.AuthenticatorKey);
        var client = Browser();

        var signIn = await PasswordAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var codePage = Location(signIn);
        Assert.StartsWith("/account/login-2fa", codePage);
        Assert.NotEqual(HttpStatusCode.OK, await OpenAsync(client, "/workbench")); // not signed in yet

        var wrong = await CodeAsync(client, codePage, Totp.Code(DemoAccounts.AuthenticatorKey, DateTimeOffset.UtcNow.AddHours(1)));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(WrongCode, await wrong.Content.ReadAsStringAsync());

        // The same page posted without a password step behind it: the same words.
        var stranger = await CodeAsync(Browser(), "/account/login-2fa", "123456");
        Assert.Contains(WrongCode, await stranger.Content.ReadAsStringAsync());

        var right = await CodeAsync(client, codePage, Totp.Code(DemoAccounts.AuthenticatorKey));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/workbench"));

        // The security stamp is checked every minute and the cookie rebuilt from the account: the proof stays on it.
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/workbench"));
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/workbench"));
    }

    [Fact]
    public async Task Opening_the_set_up_page_makes_a_key_but_does_not_sign_the_person_out_a_minute_later()
    {
        // Found by the all-pages sweep: a consumer who opened /account/two-factor (the first key made there) was sent to
        // the sign-in page by every page after the next stamp check, the set-up page's own form included.
        var (email, account) = await AccountAsync(Roles.Consumer);
        string? stampBefore;
        await using (var scope = _app.Services.CreateAsyncScope())
            stampBefore = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(account.Id.ToString()))!.SecurityStamp;
        var client = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, email)).StatusCode);

        var setUp = await client.GetAsync("/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        string? key, stampAfter;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(account.Id.ToString()))!;
            key = await users.GetAuthenticatorKeyAsync(user);
            stampAfter = user.SecurityStamp;
            Assert.False(user.TwoFactorEnabled);
        }
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Contains(TwoFactorAccount.Grouped(key!), await setUp.Content.ReadAsStringAsync());
        Assert.Equal(stampBefore, stampAfter);

        _clock.Advance(TimeSpan.FromMinutes(1.5)); // past the stamp check
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/account/two-factor"));
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/my-cases"));
        // The page shows the same key again: it is made once.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal(key, await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(account.Id.ToString()))!));
        }
    }

    [Fact]
    public async Task With_the_apps_clock_weeks_ahead_a_code_of_now_still_completes_the_sign_in()
    {
        // A journey moves the app's clock 5 weeks (D9 lapse) and signs in again: which clock the code is checked on.
        var (email, _) = await AccountAsync(Roles.CaseManager, DemoAccounts.AuthenticatorKey);
        _clock.Advance(TimeSpan.FromDays(36));
        var client = Browser();
        var signIn = await PasswordAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var codePage = Location(signIn);
        Assert.StartsWith("/account/login-2fa", codePage);
        var right = await CodeAsync(client, codePage, Totp.Code(DemoAccounts.AuthenticatorKey));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(client, "/desk"));
    }

    [Fact]
    public async Task The_password_step_answers_an_unknown_address_and_a_wrong_password_of_a_second_factor_account_alike()
    {
        var (email, _) = await AccountAsync(Roles.Admin, DemoAccounts.AuthenticatorKey);
        var known = await PasswordAsync(Browser(), email, "Niet-het-wachtwoord-1");
        var unknown = await PasswordAsync(Browser(), "niemand-" + email, "Niet-het-wachtwoord-1");
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Contains(WrongPassword, await known.Content.ReadAsStringAsync());
        Assert.Contains(WrongPassword, await unknown.Content.ReadAsStringAsync());
        Assert.DoesNotContain("two-factor", await known.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (email, user) = await AccountAsync(Roles.CaseManager, DemoAccounts.AuthenticatorKey);
        var recovery = (await RecoveryCodesAsync(user))[0];

        var first = Browser();
        var codePage = Location(await PasswordAsync(first, email));
        var used = await CodeAsync(first, codePage, recovery);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(first, "/desk"));

        var second = Browser();
        codePage = Location(await PasswordAsync(second, email));
        var again = await CodeAsync(second, codePage, recovery);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(WrongCode, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_key_makes_the_old_codes_invalid_and_staff_set_the_app_up_again()
    {
        var (email, _) = await AccountAsync(Roles.Mediator, DemoAccounts.AuthenticatorKey);
        var client = Browser();
        var codePage = Location(await PasswordAsync(client, email));
        Assert.Equal(HttpStatusCode.Redirect, (await CodeAsync(client, codePage, Totp.Code(DemoAccounts.AuthenticatorKey))).StatusCode);

        var reset = await PostFormAsync(client, "/account/manage", new() { ["_handler"] = "two-factor-reset" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("account/two-factor", Location(reset));
        // Until the new key is set up, the mediator's pages are closed.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/workbench")).StatusCode);

        var setup = await client.GetStringAsync("/account/two-factor");
        var key = KeyShown().Match(setup).Groups["k"].Value.Replace(" ", "");
        Assert.NotEqual(DemoAccounts.AuthenticatorKey, key);
        var old = await PostFormAsync(client, "/account/two-factor", new() { ["_handler"] = "two-factor-setup", ["Code"] = Totp.Code(DemoAccounts.AuthenticatorKey) });
        Assert.Contains(WrongCode, await old.Content.ReadAsStringAsync());
        var fresh = await PostFormAsync(client, "/account/two-factor", new() { ["_handler"] = "two-factor-setup", ["Code"] = Totp.Code(key) });
        Assert.Contains("data-testid=\"recovery-codes\"", await fresh.Content.ReadAsStringAsync());

        // Another sign-in: the old key's code is refused, the new key's accepted.
        var later = Browser();
        codePage = Location(await PasswordAsync(later, email));
        Assert.Contains(WrongCode, await (await CodeAsync(later, codePage, Totp.Code(DemoAccounts.AuthenticatorKey))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await CodeAsync(later, codePage, Totp.Code(key))).StatusCode);
    }

    [Fact]
    public async Task A_consumer_may_switch_the_second_factor_on_and_off_and_staff_may_not_switch_it_off()
    {
        var (consumer, _) = await AccountAsync(Roles.Consumer);
        var client = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, consumer)).StatusCode);
        Assert.Contains("Staat uit", await client.GetStringAsync("/account/manage"));
        var key = KeyShown().Match(await client.GetStringAsync("/account/two-factor")).Groups["k"].Value.Replace(" ", "");
        await PostFormAsync(client, "/account/two-factor", new() { ["_handler"] = "two-factor-setup", ["Code"] = Totp.Code(key) });
        Assert.Contains("Staat aan", await client.GetStringAsync("/account/manage"));
        var off = await PostFormAsync(client, "/account/manage", new() { ["_handler"] = "two-factor-disable" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Staat uit", await client.GetStringAsync("/account/manage"));

        var (staff, _) = await AccountAsync(Roles.Admin, DemoAccounts.AuthenticatorKey);
        var admin = Browser();
        var codePage = Location(await PasswordAsync(admin, staff));
        await CodeAsync(admin, codePage, Totp.Code(DemoAccounts.AuthenticatorKey));
        var manage = await admin.GetStringAsync("/account/manage");
        Assert.DoesNotContain("two-factor-disable", manage);
        await PostFormAsync(admin, "/account/manage", new() { ["_handler"] = "two-factor-disable" });
        Assert.Contains("Staat aan", await admin.GetStringAsync("/account/manage"));
    }
}
