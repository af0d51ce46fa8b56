using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Data;

/// <summary>
/// A database made by the last AdrDesk with SQL-script migrations (6726d2b, net9.0 / EF Core 9.0.22, its
/// <c>--seed-demo</c>; kept in Data/Fixtures) upgrades in place on first start: every row is still there,
/// accounts sign in with their old password hashes, cases load, and the audit trail is still append-only.
/// </summary>
[Trait("Provider", "Sqlite")] // SQLite database files of earlier versions, upgraded in place
public sealed class LegacyUpgradeTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "main-6726d2b-seed-demo.db");

    [Fact]
    public async Task Database_of_the_script_migrations_upgrades_in_place_with_every_row_intact()
    {
        var before = await RowCountsAsync(Fixture);
        Assert.Equal(9, before["Users"]);
        Assert.Equal(372, before["AuditTrail"]);

        await using var host = await ServiceHost.StartAsync(existingDatabase: Fixture);

        var after = await RowCountsAsync(host.DatabasePath);
        // Every table the old database had keeps every row; tables added since start empty.
        Assert.Equal(before, after.Where(t => before.ContainsKey(t.Key)).ToDictionary());
        Assert.All(after.Where(t => !before.ContainsKey(t.Key)), t => Assert.Equal(0, t.Value));

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), LegacyMigrationHistory.ScriptIds.Contains);

        // A sample of cases: the aggregate loads through the case store with its parties and audit trail.
        var store = host.Services.GetRequiredService<CaseStore>();
        var number = (await db.Set<AdrDesk.Infrastructure.Data.Cases.CaseSummary>().Where(s => s.Scheme == Scheme.BindingRuling)
            .OrderBy(s => s.Number).Select(s => s.Number).FirstAsync());
        var loaded = await store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(number).Value);
        Assert.True(loaded.IsSuccess, loaded.Error?.Code);
        Assert.NotEmpty(loaded.Value.Parties);
        Assert.True(await db.Set<AdrDesk.Domain.Cases.AuditEntry>().CountAsync(a => a.CaseNumber == number) > 0);
    }

    [Theory]
    [InlineData("consument@demo.adrdesk.nl", "Consumer")]
    [InlineData("beoordelaar@demo.adrdesk.nl", "Assessor")]
    [InlineData("admin@demo.adrdesk.nl", "Admin")]
    public async Task Accounts_of_the_old_database_sign_in_with_their_old_password_and_keep_their_roles(string email, string role)
    {
        await using var host = await ServiceHost.StartAsync(existingDatabase: Fixture);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();

        var user = await users.FindByEmailAsync(email);

        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password));
        Assert.False(await users.CheckPasswordAsync(user, "Wrong-password-1"));
        Assert.Equal(PasswordVerificationResult.Success,
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash!, DemoAccounts.Password));
        Assert.True((await signIn.CheckPasswordSignInAsync(user, DemoAccounts.Password, lockoutOnFailure: true)).Succeeded);
        Assert.Contains(role, await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Upgraded_audit_trail_still_refuses_update_and_delete()
    {
        await using var host = await ServiceHost.StartAsync(existingDatabase: Fixture);
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE AuditTrail SET Action = 'Forged'", "DELETE FROM AuditTrail" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upgraded_schema_equals_the_schema_a_new_database_gets()
    {
        await using var upgraded = await ServiceHost.StartAsync(existingDatabase: Fixture);
        await using var fresh = await ServiceHost.StartAsync();

        Assert.Equal(await MigrationSchemaTests.SchemaAsync(fresh.DatabasePath), await MigrationSchemaTests.SchemaAsync(upgraded.DatabasePath));
    }

    [Fact]
    public async Task Database_stopped_part_way_through_the_scripts_is_refused_with_what_to_do()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, "partial.db");
        File.Copy(Fixture, partial);
        await using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = '20261122000500_PendingReceipts'";
            await command.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceHost.StartAsync(existingDatabase: partial));

        Assert.Contains("20261122000400_OnePrintQueue", refused.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        AppHost.TryDelete(folder);
    }

    /// <summary>Rows per table (EF's history and lock tables left out: the upgrade rewrites the history).</summary>
    private static async Task<Dictionary<string, long>> RowCountsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}

public sealed class SeedDemoTests
{
    [Fact]
    public async Task Seed_demo_is_refused_in_Production()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        var builder = AppHost.CreateBuilder(folder, environment: Microsoft.Extensions.Hosting.Environments.Production);
        await using var app = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.Services.InitializeDatabaseAsync(seedDemo: true));

        Assert.Contains("Production", refused.Message, StringComparison.Ordinal);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        if (TestProvider.IsPostgres)
        {
            // A PostgreSQL test database is a copy of the migrated template, so the check is that nothing was seeded.
            Assert.Empty(await db.Organisations.ToListAsync());
            Assert.Empty(await db.Set<AdrDesk.Infrastructure.Identity.AppUser>().ToListAsync());
        }
        else
        {
            Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        }
        SqliteConnection.ClearAllPools();
        AppHost.TryDelete(folder);
    }
}
