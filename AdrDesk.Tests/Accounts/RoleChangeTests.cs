using System.Security.Claims;
using AdrDesk.Features.Admin;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Accounts;

/// <summary>Issue 19 items 3 and 5: role changes reach open circuits; account and role are made in one transaction.</summary>
public sealed class RoleChangeTests : IAsyncLifetime
{
    private ServiceHost _host = default!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ClaimsPrincipal Admin(Guid id) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Role, SecurityRoles.Admin)], "test"));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    private Task<AppUser> UserAsync(string role, string email) => InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Sterk-wachtwoord-42")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    });

    private Task<(IList<string> Roles, string? Stamp)> StateAsync(Guid id) => InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        return (await users.GetRolesAsync(user), user.SecurityStamp);
    });

    private async Task RemoveRoleAsync(string role)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        await db.Roles.Where(r => r.Name == role).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task An_admin_changes_roles_the_stamp_is_renewed_and_the_accounts_circuits_are_signalled()
    {
        var admin = await UserAsync(SecurityRoles.Admin, "beheer@desk.example");
        var colleague = await UserAsync(SecurityRoles.CaseManager, "balie@desk.example");
        var (_, stampBefore) = await StateAsync(colleague.Id);
        var signalled = new TaskCompletionSource();
        using var _ = _host.Services.GetRequiredService<IAccountChangeSignal>().Subscribe(colleague.Id, () => { signalled.TrySetResult(); return Task.CompletedTask; });

        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .ChangeRolesAsync(Admin(admin.Id), colleague.Id, [SecurityRoles.Assessor]));

        Assert.True(result.IsSuccess, result.Error?.Code);
        var (roles, stampAfter) = await StateAsync(colleague.Id);
        Assert.Equal([SecurityRoles.Assessor], roles);
        Assert.NotEqual(stampBefore, stampAfter);
        await signalled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_their_own_admin_role_but_one_of_two_can()
    {
        var admin = await UserAsync(SecurityRoles.Admin, "beheer@desk.example");
        var alone = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .ChangeRolesAsync(Admin(admin.Id), admin.Id, [SecurityRoles.CaseManager]));
        Assert.IsType<LastAdmin>(alone.Error);
        Assert.Equal([SecurityRoles.Admin], (await StateAsync(admin.Id)).Roles);

        await UserAsync(SecurityRoles.Admin, "tweede@desk.example");
        var withSecond = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .ChangeRolesAsync(Admin(admin.Id), admin.Id, [SecurityRoles.CaseManager]));
        Assert.True(withSecond.IsSuccess, withSecond.Error?.Code);
        Assert.Equal([SecurityRoles.CaseManager], (await StateAsync(admin.Id)).Roles);
    }

    [Fact]
    public async Task Only_an_admin_changes_roles_and_only_to_known_roles_and_never_to_none()
    {
        var colleague = await UserAsync(SecurityRoles.CaseManager, "balie@desk.example");
        var service = (IServiceProvider sp) => sp.GetRequiredService<AccountAdminService>();
        var notAdmin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, colleague.Id.ToString()), new Claim(ClaimTypes.Role, SecurityRoles.CaseManager)], "test"));

        Assert.IsType<NotAnAdmin>((await InScopeAsync(sp => service(sp).ChangeRolesAsync(notAdmin, colleague.Id, [SecurityRoles.Admin]))).Error);
        Assert.IsType<UnknownRole>((await InScopeAsync(sp => service(sp).ChangeRolesAsync(Admin(Guid.NewGuid()), colleague.Id, ["Root"]))).Error);
        Assert.IsType<NoRoleLeft>((await InScopeAsync(sp => service(sp).ChangeRolesAsync(Admin(Guid.NewGuid()), colleague.Id, []))).Error);
        Assert.IsType<AccountNotFound>((await InScopeAsync(sp => service(sp).ChangeRolesAsync(Admin(Guid.NewGuid()), Guid.NewGuid(), [SecurityRoles.Consumer]))).Error);
        Assert.Equal([SecurityRoles.CaseManager], (await StateAsync(colleague.Id)).Roles);
    }

    [Fact]
    public async Task A_staff_account_whose_role_step_fails_is_not_kept()
    {
        await RemoveRoleAsync(SecurityRoles.Mediator); // the role step throws: "Role MEDIATOR does not exist"

        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .CreateStaffAccountAsync(Admin(Guid.NewGuid()), "nieuw@desk.example", "Nieuwe Mediator", SecurityRoles.Mediator, "nl"));

        Assert.IsType<AccountRejected>(result.Error);
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("nieuw@desk.example")));
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Outbox.AnyAsync(m => m.ToAddress == "nieuw@desk.example"));
    }

    [Fact]
    public async Task A_registration_whose_role_step_fails_keeps_no_account_and_the_address_can_register_later()
    {
        await RemoveRoleAsync(SecurityRoles.Consumer);
        var failed = await InScopeAsync(sp => AccountCreation.CreateWithRoleAsync(sp.GetRequiredService<UserManager<AppUser>>(),
            sp.GetRequiredService<AdrDbContext>(), new AppUser { UserName = "c@x.example", Email = "c@x.example", DisplayName = "C" },
            "Sterk-wachtwoord-42", SecurityRoles.Consumer));
        Assert.Equal(AccountCreation.NotCreated, Assert.Single(failed.Errors).Code);
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("c@x.example")));

        // The role back (the disk has room again): the same address registers.
        var created = await InScopeAsync(async sp =>
        {
            Assert.True((await sp.GetRequiredService<RoleManager<AppRole>>().CreateAsync(new AppRole { Name = SecurityRoles.Consumer })).Succeeded);
            return await AccountCreation.CreateWithRoleAsync(sp.GetRequiredService<UserManager<AppUser>>(),
                sp.GetRequiredService<AdrDbContext>(), new AppUser { UserName = "c@x.example", Email = "c@x.example", DisplayName = "C" },
                "Sterk-wachtwoord-42", SecurityRoles.Consumer);
        });
        Assert.True(created.Succeeded);
        var user = await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("c@x.example"));
        Assert.True(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().CheckPasswordAsync(user!, "Sterk-wachtwoord-42")));
    }

    [Fact]
    public async Task A_weak_password_is_refused_before_anything_is_stored()
    {
        var result = await InScopeAsync(sp => AccountCreation.CreateWithRoleAsync(sp.GetRequiredService<UserManager<AppUser>>(),
            sp.GetRequiredService<AdrDbContext>(), new AppUser { UserName = "w@x.example", Email = "w@x.example", DisplayName = "W" },
            "kort", SecurityRoles.Consumer));
        Assert.False(result.Succeeded);
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("w@x.example")));
    }

    [Fact]
    public void The_in_process_signal_forgets_a_user_when_the_last_circuit_leaves()
    {
        var signal = new InProcessAccountChangeSignal(Microsoft.Extensions.Logging.Abstractions.NullLogger<InProcessAccountChangeSignal>.Instance);
        var id = Guid.NewGuid();
        var first = signal.Subscribe(id, () => Task.CompletedTask);
        var second = signal.Subscribe(id, () => Task.CompletedTask);
        first.Dispose();
        Assert.Equal(1, signal.SubscribedUsers);
        second.Dispose();
        second.Dispose();
        Assert.Equal(0, signal.SubscribedUsers);
    }
}
