using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Infrastructure.Files;

/// <summary>
/// Uploads are written to a temporary ".part" name beside their final place and moved there only when complete, so a
/// cancelled or failed request deletes its part and a killed process leaves only ".part" files, which
/// <see cref="PartialUploadSweep"/> removes after an hour (issue 19 item 6). A reader never sees half a file.
/// </summary>
public static class PartialFiles
{
    public const string Suffix = ".part";

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> (which must not exist) through a part file.</summary>
    public static Task WriteAsync(string path, byte[] content, CancellationToken ct) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(content, token).AsTask(), ct);

    /// <summary>Lets <paramref name="write"/> fill a part file, then moves it to <paramref name="path"/>; on any failure the part is deleted.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var part = $"{path}.{Guid.NewGuid():N}{Suffix}";
        try
        {
            await using (var stream = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                await write(stream, ct);
            File.Move(part, path, overwrite: false);
        }
        catch
        {
            TryDelete(part);
            throw;
        }
    }

    /// <summary>Deletes the part files under <paramref name="root"/> last written before <paramref name="before"/>; returns how many.</summary>
    public static int Sweep(string root, DateTimeOffset before)
    {
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*" + Suffix, SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) >= before.UtcDateTime) continue;
            if (TryDelete(file)) removed++;
        }
        return removed;
    }

    public static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // still open by a slow writer, say: the next sweep takes it
        }
    }
}

/// <summary>A folder a feature keeps uploads in; registered by the feature so that the sweep finds its part files.</summary>
public interface IUploadFolder
{
    string Root { get; }
}

/// <summary>A folder given by its path.</summary>
public sealed record UploadFolder(string Root) : IUploadFolder;

/// <summary>At start and every hour: removes the part files of uploads that never finished (a killed process, a lost request), older than an hour.</summary>
public sealed class PartialUploadSweep(IEnumerable<IUploadFolder> folders, TimeProvider clock, ILogger<PartialUploadSweep> log) : BackgroundService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    public int SweepNow()
    {
        var before = clock.GetUtcNow() - MaxAge;
        var removed = 0;
        foreach (var root in folders.Select(f => Path.GetFullPath(f.Root)).Distinct())
        {
            try { removed += PartialFiles.Sweep(root, before); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning(e, "Could not sweep part files in {Root}", root);
            }
        }
        if (removed > 0) log.LogInformation("Removed {Count} unfinished upload part files", removed);
        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the start
        SweepNow();
        using var timer = new PeriodicTimer(MaxAge, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken)) SweepNow();
    }
}
