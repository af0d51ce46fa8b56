using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Mediation.Scheduling;

/// <summary>Issue 8: mails a reminder with the .ics 48 hours before each confirmed session. Idempotent (see <see cref="SchedulingService.SendDueRemindersAsync"/>).</summary>
public sealed class SessionReminderService(
    SchedulingService scheduling, IDbContextFactory<AdrDbContext> factory, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<SessionReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled) return;
        using var timer = new PeriodicTimer(options.Value.ReminderPeriod, clock);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Session reminders failed; trying again next round");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        // Issue 17: one server at a time (ClusterWork), or two could mail the same reminder.
        var sent = await ClusterWork.AloneAsync(factory, nameof(SessionReminderService), () => scheduling.SendDueRemindersAsync(ct), ct);
        if (sent > 0) logger.LogInformation("Session reminders: {Count} sent", sent);
        return sent;
    }
}
