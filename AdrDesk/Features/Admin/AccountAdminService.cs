using System.Security.Claims;
using AdrDesk.Components.Account;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Features.Register;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Admin;

public sealed record NotAnAdmin() : DomainError;

public sealed record AccountNotFound() : DomainError;

public sealed record NotAStaffRole(string Role) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Role];
}

public sealed record NotABusinessAccount() : DomainError;

/// <summary>The change would leave the desk without an administrator (the last one removing their own admin role).</summary>
public sealed record LastAdmin() : DomainError;

public sealed record UnknownRole(string Role) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Role];
}

public sealed record NoRoleLeft() : DomainError;

public sealed record AccountRejected(string Detail) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Detail];
}

/// <summary>One account as the admin's users table shows it; role names are Roles' constants (the page words them).</summary>
public sealed record UserRow(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles,
    string? Organisation, string? StatedCompany, string? StatedKvk, bool Locked)
{
    public bool IsBusiness => Roles.Contains(SecurityRoles.Business);
}

public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Count);

/// <summary>The columns the users table sorts by (in SQL).</summary>
public enum UserSort { Name, Email }

/// <summary>
/// What only an admin does with accounts: staff accounts (they cannot register themselves), linking a
/// business account to its organisation in the register, lifting a lockout. Checked here, not only on the page.
/// </summary>
public sealed class AccountAdminService(
    AccountScopes accounts, RegisterService register, PasswordResetMail setPasswordMail, TimeProvider clock,
    IAccountChangeSignal accountChanged, IDbContextFactory<AdrDbContext> dbFactory, ILogger<AccountAdminService> logger)
{
    public static readonly IReadOnlyList<string> StaffRoles =
        [SecurityRoles.Assessor, SecurityRoles.Mediator, SecurityRoles.CaseManager, SecurityRoles.Admin];

    /// <summary>
    /// Issue 16: the users table a page at a time, matched on name or e-mail address, sorted and paged in SQL; roles and
    /// organisation names are read for that page's accounts only.
    /// </summary>
    public async Task<Result<UserPage>> ListUsersAsync(
        ClaimsPrincipal admin, string? query, int skip, int take, UserSort sort = UserSort.Name, bool descending = false,
        CancellationToken ct = default)
    {
        if (!admin.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        var text = (query ?? "").Trim();
        if (text.Length > 0)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            users = users.Where(u => EF.Functions.Like(u.DisplayName, pattern, "\\") || EF.Functions.Like(u.Email!, pattern, "\\"));
        }
        var count = await users.CountAsync(ct);
        var ordered = (sort, descending) switch
        {
            (UserSort.Email, false) => users.OrderBy(u => u.Email).ThenBy(u => u.Id),
            (UserSort.Email, true) => users.OrderByDescending(u => u.Email).ThenBy(u => u.Id),
            (_, true) => users.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Id),
            _ => users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id),
        };
        var page = await ordered.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.OrganisationId, u.CompanyName, u.KvkNumber, u.LockoutEnd })
            .ToListAsync(ct);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct);
        var organisationIds = page.Where(u => u.OrganisationId != null).Select(u => u.OrganisationId!.Value).Distinct().ToList();
        var organisations = await db.Set<AdrDesk.Domain.Register.Organisation>().AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.LegalName }).ToDictionaryAsync(o => o.Id, o => o.LegalName, ct);
        var now = clock.GetUtcNow();
        var rows = page.Select(u => new UserRow(
            u.Id, u.DisplayName, u.Email ?? "",
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.OrganisationId is { } org && organisations.TryGetValue(org, out var name) ? name : null,
            u.CompanyName, u.KvkNumber, u.LockoutEnd > now)).ToList();
        return new UserPage(rows, count);
    }

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
        // Account and role in one transaction: a failure leaves no account without its role.
        var created = await accounts.RunAsync((users, db) => AccountCreation.CreateWithRoleAsync(users, db, user, null, role));
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
        accountChanged.Raise(user.Id);
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

    /// <summary>
    /// Issue 19 item 3: gives the account exactly <paramref name="roles"/>, in one transaction with a new security stamp,
    /// then tells the account's open circuits, which revalidate at once (signed out: the cookie's roles are old). The
    /// desk always keeps an administrator; an account keeps at least one role. Logged with who, whom, what and when.
    /// </summary>
    public async Task<Result> ChangeRolesAsync(ClaimsPrincipal admin, Guid userId, IReadOnlyCollection<string> roles)
    {
        if (!admin.IsInRole(SecurityRoles.Admin)) return new NotAnAdmin();
        if (roles.FirstOrDefault(r => !SecurityRoles.All.Contains(r)) is { } unknown) return new UnknownRole(unknown);
        if (roles.Count == 0) return new NoRoleLeft();
        var outcome = await accounts.RunAsync<(Result Result, string[] Added, string[] Removed)>(async (users, db) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null) return (new AccountNotFound(), [], []);
            var current = await users.GetRolesAsync(user);
            var added = roles.Except(current).ToArray();
            var removed = current.Except(roles).ToArray();
            if (added.Length == 0 && removed.Length == 0) return (Result.Success, [], []);
            if (removed.Contains(SecurityRoles.Admin) && (await users.GetUsersInRoleAsync(SecurityRoles.Admin)).Count <= 1)
            {
                return (new LastAdmin(), [], []);
            }
            var changed = removed.Length > 0 ? await users.RemoveFromRolesAsync(user, removed) : IdentityResult.Success;
            if (changed.Succeeded && added.Length > 0) changed = await users.AddToRolesAsync(user, added);
            if (changed.Succeeded) changed = await users.UpdateSecurityStampAsync(user);
            if (!changed.Succeeded) return (new AccountRejected(string.Join(" ", changed.Errors.Select(e => e.Description))), [], []);
            await transaction.CommitAsync();
            return (Result.Success, added, removed);
        });
        if (outcome.Result.IsSuccess && (outcome.Added.Length > 0 || outcome.Removed.Length > 0))
        {
            // After the commit: the circuits read the new stamp.
            accountChanged.Raise(userId);
            logger.LogInformation("Admin {Admin} changed the roles of user {UserId} at {At}: added {Added}, removed {Removed}",
                admin.FindFirstValue(ClaimTypes.NameIdentifier), userId, clock.GetUtcNow(), outcome.Added, outcome.Removed);
        }
        return outcome.Result;
    }
}
