using AdrDesk.Domain.Register;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// The one database of AdrDesk. Entities come from Domain and the features; their mapping lives in
/// IEntityTypeConfiguration classes: the shared tables' beside this file, a feature's own tables' in that feature
/// (found by ApplyConfigurationsFromAssembly; Infrastructure references no feature). Domain stays free of EF attributes.
/// Always obtained through IDbContextFactory: one context per operation, never per circuit. Accounts
/// are Identity's own EF Core mapping (IdentityDbContext), on AdrDesk's table names
/// (Configurations/IdentityConfiguration.cs); Identity's stores use a scoped context of their own.
/// On PostgreSQL the context is <see cref="PostgresAdrDbContext"/> (the same model; a type of its own so that each
/// provider finds only its own migrations and snapshot: docs/architecture.md "Database providers").
/// </summary>
public class AdrDbContext(DbContextOptions<AdrDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppRoleClaim, AppUserToken>(options),
      IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (encrypted with a certificate outside the database): shared by every server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Mail.OutboxMessage> Outbox => Set<Mail.OutboxMessage>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<RegisterChange> RegisterChanges => Set<RegisterChange>();

    /// <summary>Every context, however made (app, tests, tools), links the audit entries it inserts (issue 19 item 9).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.AddInterceptors(AuditChainInterceptor.Instance);
        // On PostgreSQL a transaction takes the write lock at BEGIN, as SQLite's BEGIN IMMEDIATE does (AuditOrder.cs).
        if (this is PostgresAdrDbContext) optionsBuilder.AddInterceptors(PostgresWriteLock.Instance);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's mapping first; IdentityConfiguration names its tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdrDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(SqlFunctions).GetMethod(nameof(SqlFunctions.Fold))!)
            .HasName(SqlFunctions.FoldName).IsBuiltIn();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so that deadline
        // queries ("due before now") and sorts run in the database, on an index.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalToCentsConverter>();
        configurationBuilder.Properties<decimal?>().HaveConversion<DecimalToCentsConverter>();
    }
}
