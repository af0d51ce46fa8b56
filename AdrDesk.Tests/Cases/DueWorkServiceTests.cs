using AdrDesk.Infrastructure.Data;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static AdrDesk.Tests.Cases.CaseFixtures;

namespace AdrDesk.Tests.Cases;

public sealed class DueWorkServiceTests
{
    private static DueWorkService Service(CaseTestKit kit) => new(
        kit.Store, kit.Database, [], kit.Clock, Options.Create(new DueWorkOptions { Enabled = false }), NullLogger<DueWorkService>.Instance);

    [Fact]
    [Trait("Rule", "D25g")]
    public async Task D25g_Lapsed_consent_refuses_the_case_once_however_often_the_service_runs()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await NewBindingRulingAsync(kit.Store, kit.Clock, PartyRole.Business);
        await StepAsync(kit.Store, c, x => x.Submit(Actors.Webshop, kit.Clock, true));
        await StepAsync(kit.Store, c, x => x.StartScreening(Actors.CaseManager, kit.Clock));
        await StepAsync(kit.Store, c, x => x.RequestConsent(Actors.CaseManager, kit.Clock));
        var service = Service(kit);

        kit.Clock.Advance(TimeSpan.FromDays(34));
        Assert.Equal(0, await service.RunOnceAsync()); // 5 weeks not yet over
        kit.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await service.RunOnceAsync());
        Assert.Equal(0, await service.RunOnceAsync()); // a second run (or after a restart) finds nothing

        var refused = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        Assert.Equal(BindingRulingState.Refused, refused.State);
        Assert.Equal("D25g", refused.RefusalReasons.Single().RuleId);
        Assert.Single(kit.Bus.Published, e => e.Kind == "LapseConsent");
        await using var db = kit.Database.CreateDbContext();
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "LapseConsent" && a.Role == Role.System));
    }

    [Fact]
    [Trait("Rule", "D12")]
    public async Task D12_An_overdue_response_moves_the_case_on_and_the_term_is_missed()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);

        kit.Clock.Advance(TimeSpan.FromDays(15));
        Assert.Equal(1, await Service(kit).RunOnceAsync());
        Assert.Equal(0, await Service(kit).RunOnceAsync());

        var moved = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        Assert.Equal(BindingRulingState.SettlementAttempt, moved.State);
        Assert.Equal(DeadlineStatus.Missed, moved.Deadlines.Single(d => d.Kind == DeadlineKind.Response).Status);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public async Task D18_The_one_reminder_is_sent_when_the_compliance_term_has_passed()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await RichBindingRulingAsync(kit.Store, kit.Clock);

        kit.Clock.Advance(TimeSpan.FromDays(16));
        Assert.Equal(1, await Service(kit).RunOnceAsync());
        Assert.Equal(0, await Service(kit).RunOnceAsync());

        Assert.Equal(BindingRulingState.ReminderSent, (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value.State);
    }

    [Fact]
    [Trait("Rule", "D24")]
    public async Task D24_Two_years_after_a_refusal_the_personal_data_is_erased()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        await StepAsync(kit.Store, c, x => x.RecordResponse(Actors.Webshop, kit.Clock, "Persoonlijke gegevens in het verweer."));
        await StepAsync(kit.Store, c, x => x.Refuse(Actors.CaseManager, kit.Clock, [new RefusalReason("D25h", "Webshop failliet, curator mr. X.")]));
        var service = Service(kit);

        kit.Clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(0, await service.RunOnceAsync());
        kit.Clock.Advance(TimeSpan.FromDays(367));
        Assert.Equal(1, await service.RunOnceAsync());
        Assert.Equal(0, await service.RunOnceAsync());

        var erased = (await kit.Store.LoadAsync<BindingRulingCase>(c.Number)).Value;
        Assert.Equal(BindingRulingState.DataErased, erased.State);
        Assert.Empty(erased.Submissions);
        Assert.All(erased.Parties, p => Assert.Equal(("[verwijderd]", (Guid?)null, (Representative?)null), (p.Name, p.UserId, p.Representative)));
        Assert.Equal(("D25h", ""), (erased.RefusalReasons.Single().RuleId, erased.RefusalReasons.Single().WrittenReason));
        Assert.NotNull(erased.FiledAt); // statistics keep their dates
        await using var db = kit.Database.CreateDbContext();
        var summary = await db.Set<CaseSummary>().SingleAsync();
        Assert.Equal(("DataErased", (string?)null, (Guid?)null), (summary.State, summary.ConsumerName, summary.ConsumerUserId));
        Assert.False(await db.Set<CaseParticipant>().AnyAsync(p => p.Relation == CaseRelation.Consumer));
        // The audit trail keeps who did what when, without the free text or a party's name.
        var trail = await db.Set<AuditEntry>().Where(a => a.CaseId == c.Id).ToListAsync();
        Assert.Contains(trail, a => a.Action == "Refuse");
        Assert.DoesNotContain(trail, a => (a.Detail ?? "").Contains("curator") || (a.Detail ?? "").Contains("verweer"));
        Assert.All(trail.Where(a => a.Role is Role.Consumer or Role.Business), a => Assert.Equal("[verwijderd]", a.ActorName));
    }

    [Fact]
    [Trait("Rule", "D24")]
    public async Task D24_The_audit_trail_of_a_case_that_is_not_erased_cannot_be_redacted()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        var c = await ForwardedAsync(kit);
        using var connection = kit.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """UPDATE "AuditTrail" SET "Detail" = '[verwijderd]' WHERE "CaseNumber" = @n""";
        command.With("@n", c.Number.ToString());

        var refused = Assert.ThrowsAny<System.Data.Common.DbException>(() => command.ExecuteNonQuery());
        Assert.Contains("append-only", refused.Message);
    }

    [Fact]
    public async Task Two_services_running_at_once_act_on_each_case_exactly_once()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        for (var i = 0; i < 6; i++) await ForwardedAsync(kit);
        kit.Clock.Advance(TimeSpan.FromDays(15));

        var rounds = await Task.WhenAll(Task.Run(() => Service(kit).RunOnceAsync()), Task.Run(() => Service(kit).RunOnceAsync()));

        Assert.Equal(6, rounds.Sum());
        Assert.Equal(6, kit.Bus.Published.Count(e => e.Kind == "ExpireResponseTerm"));
        Assert.Equal(0, await Service(kit).RunOnceAsync());
    }

    [Fact]
    [Trait("Provider", "Sqlite")] // reads SQLite's EXPLAIN QUERY PLAN
    public async Task The_due_work_query_is_driven_by_the_status_and_due_index()
    {
        await using var kit = await CaseTestKit.CreateAsync();
        await using var db = kit.Database.CreateDbContext();
        var query = DueWorkService.Candidates(db, kit.Clock.GetUtcNow()).ToQueryString();

        var plan = await ExplainAsync(kit.Database, query);

        Assert.Contains(plan, line => line.Contains("IX_BindingRulingDeadlines_Status_DueAt", StringComparison.Ordinal));
        // "SCAN s" walks the small DISTINCT result (EF's subquery alias) to order it; no table is scanned.
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal)
            && line != "SCAN s" && !line.Contains("INDEX", StringComparison.Ordinal));
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

    /// <summary>EXPLAIN QUERY PLAN of EF's SQL; ToQueryString gives SQLite parameters as ".param set" lines.</summary>
    internal static async Task<List<string>> ExplainAsync(TestDatabase database, string queryString)
    {
        var lines = queryString.Split('\n');
        using var connection = database.OpenConnection();
        await using var command = connection.CreateCommand();
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Trim().Split(' ', 2);
            var value = parts[1].Trim();
            command.Parameters.Add(new SqliteParameter(parts[0], value.StartsWith('\'') ? value.Trim('\'') : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
