using System.Security.Claims;
using AdrDesk.Components.Account;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Features.Register;
using Microsoft.AspNetCore.Identity;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Admin;

public sealed record NotAnAdmin() : DomainError;

public sealed record AccountNotFound() : DomainError;

public sealed record NotAStaffRole(string Role) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Role];
}

public sealed record NotABusinessAccount() : DomainError;

public sealed record AccountRejected(string Detail) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Detail];
}

/// <summary>
/// What only an admin does with accounts: staff accounts (they cannot register themselves), linking a
/// business account to its organisation in the register, lifting a lockout. Checked here, not only on the page.
/// </summary>
public sealed class AccountAdminService(
    AccountScopes accounts, RegisterService register, PasswordResetMail setPasswordMail, TimeProvider clock,
    ILogger<AccountAdminService> logger)
{
    public static readonly IReadOnlyList<string> StaffRoles =
        [SecurityRoles.Assessor, SecurityRoles.Mediator, SecurityRoles.CaseManager, SecurityRoles.Admin];

    /// <summary>Creates the account without a password; the person sets one through the mailed link.</summary>
    public async Task<Result> CreateStaffAccountAsync(ClaimsPrincipal admin, string email, string displayName, string role, string language)
    {
        if (!admin.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        if (!StaffRoles.Contains(role)) return new NotAStaffRole(role);
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            PreferredLanguage = language,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await accounts.RunAsync(async users =>
        {
            var result = await users.CreateAsync(user);
            return result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
        });
        if (!created.Succeeded) return new AccountRejected(string.Join(" ", created.Errors.Select(e => e.Description)));
        await setPasswordMail.SendAsync(user);
        logger.LogInformation("Admin {Admin} created {Role} account {UserId}", admin.FindFirstValue(ClaimTypes.NameIdentifier), role, user.Id);
        return Result.Success;
    }

    public async Task<Result> LinkOrganisationAsync(ClaimsPrincipal admin, Guid userId, Guid organisationId)
    {
        if (!admin.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        return await accounts.RunAsync(users => LinkAsync(users, admin, userId, organisationId));
    }

    private async Task<Result> LinkAsync(UserManager<AppUser> users, ClaimsPrincipal admin, Guid userId, Guid organisationId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return new AccountNotFound();
        if (!await users.IsInRoleAsync(user, SecurityRoles.Business)) return new NotABusinessAccount();
        if (await register.FindAsync(organisationId) is null) return new OrganisationNotFound(organisationId);
        user.OrganisationId = organisationId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return new AccountRejected(string.Join(" ", updated.Errors.Select(e => e.Description)));
        // The organisation is a claim in the cookie: a new stamp makes open circuits sign in again.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Admin {Admin} linked user {UserId} to organisation {OrganisationId}", admin.FindFirstValue(ClaimTypes.NameIdentifier), userId, organisationId);
        return Result.Success;
    }

    public async Task<Result> UnlockAsync(ClaimsPrincipal admin, Guid userId)
    {
        if (!admin.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        return await accounts.RunAsync<Result>(async users =>
        {
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null) return new AccountNotFound();
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return Result.Success;
        });
    }
}
