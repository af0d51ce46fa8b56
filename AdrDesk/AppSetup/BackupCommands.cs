using AdrDesk.Resources;
using AdrDesk.Features.Backup;

namespace AdrDesk.AppSetup;

/// <summary>
/// Issue 19 item 8, on the console like <c>--verify-audit</c>:
/// <c>AdrDesk --backup-now &lt;folder&gt;</c> writes one online backup (safe while another AdrDesk process serves the same
/// database) into a new timestamped folder under &lt;folder&gt; and stops;
/// <c>AdrDesk --restore &lt;backupFolder&gt; &lt;targetDataFolder&gt; [--force]</c> checks every file's SHA-256 against the
/// manifest, then copies the backup into the target, refusing a non-empty target without <c>--force</c>. Exit code 0 or 1.
/// </summary>
public static class BackupCommands
{
    public const string BackupNow = "--backup-now";
    public const string Restore = "--restore";
    public const string Force = "--force";

    /// <summary>Runs before the host is built: a restore must not open, let alone migrate, the configured database.</summary>
    public static bool RestoreIfAsked(string[] args)
    {
        var at = Array.IndexOf(args, Restore);
        if (at < 0) return false;
        var backup = Operand(args, at + 1);
        var target = Operand(args, at + 2);
        var outcome = backup is null || target is null
            ? new BackupRestore.Outcome(false, [$"Usage: AdrDesk {Restore} <backupFolder> <targetDataFolder> [{Force}]"])
            : BackupRestore.Restore(backup, target, args.Contains(Force));
        foreach (var line in outcome.Lines) Console.WriteLine(line);
        Environment.ExitCode = outcome.Restored ? 0 : 1;
        return true;
    }

    public static async Task<bool> BackupNowIfAskedAsync(IServiceProvider root, string[] args)
    {
        var at = Array.IndexOf(args, BackupNow);
        if (at < 0) return false;
        if (Operand(args, at + 1) is not { } folder)
        {
            Console.WriteLine($"Usage: AdrDesk {BackupNow} <folder>");
            Environment.ExitCode = 1;
            return true;
        }
        var writer = root.GetRequiredService<BackupWriter>();
        if (writer.Refusal is { } refused)
        {
            // Issue 17: on PostgreSQL the database is backed up with pg_dump; nothing is written.
            Console.WriteLine(refused.Message(Domain.Common.Language.Nl));
            Environment.ExitCode = 1;
            return true;
        }
        var written = await writer.WriteAsync(folder);
        var manifest = BackupManifest.Read(written)!;
        Console.WriteLine($"Backup written to {written}: {manifest.Files.Count} files, {manifest.Files.Sum(f => f.Size)} bytes, manifest last.");
        Environment.ExitCode = 0;
        return true;
    }

    private static string? Operand(string[] args, int index) =>
        args.ElementAtOrDefault(index) is { } value && !value.StartsWith("--", StringComparison.Ordinal) && value.Length > 0 ? value : null;
}
