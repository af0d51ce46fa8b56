using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Data;

/// <summary>Seeds demo data. Features register one each; they run in <see cref="Order"/>.</summary>
public interface IDemoSeeder
{
    int Order { get; }
    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations and the roles; seeds demo data when the database is new in Development
    /// (a developer's first start) or when asked with --seed-demo; never otherwise, so neither
    /// Production nor a test host gets demo data it did not ask for.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider root, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var factory = services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var environment = services.GetRequiredService<IHostEnvironment>();

        if (seedDemo && environment.IsProduction())
        {
            // The demo accounts' password is published in the README: never on a live desk.
            throw new InvalidOperationException("--seed-demo is refused in Production: the demo accounts' password is public.");
        }

        bool isNew;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            isNew = !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
            if (await LegacyMigrationHistory.AdoptAsync(db, cancellationToken))
            {
                logger.LogInformation("Database made by the SQL-script migrations adopted as {Baseline}", LegacyMigrationHistory.BaselineId);
            }
            await db.Database.MigrateAsync(cancellationToken);
            // Issue 19 item 9: trails written before the hash chain are sealed once, so old databases verify too.
            var sealedEntries = await AuditChainSeal.SealUnsealedTrailsAsync(db, cancellationToken);
            if (sealedEntries > 0) logger.LogInformation("Audit trail: {Count} entries written before the hash chain were sealed", sealedEntries);
        }
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<AppRole>>());

        var seed = seedDemo || (isNew && environment.IsDevelopment());
        if (!seed)
        {
            return;
        }
        foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(services, cancellationToken);
        }
        logger.LogInformation("Demo data seeded");
    }

    private static async Task EnsureRolesAsync(RoleManager<AppRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new AppRole(name));
            }
        }
    }
}
