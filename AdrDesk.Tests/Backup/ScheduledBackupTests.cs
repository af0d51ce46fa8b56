using AdrDesk.AppSetup;
using AdrDesk.Features.Backup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Backup;

/// <summary>Issue 19 item 8: with Backup:Folder set, the running app backs up at the configured Amsterdam time and keeps Backup:Keep.</summary>
[Trait("Issue", "19")]
[Trait("Provider", "Sqlite")] // AdrDesk's own backup copies the SQLite file; on PostgreSQL it refuses (PostgresBackupTests)
public sealed class ScheduledBackupTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "scheduled-" + Guid.NewGuid().ToString("N")[..8]);
    // 10 January 2026, 01:00 Amsterdam: the first backup is due at 03:00 (02:00 UTC).
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-01-10T00:00:00Z"));
    private WebApplication _app = default!;

    private string Backups => Path.Combine(_root, "backups");

    public async Task InitializeAsync()
    {
        var builder = AppHost.CreateBuilder(Path.Combine(_root, "data"), new Dictionary<string, string?>
        {
            ["Documents:StorePath"] = Path.Combine(_root, "data", "documents"),
            ["Uploads:StorePath"] = Path.Combine(_root, "data", "uploads"),
            ["Backup:Folder"] = Backups,
            ["Backup:At"] = "03:00",
            ["Backup:Interval"] = "1.00:00:00",
            ["Backup:Keep"] = "2",
        });
        builder.Services.AddSingleton<TimeProvider>(_clock);
        _app = builder.Build();
        await _app.Services.InitializeDatabaseAsync(seedDemo: false);
        _app.UseAdrDesk();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(_root);
    }

    [Fact]
    public async Task Backups_run_daily_at_the_configured_time_and_only_the_newest_Keep_stay()
    {
        Assert.Empty(Complete());
        _clock.Advance(TimeSpan.FromMinutes(119)); // 02:59 Amsterdam
        await Task.Delay(300);
        Assert.Empty(Complete());

        for (var day = 1; day <= 3; day++)
        {
            _clock.Advance(TimeSpan.FromMinutes(day == 1 ? 1 : 24 * 60));
            await WaitUntil(() => Complete().Count == Math.Min(day, 2) && Complete().Any(f => f.Contains($"202601{9 + day:00}T020000Z")));
            await Task.Delay(500); // let the service take its next time from this clock before it moves again
        }
        Assert.Equal(["adrdesk-backup-20260111T020000Z", "adrdesk-backup-20260112T020000Z"], Complete().Select(Path.GetFileName));
    }

    private List<string> Complete() => Directory.Exists(Backups)
        ? Directory.GetDirectories(Backups).Where(BackupManifest.IsComplete).Order(StringComparer.Ordinal).ToList()
        : [];

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; waited < 30_000 && !condition(); waited += 100) await Task.Delay(100);
        Assert.True(condition());
    }
}
