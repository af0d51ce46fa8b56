using System.Security.Cryptography;
using System.Text.Json;

namespace AdrDesk.Features.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup folder: every file with its size and SHA-256. It is written last (to a temporary name,
/// then moved), so a folder without it is a backup that did not finish and is never restored.
/// </summary>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string Database, IReadOnlyList<string> Folders, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static bool IsComplete(string backupFolder) => File.Exists(Path.Combine(backupFolder, FileName));

    public static BackupManifest? Read(string backupFolder)
    {
        var path = Path.Combine(backupFolder, FileName);
        if (!File.Exists(path)) return null;
        try { return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json); }
        catch (JsonException) { return null; }
    }

    public void Write(string backupFolder)
    {
        var temporary = Path.Combine(backupFolder, FileName + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, Path.Combine(backupFolder, FileName));
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The full path of a manifest entry under <paramref name="root"/>, or null when the entry would leave it.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative)) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }
}

/// <summary>One file of a backup: its path relative to the backup folder ('/' separated), size and SHA-256 (lower-case hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
