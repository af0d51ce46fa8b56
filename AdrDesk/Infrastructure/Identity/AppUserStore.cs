using System.Security.Claims;
using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>
/// The Identity user store over AdrDbContext (Identity.EntityFrameworkCore is not on the feed).
/// Unlike that package's store, every method opens its own context and saves at once: a Blazor
/// circuit lives for hours, and a context held that long goes stale and is not thread-safe.
/// </summary>
public sealed class AppUserStore(IDbContextFactory<AdrDbContext> factory, IdentityErrorDescriber describer)
    : UserStoreBase<AppUser, AppRole, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>(describer)
{
    /// <summary>Not offered: a queryable needs a context that outlives the call. Query AdrDbContext instead.</summary>
    public override IQueryable<AppUser> Users =>
        throw new NotSupportedException("Query users through IDbContextFactory<AdrDbContext>; the store holds no long-lived context.");

    public override async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public override async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Users.Attach(user);
        // The stamp the caller loaded is the concurrency check; the new one marks this write.
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = user.ConcurrencyStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.Users.Update(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }
        return IdentityResult.Success;
    }

    public override async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Users.Where(u => u.Id == user.Id && u.ConcurrencyStamp == user.ConcurrencyStamp)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? IdentityResult.Success : IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
    }

    public override Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        Guid.TryParse(userId, out var id) ? FindUserAsync(id, cancellationToken) : Task.FromResult<AppUser?>(null);

    public override async Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, cancellationToken);
    }

    public override async Task<AppUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
    }

    protected override async Task<AppUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
    }

    // --- roles ---

    protected override async Task<AppRole?> FindRoleAsync(string normalizedRoleName, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.NormalizedName == normalizedRoleName, cancellationToken);
    }

    protected override async Task<AppUserRole?> FindUserRoleAsync(Guid userId, Guid roleId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserRoles.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.RoleId == roleId, cancellationToken);
    }

    public override async Task AddToRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        var role = await FindRoleAsync(normalizedRoleName, cancellationToken)
            ?? throw new InvalidOperationException($"Role {normalizedRoleName} does not exist.");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.UserRoles.Add(CreateUserRole(user, role));
        await db.SaveChangesAsync(cancellationToken);
    }

    public override async Task RemoveFromRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.UserRoles
            .Where(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRoleName))
            .ExecuteDeleteAsync(cancellationToken);
    }

    public override async Task<IList<string>> GetRolesAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == user.Id
                      select r.Name!).ToListAsync(cancellationToken);
    }

    public override async Task<bool> IsInRoleAsync(AppUser user, string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserRoles.AnyAsync(
            ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRoleName),
            cancellationToken);
    }

    public override async Task<IList<AppUser>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      join u in db.Users on ur.UserId equals u.Id
                      where r.NormalizedName == normalizedRoleName
                      select u).AsNoTracking().ToListAsync(cancellationToken);
    }

    // --- claims ---

    public override async Task<IList<Claim>> GetClaimsAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UserClaims.AsNoTracking().Where(c => c.UserId == user.Id).ToListAsync(cancellationToken);
        return rows.Select(c => c.ToClaim()).ToList();
    }

    public override async Task AddClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.UserClaims.AddRange(claims.Select(c => CreateUserClaim(user, c)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public override async Task ReplaceClaimAsync(AppUser user, Claim claim, Claim newClaim, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.UserClaims
            .Where(c => c.UserId == user.Id && c.ClaimType == claim.Type && c.ClaimValue == claim.Value)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimType, newClaim.Type).SetProperty(c => c.ClaimValue, newClaim.Value), cancellationToken);
    }

    public override async Task RemoveClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        foreach (var claim in claims)
        {
            await db.UserClaims
                .Where(c => c.UserId == user.Id && c.ClaimType == claim.Type && c.ClaimValue == claim.Value)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    public override async Task<IList<AppUser>> GetUsersForClaimAsync(Claim claim, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == claim.Type && c.ClaimValue == claim.Value))
            .ToListAsync(cancellationToken);
    }

    // --- external logins (not offered in the UI; kept correct for completeness of the store) ---

    protected override async Task<AppUserLogin?> FindUserLoginAsync(Guid userId, string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserLogins.AsNoTracking().SingleOrDefaultAsync(
            l => l.UserId == userId && l.LoginProvider == loginProvider && l.ProviderKey == providerKey, cancellationToken);
    }

    protected override async Task<AppUserLogin?> FindUserLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserLogins.AsNoTracking().SingleOrDefaultAsync(
            l => l.LoginProvider == loginProvider && l.ProviderKey == providerKey, cancellationToken);
    }

    public override async Task AddLoginAsync(AppUser user, UserLoginInfo login, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.UserLogins.Add(CreateUserLogin(user, login));
        await db.SaveChangesAsync(cancellationToken);
    }

    public override async Task RemoveLoginAsync(AppUser user, string loginProvider, string providerKey, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.UserLogins
            .Where(l => l.UserId == user.Id && l.LoginProvider == loginProvider && l.ProviderKey == providerKey)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public override async Task<IList<UserLoginInfo>> GetLoginsAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserLogins.AsNoTracking().Where(l => l.UserId == user.Id)
            .Select(l => new UserLoginInfo(l.LoginProvider, l.ProviderKey, l.ProviderDisplayName))
            .ToListAsync(cancellationToken);
    }

    // --- tokens: written straight away (the base class would mutate a tracked row) ---

    protected override async Task<AppUserToken?> FindTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserTokens.AsNoTracking().SingleOrDefaultAsync(
            t => t.UserId == user.Id && t.LoginProvider == loginProvider && t.Name == name, cancellationToken);
    }

    protected override async Task AddUserTokenAsync(AppUserToken token)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.UserTokens.Add(token);
        await db.SaveChangesAsync();
    }

    protected override async Task RemoveUserTokenAsync(AppUserToken token)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.UserTokens
            .Where(t => t.UserId == token.UserId && t.LoginProvider == token.LoginProvider && t.Name == token.Name)
            .ExecuteDeleteAsync();
    }

    public override async Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var token = await db.UserTokens.SingleOrDefaultAsync(
            t => t.UserId == user.Id && t.LoginProvider == loginProvider && t.Name == name, cancellationToken);
        if (token is null)
        {
            db.UserTokens.Add(CreateUserToken(user, loginProvider, name, value));
        }
        else
        {
            token.Value = value;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
