using System.Security.Claims;
using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>The Identity role store over AdrDbContext; one context per call, like <see cref="AppUserStore"/>.</summary>
public sealed class AppRoleStore(IDbContextFactory<AdrDbContext> factory, IdentityErrorDescriber describer)
    : RoleStoreBase<AppRole, Guid, AppUserRole, AppRoleClaim>(describer)
{
    public override IQueryable<AppRole> Roles =>
        throw new NotSupportedException("Query roles through IDbContextFactory<AdrDbContext>; the store holds no long-lived context.");

    public override async Task<IdentityResult> CreateAsync(AppRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public override async Task<IdentityResult> UpdateAsync(AppRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Roles.Attach(role);
        db.Entry(role).Property(r => r.ConcurrencyStamp).OriginalValue = role.ConcurrencyStamp;
        role.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.Roles.Update(role);
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

    public override async Task<IdentityResult> DeleteAsync(AppRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Roles.Where(r => r.Id == role.Id && r.ConcurrencyStamp == role.ConcurrencyStamp)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? IdentityResult.Success : IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
    }

    public override async Task<AppRole?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(id, out var roleId))
        {
            return null;
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken);
    }

    public override async Task<AppRole?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.NormalizedName == normalizedName, cancellationToken);
    }

    public override async Task<IList<Claim>> GetClaimsAsync(AppRole role, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.RoleClaims.AsNoTracking().Where(c => c.RoleId == role.Id).ToListAsync(cancellationToken);
        return rows.Select(c => c.ToClaim()).ToList();
    }

    public override async Task AddClaimAsync(AppRole role, Claim claim, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.RoleClaims.Add(CreateRoleClaim(role, claim));
        await db.SaveChangesAsync(cancellationToken);
    }

    public override async Task RemoveClaimAsync(AppRole role, Claim claim, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.RoleClaims
            .Where(c => c.RoleId == role.Id && c.ClaimType == claim.Type && c.ClaimValue == claim.Value)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
