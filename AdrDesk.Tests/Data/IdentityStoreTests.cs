using System.Security.Claims;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Data;

/// <summary>Identity's EF Core user and role stores on AdrDbContext, through UserManager/RoleManager, over real SQLite.</summary>
public sealed class IdentityStoreTests : IAsyncLifetime
{
    private ServiceHost _host = default!;
    private AsyncServiceScope _scope;
    private UserManager<AppUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    private RoleManager<AppRole> RoleManager => _scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();

    public async Task InitializeAsync()
    {
        _host = await ServiceHost.StartAsync();
        _scope = _host.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.DisposeAsync();
    }

    private async Task<AppUser> NewUserAsync(string email = "jan@example.nl")
    {
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Jan Jansen", CreatedAt = DateTimeOffset.UtcNow };
        Succeeded(await Users.CreateAsync(user, "Geheim-wachtwoord-1"));
        return user;
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));

    [Fact]
    public async Task Created_user_is_found_by_id_name_and_email_with_its_fields()
    {
        var user = await NewUserAsync("Jan.Jansen@Example.nl");

        var byId = await Users.FindByIdAsync(user.Id.ToString());
        var byName = await Users.FindByNameAsync("jan.jansen@example.nl");
        var byEmail = await Users.FindByEmailAsync("JAN.JANSEN@EXAMPLE.NL");

        Assert.Equal(user.Id, byId?.Id);
        Assert.Equal(user.Id, byName?.Id);
        Assert.Equal(user.Id, byEmail?.Id);
        Assert.Equal("Jan Jansen", byEmail!.DisplayName);
        Assert.True(await Users.CheckPasswordAsync(byEmail, "Geheim-wachtwoord-1"));
        Assert.False(await Users.CheckPasswordAsync(byEmail, "fout"));
        Assert.Null(await Users.FindByIdAsync(Guid.NewGuid().ToString()));
        Assert.Null(await Users.FindByEmailAsync("niemand@example.nl"));
    }

    [Fact]
    public async Task Second_account_with_the_same_email_is_refused()
    {
        await NewUserAsync();
        var twin = new AppUser { UserName = "andere-naam", Email = "JAN@example.nl", DisplayName = "Tweeling" };

        var result = await Users.CreateAsync(twin, "Geheim-wachtwoord-1");

        Assert.Contains(result.Errors, e => e.Code == "DuplicateEmail");
    }

    [Fact]
    public async Task Roles_are_added_read_and_removed()
    {
        var user = await NewUserAsync();

        Succeeded(await Users.AddToRoleAsync(user, Roles.Assessor));
        Succeeded(await Users.AddToRoleAsync(user, Roles.Mediator));

        Assert.Equal([Roles.Assessor, Roles.Mediator], (await Users.GetRolesAsync(user)).Order());
        Assert.True(await Users.IsInRoleAsync(user, Roles.Assessor));
        Assert.False(await Users.IsInRoleAsync(user, Roles.Admin));
        Assert.Contains(await Users.GetUsersInRoleAsync(Roles.Mediator), u => u.Id == user.Id);
        Assert.False((await Users.AddToRoleAsync(user, Roles.Assessor)).Succeeded); // already in it

        Succeeded(await Users.RemoveFromRoleAsync(user, Roles.Assessor));

        Assert.Equal([Roles.Mediator], await Users.GetRolesAsync(user));
        Assert.DoesNotContain(await Users.GetUsersInRoleAsync(Roles.Assessor), u => u.Id == user.Id);
    }

    [Fact]
    public async Task Claims_are_added_replaced_found_and_removed()
    {
        var user = await NewUserAsync();
        var org = new Claim("org", "42");

        Succeeded(await Users.AddClaimsAsync(user, [org, new Claim("team", "noord")]));
        Assert.Equal(["org=42", "team=noord"], (await Users.GetClaimsAsync(user)).Select(c => $"{c.Type}={c.Value}").Order());
        Assert.Single(await Users.GetUsersForClaimAsync(org));

        Succeeded(await Users.ReplaceClaimAsync(user, org, new Claim("org", "43")));
        Assert.Empty(await Users.GetUsersForClaimAsync(org));
        Assert.Contains(await Users.GetClaimsAsync(user), c => c is { Type: "org", Value: "43" });

        Succeeded(await Users.RemoveClaimAsync(user, new Claim("team", "noord")));
        Assert.Equal(["org=43"], (await Users.GetClaimsAsync(user)).Select(c => $"{c.Type}={c.Value}"));
    }

    [Fact]
    public async Task Tokens_are_set_overwritten_read_and_removed()
    {
        var user = await NewUserAsync();

        Succeeded(await Users.SetAuthenticationTokenAsync(user, "AdrDesk", "api", "een"));
        Succeeded(await Users.SetAuthenticationTokenAsync(user, "AdrDesk", "api", "twee"));
        Assert.Equal("twee", await Users.GetAuthenticationTokenAsync(user, "AdrDesk", "api"));

        Succeeded(await Users.RemoveAuthenticationTokenAsync(user, "AdrDesk", "api"));
        Assert.Null(await Users.GetAuthenticationTokenAsync(user, "AdrDesk", "api"));
    }

    [Fact]
    public async Task Password_reset_token_round_trips_and_a_tampered_one_is_refused()
    {
        var user = await NewUserAsync();
        var token = await Users.GeneratePasswordResetTokenAsync(user);

        var tampered = await Users.ResetPasswordAsync(user, token[..^4] + "AAAA", "Nieuw-wachtwoord-2");
        Assert.Contains(tampered.Errors, e => e.Code == "InvalidToken");

        Succeeded(await Users.ResetPasswordAsync(user, token, "Nieuw-wachtwoord-2"));
        var again = await Users.FindByIdAsync(user.Id.ToString());
        Assert.True(await Users.CheckPasswordAsync(again!, "Nieuw-wachtwoord-2"));
        // Used once: the security stamp changed, so the same link no longer works.
        Assert.Contains((await Users.ResetPasswordAsync(again!, token, "Nog-een-wachtwoord-3")).Errors, e => e.Code == "InvalidToken");
    }

    [Fact]
    public async Task Update_with_a_stale_concurrency_stamp_fails_with_ConcurrencyFailure()
    {
        var user = await NewUserAsync();
        // Two requests (two scopes, two contexts) read the same account; the second writes last.
        await using var other = _host.Services.CreateAsyncScope();
        var otherUsers = other.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var first = (await Users.FindByIdAsync(user.Id.ToString()))!;
        var second = (await otherUsers.FindByIdAsync(user.Id.ToString()))!;

        first.DisplayName = "Eerste";
        Succeeded(await Users.UpdateAsync(first));
        second.DisplayName = "Tweede";
        var stale = await otherUsers.UpdateAsync(second);

        Assert.Contains(stale.Errors, e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));
        await using var fresh = _host.Services.CreateAsyncScope();
        Assert.Equal("Eerste", (await fresh.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id.ToString()))!.DisplayName);
        Assert.False((await otherUsers.DeleteAsync(second)).Succeeded, "a delete with a stale stamp fails too");
    }

    [Fact]
    public async Task Delete_removes_the_user_and_its_roles_claims_and_tokens()
    {
        var user = await NewUserAsync();
        Succeeded(await Users.AddToRoleAsync(user, Roles.Consumer));
        Succeeded(await Users.AddClaimAsync(user, new Claim("x", "y")));
        Succeeded(await Users.SetAuthenticationTokenAsync(user, "p", "n", "v"));

        Succeeded(await Users.DeleteAsync(user));

        Assert.Null(await Users.FindByIdAsync(user.Id.ToString()));
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == user.Id));
        Assert.False(await db.UserClaims.AnyAsync(c => c.UserId == user.Id));
        Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == user.Id));
    }

    [Fact]
    public async Task Lockout_after_five_failures_is_stored()
    {
        var user = await NewUserAsync();
        for (var i = 0; i < 5; i++)
        {
            Succeeded(await Users.AccessFailedAsync((await Users.FindByIdAsync(user.Id.ToString()))!));
        }
        Assert.True(await Users.IsLockedOutAsync((await Users.FindByIdAsync(user.Id.ToString()))!));
    }

    [Fact]
    public async Task Role_store_creates_finds_updates_with_concurrency_check_and_deletes()
    {
        Assert.True(await RoleManager.RoleExistsAsync(Roles.Admin), "start-up creates every role");
        Succeeded(await RoleManager.CreateAsync(new AppRole("Tijdelijk")));
        var first = (await RoleManager.FindByNameAsync("tijdelijk"))!;
        await using var other = _host.Services.CreateAsyncScope();
        var otherRoles = other.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var second = (await otherRoles.FindByIdAsync(first.Id.ToString()))!;
        Succeeded(await RoleManager.AddClaimAsync(first, new Claim("perm", "lezen")));
        Assert.Equal(["lezen"], (await RoleManager.GetClaimsAsync(first)).Select(c => c.Value));

        first = (await RoleManager.FindByIdAsync(first.Id.ToString()))!;
        first.Name = "Tijdelijk2";
        Succeeded(await RoleManager.UpdateAsync(first));
        second.Name = "Tijdelijk3";
        Assert.Contains((await otherRoles.UpdateAsync(second)).Errors, e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));

        Succeeded(await RoleManager.DeleteAsync(first));
        Assert.Null(await RoleManager.FindByNameAsync("Tijdelijk2"));
    }
}
