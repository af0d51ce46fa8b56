namespace AdrDesk.Features.Backup;

/// <summary>
/// Issue 19 item 8: scheduled online backups. Off while <see cref="Folder"/> is empty. A backup runs every
/// <see cref="Interval"/> counted from <see cref="At"/> on the desk's clock (Europe/Amsterdam): the default is daily at 03:00.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where backups are written, one timestamped folder each; empty: no scheduled backups.</summary>
    public string Folder { get; set; } = "";

    /// <summary>Time between backups (a whole number of days keeps the wall-clock time across daylight saving).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The Amsterdam time of day the schedule starts from.</summary>
    public TimeOnly At { get; set; } = new(3, 0);

    /// <summary>How many complete backups to keep; older ones are deleted after a new one completes.</summary>
    public int Keep { get; set; } = 7;
}
