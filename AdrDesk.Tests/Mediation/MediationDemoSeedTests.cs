using AdrDesk.AppSetup;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation.Bemiddeling;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Mediation;

/// <summary>The demo seed (Development, --seed-demo) gives the demo mediator a filled agenda and dashboard, and the desk a bemiddeling request.</summary>
public sealed class MediationDemoSeedTests : IAsyncLifetime
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
            ["Mediation:RemindersEnabled"] = "false",
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
    [Trait("Rule", "M7")]
    public async Task The_demo_mediator_has_an_office_a_filled_agenda_and_a_mediation_with_proposed_and_confirmed_sessions()
    {
        AppUser mediator;
        await using (var scope = _app.Services.CreateAsyncScope())
            mediator = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("mediator@demo.adrdesk.nl"))!;
        var me = new Person(mediator.Id, mediator.DisplayName, Roles.Mediator, mediator.Email!).User;
        var factory = _app.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        var office = await db.Set<MediatorOffice>().Include(o => o.Rooms).SingleAsync(o => o.MediatorId == mediator.Id);
        Assert.Equal(2, office.Rooms.Count);
        var rows = await db.Set<SessionAppointment>().AsNoTracking().ToListAsync();
        var byCase = rows.GroupBy(r => r.CaseNumber).ToList();
        Assert.Contains(byCase, g => g.Any(r => r.Status == AppointmentStatus.Proposed) && g.Any(r => r.Status == AppointmentStatus.Confirmed));
        Assert.Contains(rows, r => r.Status == AppointmentStatus.Declined);
        Assert.Contains(rows, r => r.Status == AppointmentStatus.Held);

        // Every confirmed or held row is a joint session the domain scheduled (M7), at the office (M5).
        var joint = await db.Set<MediationCase>().AsNoTracking().AsSplitQuery().Where(c => c.MediatorId == mediator.Id).ToListAsync();
        foreach (var row in rows.Where(r => r.Status is AppointmentStatus.Confirmed or AppointmentStatus.Held))
            Assert.Contains(joint.Single(c => c.Number.ToString() == row.CaseNumber).Sessions, s => s.StartsAt == row.StartsAt);
        Assert.All(rows, r => Assert.StartsWith(MediationDemoSeeder.OfficeName, r.Location));

        var now = DateTimeOffset.UtcNow;
        var agenda = await _app.Services.GetRequiredService<SchedulingService>().CalendarAsync(me, now, now.AddDays(31));
        Assert.True(agenda.Count >= 6, $"{agenda.Count} entries in the coming month");
        var dashboard = await _app.Services.GetRequiredService<MediationService>().ListAsync(me);
        Assert.Equal(4, dashboard.Count); // the fifth demo mediation is still with the desk (no mediator yet)
        Assert.Contains(dashboard, d => d.NextSessionAt > now);

        var audit = await db.Set<AuditEntry>().Where(a => a.Action == "ProposeSession").CountAsync();
        Assert.Equal(rows.Count, audit);

        var desk = new Person(Guid.NewGuid(), "Balie", Roles.CaseManager, "balie@test.adrdesk.nl").User;
        var requests = await _app.Services.GetRequiredService<BemiddelingService>().ListAsync(desk);
        Assert.Contains(requests, r => r.State == BemiddelingState.Registered);

        // A second start with --seed-demo adds nothing.
        await _app.Services.InitializeDatabaseAsync(seedDemo: true);
        Assert.Equal(rows.Count, await db.Set<SessionAppointment>().CountAsync());
    }
}
