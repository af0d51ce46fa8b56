using AdrDesk.Features.Documents;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Backup;

/// <summary>
/// Writes one online backup while AdrDesk runs (issue 19 item 8): the database by <c>VACUUM INTO</c> (a consistent
/// snapshot; in WAL mode writers go on meanwhile), then the files of every store (documents, attachments, intake uploads,
/// mediation files: each store registers its folder as an <see cref="IUploadFolder"/>, documents come from
/// <see cref="DocumentOptions"/>), then the manifest. The database goes first because every store writes a file before the
/// row that names it: each row of the snapshot finds its file. The Data Protection keys are rows of the database; the
/// certificate that encrypts them is kept out on purpose (DataProtectionKeyCertificate).
/// </summary>
public sealed class BackupWriter(
    DatabaseOptions database,
    IOptions<DocumentOptions> documents,
    IEnumerable<IUploadFolder> uploadFolders,
    TimeProvider clock,
    ILogger<BackupWriter> log)
{
    public const string Prefix = "adrdesk-backup-";
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The folders backed up, by the name they get in the backup and in a restored data folder.</summary>
    public IReadOnlyList<(string Name, string Root)> Folders()
    {
        var roots = new[] { documents.Value.StorePath }.Concat(uploadFolders.Select(f => f.Root))
            .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var named = new List<(string, string)>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "manifest.json" };
        foreach (var root in roots)
        {
            var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
            if (string.IsNullOrEmpty(name)) name = "files";
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++) unique = $"{name}-{n}";
            named.Add((unique, root));
        }
        return named;
    }

    /// <summary>Why this desk cannot back itself up (PostgreSQL: pg_dump is the way), or null.</summary>
    public Domain.Common.DomainError? Refusal => database.Provider == DatabaseProvider.Postgres ? new BackupNeedsPgDump() : null;

    /// <summary>Writes a new backup folder under <paramref name="parent"/> and returns its path.</summary>
    public async Task<string> WriteAsync(string parent, CancellationToken cancellationToken = default)
    {
        if (Refusal is { } refused) throw new InvalidOperationException(refused.Code);
        await _one.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetUtcNow();
            var target = NewFolder(Path.GetFullPath(parent), started);
            var files = new List<BackupFile>();

            var databaseName = Path.GetFileName(database.Path);
            var databaseCopy = Path.Combine(target, databaseName);
            await using (var connection = new SqliteConnection(database.SqliteConnectionString()))
            {
                await connection.OpenAsync(cancellationToken);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", databaseCopy);
                vacuum.CommandTimeout = 0;
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }
            await KeepWalModeAsync(databaseCopy, cancellationToken);
            files.Add(Entry(target, databaseCopy));

            var folders = Folders();
            foreach (var (name, root) in folders)
            {
                var into = Path.Combine(target, name);
                Directory.CreateDirectory(into);
                if (!Directory.Exists(root)) continue;
                foreach (var source in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (source.EndsWith(PartialFiles.Suffix, StringComparison.Ordinal)) continue; // an upload still being written
                    var copy = Path.Combine(into, Path.GetRelativePath(root, source));
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    try { File.Copy(source, copy); }
                    catch (FileNotFoundException) { continue; } // erased (D24) while we walked the folder
                    files.Add(Entry(target, copy));
                }
            }

            new BackupManifest(BackupManifest.CurrentFormat, started, databaseName, folders.Select(f => f.Name).ToList(), files).Write(target);
            log.LogInformation("Backup {Folder} written: {Files} files, {Bytes} bytes", target, files.Count, files.Sum(f => f.Size));
            return target;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Deletes all but the newest <paramref name="keep"/> complete backups, and unfinished ones older than the newest complete one.</summary>
    public IReadOnlyList<string> Prune(string parent, int keep)
    {
        if (!Directory.Exists(parent)) return [];
        var all = Directory.EnumerateDirectories(parent, Prefix + "*").Order(StringComparer.Ordinal).ToList(); // names sort by time
        var complete = all.Where(BackupManifest.IsComplete).ToList();
        var newestComplete = complete.LastOrDefault();
        var doomed = complete.Take(Math.Max(0, complete.Count - Math.Max(1, keep)))
            .Concat(all.Where(f => !BackupManifest.IsComplete(f) && newestComplete is not null && string.CompareOrdinal(f, newestComplete) < 0))
            .ToList();
        foreach (var folder in doomed)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { log.LogWarning(e, "Old backup {Folder} not deleted", folder); }
        }
        return doomed;
    }

    /// <summary>
    /// VACUUM INTO writes a rollback-journal file; AdrDesk's databases are WAL, and EF Core's existence check opens a
    /// database read-only, where switching the journal mode fails. A restored copy opens like the original.
    /// </summary>
    private static async Task KeepWalModeAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string NewFolder(string parent, DateTimeOffset at)
    {
        Directory.CreateDirectory(parent);
        var stamp = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(parent, Prefix + stamp + (n == 1 ? "" : $"-{n}"));
            if (Directory.Exists(path)) continue;
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static BackupFile Entry(string backupFolder, string file) => new(
        Path.GetRelativePath(backupFolder, file).Replace(Path.DirectorySeparatorChar, '/'),
        new FileInfo(file).Length,
        BackupManifest.Sha256Of(file));
}
