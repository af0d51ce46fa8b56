using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Admin.AuditCheck;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static AdrDesk.Tests.Cases.CaseFixtures;

namespace AdrDesk.Tests.Cases;

/// <summary>
/// Issue 19 item 9: the audit trail is a SHA-256 hash chain per case; the check (<see cref="AuditChainCheck"/>, used by
/// <c>--verify-audit</c> and <c>/admin/audit-check</c>) reports per case OK or the first broken link.
/// </summary>
public sealed class AuditChainTests
{
    private static readonly string LegacyFixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "main-6726d2b-seed-demo.db");

    private static AuditChainCheck Check(CaseTestKit kit) => new(kit.Database, kit.Clock);

    [Fact]
    public async Task A_clean_trail_of_every_scheme_verifies()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var ruling = await RichBindingRulingAsync(kit.Store, kit.Clock);
        await NewMediationAsync(kit.Store, kit.Clock);
        await NewBemiddelingAsync(kit.Store, kit.Clock);

        var report = await Check(kit).VerifyAllAsync();

        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
        Assert.Equal(3, report.Cases.Count);
        Assert.True(report.Cases.Single(c => c.CaseNumber == ruling.Number.ToString()).Entries > 10);
        // Every entry is sealed and the first links to the genesis value.
        var rows = await RowsAsync(kit, ruling.Id);
        Assert.All(rows, r => Assert.Equal(64, r.Hash!.Length));
        Assert.Equal(rows[0].Hash, AuditChain.HashOf(AuditChain.Genesis, rows[0], rows[0].PersonalDigest));
        Assert.Equal(rows[1].Hash, AuditChain.HashOf(rows[0].Hash!, rows[1], rows[1].PersonalDigest));
    }

    [Theory]
    [InlineData(null, AuditBreak.Unsealed)]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", AuditBreak.LinkBroken)]
    public async Task A_forged_insert_is_reported_at_that_entry(string? forgedHash, AuditBreak expected)
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        var other = await ForwardedAsync(kit);
        var forged = Guid.NewGuid();
        var last = (await RowsAsync(kit, c.Id))[^1];
        using (var connection = kit.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            // A row as an attacker with the file would add it: plausible content, the next place, no valid hash.
            command.CommandText = """
                INSERT INTO "AuditTrail" ("Id", "CaseId", "CaseNumber", "ActorId", "ActorName", "Role", "At", "Action", "Before", "After", "Detail", "Sequence", "Hash", "PersonalDigest", "Salt")
                SELECT @id, "CaseId", "CaseNumber", "ActorId", "ActorName", "Role", "At" + 1, 'Withdraw', "After", 'Withdrawn', NULL, "Sequence" + 1, @hash, "PersonalDigest", "Salt"
                FROM "AuditTrail" WHERE "Id" = @last
                """;
            command.With("@id", connection.Id(forged));
            command.With("@hash", (object?)forgedHash ?? DBNull.Value);
            command.With("@last", connection.Id(last.Id));
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var report = await Check(kit).VerifyAllAsync();

        Assert.False(report.Ok);
        var broken = Assert.Single(report.Broken);
        Assert.Equal(c.Number.ToString(), broken.CaseNumber);
        Assert.Equal((forged, last.Sequence + 1, expected), (broken.Break!.EntryId, broken.Break.Sequence, broken.Break.Reason));
        Assert.True(report.Cases.Single(x => x.CaseNumber == other.Number.ToString()).Ok);
        Assert.Contains(AdrDesk.AppSetup.VerifyAuditCommand.Lines(report), l => l.StartsWith("BROKEN", StringComparison.Ordinal) && l.Contains(forged.ToString()));
    }

    [Theory]
    [InlineData("""UPDATE "AuditTrail" SET "Detail" = 'Anders' WHERE "Id" = @id""", AuditBreak.PersonalTextChanged)]
    [InlineData("""UPDATE "AuditTrail" SET "After" = 'Closed' WHERE "Id" = @id""", AuditBreak.LinkBroken)]
    [InlineData("""UPDATE "AuditTrail" SET "At" = "At" - 10 WHERE "Id" = @id""", AuditBreak.LinkBroken)]
    public async Task A_changed_entry_is_reported_at_that_entry(string tamper, AuditBreak expected)
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        var target = (await RowsAsync(kit, c.Id))[2];
        using (var connection = kit.Database.OpenConnection())
        {
            // A change at file level: whoever edits the file can drop the trigger that refuses UPDATE.
            Execute(connection, TestProvider.IsPostgres ? """DROP TRIGGER "AuditTrail_NoUpdate" ON "AuditTrail" """ : """DROP TRIGGER "AuditTrail_NoUpdate" """);
            using var command = connection.CreateCommand();
            command.CommandText = tamper;
            command.With("@id", connection.Id(target.Id));
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var report = await Check(kit).VerifyAllAsync();

        var broken = Assert.Single(report.Broken);
        Assert.Equal((target.Id, expected), (broken.Break!.EntryId, broken.Break.Reason));
    }

    [Fact]
    public async Task A_removed_entry_breaks_the_link_of_the_next()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        var rows = await RowsAsync(kit, c.Id);
        using (var connection = kit.Database.OpenConnection())
        {
            Execute(connection, TestProvider.IsPostgres ? """DROP TRIGGER "AuditTrail_NoDelete" ON "AuditTrail" """ : """DROP TRIGGER "AuditTrail_NoDelete" """);
            Execute(connection, $"""DELETE FROM "AuditTrail" WHERE "Id" = '{rows[1].Id.ToString().ToUpperInvariant()}'""");
        }

        var broken = Assert.Single((await Check(kit).VerifyAllAsync()).Broken);

        Assert.Equal((rows[2].Id, AuditBreak.LinkBroken), (broken.Break!.EntryId, broken.Break.Reason));
    }

    [Fact]
    public async Task Concurrent_appends_on_one_case_stay_a_single_chain()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        var before = (await RowsAsync(kit, c.Id)).Count;

        // Twelve writers at once, each in its own context and transaction (as the features' AppendAuditAsync callers),
        // and twelve case saves racing them (a save that loses the version race writes nothing and is retried).
        var appends = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            await using var db = kit.Database.CreateDbContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            await CaseStore.AppendAuditAsync(db, c.Id, c.Number.ToString(), Actors.CaseManager, kit.Clock.GetUtcNow(), "Note", null, null, $"note {i}");
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }));
        var saves = Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var saved = await kit.Store.UpdateAsync<BindingRulingCase>(c.Number, x => x.AddStaffNote(Actors.CaseManager, kit.Clock, $"notitie {i}"));
                if (saved.IsSuccess || saved.Error is not CaseChangedBySomeoneElse) return saved;
            }
            throw new InvalidOperationException("never saved");
        }));
        await Task.WhenAll(appends);
        await Task.WhenAll(saves);

        var rows = await RowsAsync(kit, c.Id);
        Assert.True(rows.Count >= before + 12);
        Assert.Equal(Enumerable.Range(0, rows.Count), rows.Select(r => r.Sequence));
        Assert.Equal(rows.Count, rows.Select(r => r.Hash).Distinct().Count());
        var report = await Check(kit).VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
    }

    [Fact]
    [Trait("Rule", "D24")]
    public async Task D24_Erasure_writes_its_own_linked_entry_and_the_trail_still_verifies()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        await StepAsync(kit.Store, c, x => x.RecordResponse(Actors.Webshop, kit.Clock, "Persoonlijke gegevens in het verweer."));
        await StepAsync(kit.Store, c, x => x.Refuse(Actors.CaseManager, kit.Clock, [new RefusalReason("D25h", "Webshop failliet, curator mr. X.")]));
        var service = new DueWorkService(kit.Store, kit.Database, [], kit.Clock, Options.Create(new DueWorkOptions { Enabled = false }),
            NullLogger<DueWorkService>.Instance);
        kit.Clock.Advance(TimeSpan.FromDays(732));
        Assert.Equal(1, await service.RunOnceAsync());

        var rows = await RowsAsync(kit, c.Id);
        var erasure = rows[^1];
        Assert.Equal((AuditChain.PersonalDataErasedAction, nameof(Role.System)), (erasure.Action, erasure.Role));
        Assert.Equal((rows.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), erasure.Detail);
        Assert.All(rows[..^1], r => Assert.Null(r.Salt));
        Assert.DoesNotContain(rows, r => (r.Detail ?? "").Contains("curator"));
        var report = await Check(kit).VerifyAllAsync();
        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));

        // The chain itself still guards the erased entries: changing what erasure kept is reported.
        using (var connection = kit.Database.OpenConnection())
        {
            Execute(connection, TestProvider.IsPostgres ? """DROP TRIGGER "AuditTrail_NoUpdate" ON "AuditTrail" """ : """DROP TRIGGER "AuditTrail_NoUpdate" """);
            Execute(connection, $"""UPDATE "AuditTrail" SET "Action" = 'Withdraw' WHERE "Id" = '{rows[3].Id.ToString().ToUpperInvariant()}'""");
        }
        Assert.Equal(rows[3].Id, Assert.Single((await Check(kit).VerifyAllAsync()).Broken).Break!.EntryId);
    }

    [Fact]
    public async Task Erased_personal_text_without_an_erasure_entry_is_reported()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        var rows = await RowsAsync(kit, c.Id);
        using (var connection = kit.Database.OpenConnection())
        {
            Execute(connection, TestProvider.IsPostgres ? """DROP TRIGGER "AuditTrail_NoUpdate" ON "AuditTrail" """ : """DROP TRIGGER "AuditTrail_NoUpdate" """);
            Execute(connection, $"""UPDATE "AuditTrail" SET "Salt" = NULL, "ActorName" = 'Iemand anders' WHERE "Id" = '{rows[0].Id.ToString().ToUpperInvariant()}'""");
        }

        var broken = Assert.Single((await Check(kit).VerifyAllAsync()).Broken);

        Assert.Equal((rows[0].Id, AuditBreak.PersonalTextChanged), (broken.Break!.EntryId, broken.Break.Reason));
    }

    [Fact]
    [Trait("Provider", "Sqlite")] // a database file of the SQLite-script era, upgraded in place
    public async Task The_legacy_database_verifies_after_the_upgrade_and_a_restart_seals_nothing_again()
    {
        await using var host = await ServiceHost.StartAsync(existingDatabase: LegacyFixture);
        var check = host.Services.GetRequiredService<AuditChainCheck>();

        var report = await check.VerifyAllAsync();

        Assert.True(report.Ok, string.Join("\n", AdrDesk.AppSetup.VerifyAuditCommand.Lines(report)));
        Assert.Equal(372, report.Entries);
        Assert.NotEmpty(report.Cases);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await AuditChainSeal.SealUnsealedTrailsAsync(db));
        // The upgrade may seal, but the trail is still append-only afterwards.
        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        connection.Open();
        var refused = Assert.Throws<SqliteException>(() => Execute(connection, """UPDATE "AuditTrail" SET "Hash" = NULL"""));
        Assert.Contains("append-only", refused.Message);
    }

    [Fact]
    public async Task Only_an_admin_may_run_the_check()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var desk = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AdrDesk.Security.Roles.CaseManager)], "test"));
        var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AdrDesk.Security.Roles.Admin)], "test"));

        Assert.IsType<AdrDesk.Features.Admin.NotAnAdmin>((await Check(kit).RunAsync(desk)).Error);
        Assert.True((await Check(kit).RunAsync(admin)).IsSuccess);
    }

    private static async Task<List<AuditChain.Row>> RowsAsync(CaseTestKit kit, Guid caseId)
    {
        using var connection = kit.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT {AuditChain.Columns} FROM "AuditTrail" WHERE "CaseId" = @case ORDER BY "Sequence" """;
        command.With("@case", connection.Id(caseId));
        var rows = new List<AuditChain.Row>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(AuditChain.ReadRow(reader));
        return rows;
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<BindingRulingCase> ForwardedAsync(CaseTestKit kit)
    {
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock);
        await StepAsync(kit.Store, c, x => x.Submit(Actors.Consumer, kit.Clock, true));
        await StepAsync(kit.Store, c, x => x.StartScreening(Actors.CaseManager, kit.Clock));
        await StepAsync(kit.Store, c, x => x.AssignPanel(Actors.CaseManager, kit.Clock, [BindingRulingScenario.Member(Actors.Assessor)]));
        await StepAsync(kit.Store, c, x => x.Forward(Actors.Assessor, kit.Clock));
        return c;
    }
}
