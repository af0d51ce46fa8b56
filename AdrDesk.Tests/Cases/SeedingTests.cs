using AdrDesk.AppSetup;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Cases;

/// <summary>The app's own services over a temp database (host not started: no background services run).</summary>
public sealed class SeedingTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(_folder, "adrdesk.db"),
            ["Mail:OutboxFolder"] = Path.Combine(_folder, "outbox"),
            ["DueWork:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddAdrDesk();
        _app = builder.Build();
        await _app.Services.InitializeDatabaseAsync(seedDemo: true);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* temp */ }
    }

    [Fact]
    public async Task Demo_cases_cover_every_binding_ruling_state_and_leave_no_due_work_behind()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var states = await db.Set<CaseSummary>().Where(s => s.Scheme == Scheme.BindingRuling).Select(s => s.State).Distinct().ToListAsync();
        string[] expected =
        [
            "Filed", "Screening", "Refused", "AwaitingSubscription", "AwaitingConsent", "ForwardedToRespondent", "SettlementAttempt",
            "InformationGathering", "DossierComplete", "RulingInPreparation", "RulingIssued", "CompliancePeriod", "ReminderSent",
            "Complied", "NonCompliance", "Withdrawn", "Settled", "Closed",
        ];
        Assert.Empty(expected.Except(states));
        Assert.Equal(5, await db.Set<CaseSummary>().CountAsync(s => s.Scheme == Scheme.B2BMediation));
        Assert.Equal(5, await db.Set<CaseSummary>().CountAsync(s => s.Scheme == Scheme.ConsumerBemiddeling));
        Assert.True(await db.Set<AuditEntry>().CountAsync() > 150);
        Assert.Equal(0, await _app.Services.GetRequiredService<DueWorkService>().RunOnceAsync());

        // A second start with --seed-demo adds nothing.
        var before = await db.Set<CaseSummary>().CountAsync();
        await _app.Services.InitializeDatabaseAsync(seedDemo: true);
        Assert.Equal(before, await db.Set<CaseSummary>().CountAsync());
    }

    [Fact]
    public async Task Volume_cases_are_consistent_aggregates_with_their_summaries()
    {
        var store = _app.Services.GetRequiredService<CaseStore>();
        await CaseVolume.SeedVolumeAsync(_app.Services, 1_500);

        await using var db = await Factory.CreateDbContextAsync();
        var summaries = await db.Set<CaseSummary>().Where(s => s.Scheme == Scheme.BindingRuling).OrderBy(s => s.Number).ToListAsync();
        Assert.Equal(1_500 + 19, summaries.Count);
        Assert.Equal(summaries.Count, summaries.Select(s => s.Number).Distinct().Count());
        foreach (var summary in summaries.Where((_, i) => i % 97 == 0))
        {
            var loaded = (await store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(summary.Number).Value)).Value;
            var projected = new CaseSummary { AmountClaimed = summary.AmountClaimed };
            CaseIndexer.Apply(projected, loaded, summary.UpdatedAt);
            Assert.Equivalent(summary, projected);
        }
        Assert.Equal(0, await _app.Services.GetRequiredService<DueWorkService>().RunOnceAsync());
        // The volume cases are ordinary cases: the store can go on with one.
        var anyScreening = summaries.First(s => s.State == "Screening");
        var c = (await store.LoadAsync<BindingRulingCase>(CaseNumber.Parse(anyScreening.Number).Value)).Value;
        var version = c.Version;
        Assert.True(c.RequestSubscription(new Actor(Guid.NewGuid(), "Balie", Role.CaseManager), TimeProvider.System).IsSuccess);
        Assert.True((await store.SaveAsync(c, version)).IsSuccess);
    }

    private IDbContextFactory<AdrDbContext> Factory => _app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
}
