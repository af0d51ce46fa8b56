using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdrDesk.Infrastructure.Data.Configurations;

// Identity's own mapping comes from IdentityDbContext (AdrDbContext's base). This puts it on AdrDesk's
// table names, keeps the index names databases made before carry, and adds AdrDesk's own columns.
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.ToTable("Users");
        b.HasKey(u => u.Id);
        b.HasIndex(u => u.NormalizedUserName).IsUnique().HasDatabaseName("IX_Users_NormalizedUserName");
        b.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("IX_Users_NormalizedEmail");
        b.HasIndex(u => u.OrganisationId);
        b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(u => u.UserName).HasMaxLength(256);
        b.Property(u => u.NormalizedUserName).HasMaxLength(256);
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.NormalizedEmail).HasMaxLength(256);
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.PreferredLanguage).HasMaxLength(5);
        b.Property(u => u.CompanyName).HasMaxLength(200);
        b.Property(u => u.KvkNumber).HasMaxLength(8);
        b.HasMany<AppUserRole>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        b.HasMany<AppUserClaim>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        b.HasMany<AppUserLogin>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        b.HasMany<AppUserToken>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
    }
}

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b)
    {
        b.ToTable("Roles");
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.NormalizedName).IsUnique().HasDatabaseName("IX_Roles_NormalizedName");
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(r => r.Name).HasMaxLength(256);
        b.Property(r => r.NormalizedName).HasMaxLength(256);
        b.HasMany<AppUserRole>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
        b.HasMany<AppRoleClaim>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
    }
}

internal sealed class IdentityLinkConfiguration :
    IEntityTypeConfiguration<AppUserRole>, IEntityTypeConfiguration<AppUserClaim>,
    IEntityTypeConfiguration<AppUserLogin>, IEntityTypeConfiguration<AppUserToken>,
    IEntityTypeConfiguration<AppRoleClaim>
{
    public void Configure(EntityTypeBuilder<AppUserRole> b)
    {
        b.ToTable("UserRoles");
        b.HasKey(r => new { r.UserId, r.RoleId });
    }

    public void Configure(EntityTypeBuilder<AppUserClaim> b)
    {
        b.ToTable("UserClaims");
        b.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<AppUserLogin> b)
    {
        b.ToTable("UserLogins");
        b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
    }

    public void Configure(EntityTypeBuilder<AppUserToken> b)
    {
        b.ToTable("UserTokens");
        b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
    }

    public void Configure(EntityTypeBuilder<AppRoleClaim> b)
    {
        b.ToTable("RoleClaims");
        b.HasKey(c => c.Id);
    }
}
