namespace AdrDesk.Features.Backup;

public static class BackupSetup
{
    /// <summary>Issue 19 item 8: the backup writer (also used by <c>--backup-now</c>) and the scheduled backup.</summary>
    public static IServiceCollection AddBackup(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section);
        services.AddSingleton<BackupWriter>();
        services.AddHostedService<BackupService>();
        return services;
    }
}
