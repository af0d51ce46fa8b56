using System.Security.Claims;
using AdrDesk.Domain.Register;
using AdrDesk.Features.Admin;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Accounts;

public sealed class AccountAdminServiceTests : IAsyncLifetime
{
    private ServiceHost _host = default!;

    public async Task InitializeAsync() => _host = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ClaimsPrincipal As(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true"), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    [Fact]
    public async Task An_admin_creates_a_staff_account_without_password_and_a_set_password_mail_goes_to_the_outbox()
    {
        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .CreateStaffAccountAsync(As(SecurityRoles.Admin), "nieuw@desk.example", "Nieuwe Beoordelaar", SecurityRoles.Assessor, "nl"));

        Assert.True(result.IsSuccess, result.Error?.Code);
        var user = await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("nieuw@desk.example"));
        Assert.NotNull(user);
        Assert.Null(user.PasswordHash);
        Assert.True(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().IsInRoleAsync(user, SecurityRoles.Assessor)));
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.SingleAsync(m => m.ToAddress == "nieuw@desk.example");
        Assert.Contains("/account/reset-password?", mail.TextBody);
    }

    [Theory]
    [InlineData(SecurityRoles.CaseManager)]
    [InlineData(SecurityRoles.Consumer)]
    [InlineData(SecurityRoles.Assessor)]
    public async Task Only_an_admin_manages_accounts(string role)
    {
        var create = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .CreateStaffAccountAsync(As(role), "x@desk.example", "X", SecurityRoles.Admin, "nl"));
        var unlock = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>().UnlockAsync(As(role), Guid.NewGuid()));
        var link = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>().LinkOrganisationAsync(As(role), Guid.NewGuid(), Guid.NewGuid()));

        Assert.IsType<NotAnAdmin>(create.Error);
        Assert.IsType<NotAnAdmin>(unlock.Error);
        Assert.IsType<NotAnAdmin>(link.Error);
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("x@desk.example")));
    }

    [Fact]
    public async Task A_party_role_is_not_a_staff_role()
    {
        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .CreateStaffAccountAsync(As(SecurityRoles.Admin), "c@desk.example", "C", SecurityRoles.Consumer, "nl"));
        Assert.IsType<NotAStaffRole>(result.Error);
    }

    [Fact]
    public async Task Linking_a_business_account_to_an_organisation_changes_its_security_stamp()
    {
        var users = _host.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var business = new AppUser { UserName = "shop@x.example", Email = "shop@x.example", DisplayName = "Shop" };
        Assert.True((await users.CreateAsync(business, "Shop-pass-2026")).Succeeded);
        await users.AddToRoleAsync(business, SecurityRoles.Business);
        var stampBefore = (await users.FindByIdAsync(business.Id.ToString()))!.SecurityStamp;
        var organisation = Organisation.Register("Shop B.V.", KvkNumber.Create("12345678").Value, CountryCode.Netherlands, [], new DateOnly(2026, 1, 1)).Value;
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(organisation);
            await db.SaveChangesAsync();
        }

        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .LinkOrganisationAsync(As(SecurityRoles.Admin), business.Id, organisation.Id));

        Assert.True(result.IsSuccess, result.Error?.Code);
        var after = await _host.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(business.Id.ToString());
        Assert.Equal(organisation.Id, after!.OrganisationId);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
    }

    [Fact]
    public async Task A_consumer_account_cannot_be_linked_to_an_organisation()
    {
        var users = _host.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var consumer = new AppUser { UserName = "c2@x.example", Email = "c2@x.example", DisplayName = "C" };
        await users.CreateAsync(consumer, "Cons-pass-2026");
        await users.AddToRoleAsync(consumer, SecurityRoles.Consumer);

        var result = await InScopeAsync(sp => sp.GetRequiredService<AccountAdminService>()
            .LinkOrganisationAsync(As(SecurityRoles.Admin), consumer.Id, Guid.NewGuid()));

        Assert.IsType<NotABusinessAccount>(result.Error);
    }
}
