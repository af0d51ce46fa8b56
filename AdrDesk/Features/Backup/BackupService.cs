using AdrDesk.Resources;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Backup;

/// <summary>
/// The scheduled backup (issue 19 item 8): when <see cref="BackupOptions.Folder"/> is set, waits on the
/// <see cref="TimeProvider"/> until the next time of <see cref="BackupSchedule"/>, writes a backup, prunes to
/// <see cref="BackupOptions.Keep"/>. A failed backup is logged and tried again at the next time; its unfinished folder
/// (no manifest) is deleted by a later prune.
/// </summary>
public sealed class BackupService(BackupWriter writer, IOptions<BackupOptions> options, TimeProvider clock, ILogger<BackupService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Folder)) return;
        if (writer.Refusal is { } refused)
        {
            log.LogError("Backup:Folder is set, but no scheduled backup runs: {Reason}", refused.Message(Domain.Common.Language.En));
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = BackupSchedule.Next(now, settings.At, settings.Interval);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await writer.WriteAsync(settings.Folder, stoppingToken);
                writer.Prune(settings.Folder, settings.Keep);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Scheduled backup to {Folder} failed", settings.Folder);
            }
        }
    }
}
