namespace AdrDesk.Features.Backup;

/// <summary>
/// Restores a backup into a data folder (issue 19 item 8): the database as <c>&lt;target&gt;/&lt;database name&gt;</c>
/// and each store's files as <c>&lt;target&gt;/&lt;folder name&gt;</c>, which is AdrDesk's default layout under
/// <c>data/</c>. Every file's size and SHA-256 are checked against the manifest before anything is written; a target
/// that holds anything is refused unless <c>force</c> (then the database and the backed-up folders in it are replaced).
/// </summary>
public static class BackupRestore
{
    public sealed record Outcome(bool Restored, IReadOnlyList<string> Lines);

    /// <summary>The problems of a backup folder: no manifest, a missing file, a size or hash that differs. Empty: intact.</summary>
    public static IReadOnlyList<string> Verify(string backupFolder, out BackupManifest? manifest)
    {
        manifest = null;
        if (!Directory.Exists(backupFolder)) return [$"{backupFolder} does not exist."];
        var read = BackupManifest.Read(backupFolder);
        manifest = read;
        if (read is null) return [$"{backupFolder} has no readable {BackupManifest.FileName}: the backup did not finish, or this is not a backup."];
        var problems = new List<string>();
        if (!read.Files.Any(f => f.Path == read.Database)) problems.Add($"The manifest lists no database file {read.Database}.");
        foreach (var file in read.Files)
        {
            var path = BackupManifest.Resolve(backupFolder, file.Path);
            if (path is null) problems.Add($"{file.Path}: not a path inside the backup.");
            else if (!File.Exists(path)) problems.Add($"{file.Path}: missing.");
            else if (new FileInfo(path).Length != file.Size) problems.Add($"{file.Path}: {new FileInfo(path).Length} bytes, the manifest says {file.Size}.");
            else if (BackupManifest.Sha256Of(path) != file.Sha256) problems.Add($"{file.Path}: SHA-256 differs from the manifest.");
        }
        return problems;
    }

    public static Outcome Restore(string backupFolder, string targetDataFolder, bool force)
    {
        backupFolder = Path.GetFullPath(backupFolder);
        var target = Path.GetFullPath(targetDataFolder);
        var problems = Verify(backupFolder, out var manifest);
        if (problems.Count > 0 || manifest is null)
            return new Outcome(false, ["Backup NOT intact; nothing was restored.", .. problems]);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
            return new Outcome(false, [$"{target} is not empty; nothing was restored. Give an empty folder, or add --force to replace its database and files."]);

        Directory.CreateDirectory(target);
        if (force)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path.Combine(target, manifest.Database + suffix));
            }
            foreach (var folder in manifest.Folders)
            {
                if (BackupManifest.Resolve(target, folder) is { } existing && Directory.Exists(existing)) Directory.Delete(existing, recursive: true);
            }
        }
        foreach (var folder in manifest.Folders)
        {
            if (BackupManifest.Resolve(target, folder) is { } path) Directory.CreateDirectory(path);
        }
        foreach (var file in manifest.Files)
        {
            var into = BackupManifest.Resolve(target, file.Path)!;
            Directory.CreateDirectory(Path.GetDirectoryName(into)!);
            File.Copy(BackupManifest.Resolve(backupFolder, file.Path)!, into, overwrite: false);
        }
        return new Outcome(true,
        [
            $"Restored {manifest.Files.Count} files of the backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC into {target} (every SHA-256 checked).",
            $"Start AdrDesk with Database:Path={Path.Combine(target, manifest.Database)}"
                + string.Concat(manifest.Folders.Select(f => $", {f} in {Path.Combine(target, f)}"))
                + "; the Data Protection certificate is not in a backup: give the same DataProtection:CertificatePath.",
        ]);
    }
}
