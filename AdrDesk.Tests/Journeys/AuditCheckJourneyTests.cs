using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 19 item 9, on an empty database: the first administrator opens "Controle audittrail" from the menu and runs the
/// check; after a row is forged into the file (raw SQL, as someone with the database file would), the page names the
/// case and the entry at which its chain breaks.
/// </summary>
[Collection("app"), Trait("Category", "Browser"), Trait("Category", "Journey")]
public sealed class AuditCheckJourneyTests(BrowserFixture browser, CleanAppHost app, ITestOutputHelper output) : IClassFixture<CleanAppHost>
{
    [Fact]
    public async Task The_admin_runs_the_audit_check_and_sees_a_forged_entry()
    {
        await using var kit = new JourneyKit(app, browser, output, "audit-check");
        await kit.RunAsync(async () =>
        {
            var admin = await kit.FirstAdminAsync();
            // Right after the second factor's redirect the home page may still be booting Blazor: a click then can be
            // swallowed by its start (seen when another app ran first), so wait for the page to settle and see the address change.
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await admin.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
                .GetByRole(AriaRole.Link, new() { Name = "Controle audittrail" }).ClickAsync();
            await Assertions.Expect(admin).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("admin/audit-check$"), new() { Timeout = 30_000 });
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Controle audittrail", Level = 1 })).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Controle uitvoeren" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "elke keten is intact" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            kit.Step("the clean trail verifies");

            var forged = Guid.NewGuid();
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
            {
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO "AuditTrail" ("Id", "CaseId", "CaseNumber", "ActorId", "ActorName", "Role", "At", "Action", "Sequence")
                    VALUES ({0}, {1}, 'BA-2026-999999', {2}, 'Onbekend', 'CaseManager', 639000000000000000, 'Withdraw', 0)
                    """, StoredId(forged), StoredId(Guid.NewGuid()), StoredId(Guid.NewGuid()));
            }
            await admin.GetByRole(AriaRole.Button, new() { Name = "Controle uitvoeren" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "is de keten gebroken" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "BA-2026-999999" });
            await Assertions.Expect(row).ToContainTextAsync(forged.ToString());
            await Assertions.Expect(row).ToContainTextAsync("Regel zonder hash");
            await AxeCheck.AssertNoSeriousViolationsAsync(admin);
            kit.Step("the forged entry is named");
        });
    }

    // How a key is written by hand: PostgreSQL's uuid column takes the Guid, SQLite keeps EF Core's upper-case text.
    private static object StoredId(Guid id) => TestProvider.IsPostgres ? id : id.ToString().ToUpperInvariant();
}
