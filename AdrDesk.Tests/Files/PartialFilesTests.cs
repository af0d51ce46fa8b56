using AdrDesk.Infrastructure.Files;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Files;

/// <summary>Issue 19 item 6: an upload that does not finish leaves nothing behind, and an orphan part file is swept after an hour.</summary>
public sealed class PartialFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("adrdesk-parts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string[] Files() => Directory.GetFiles(_root, "*", SearchOption.AllDirectories);

    [Fact]
    public async Task A_finished_write_appears_under_its_name_only()
    {
        var path = Path.Combine(_root, "ab", "abcdef.bin");
        await PartialFiles.WriteAsync(path, "%PDF-1.7"u8.ToArray(), CancellationToken.None);
        Assert.Equal([path], Files());
        Assert.Equal("%PDF-1.7"u8.ToArray(), await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_failed_or_cancelled_write_leaves_no_file()
    {
        var path = Path.Combine(_root, "ab", "abcdef.bin");
        await Assert.ThrowsAsync<IOException>(() => PartialFiles.WriteAsync(path, async (s, ct) =>
        {
            await s.WriteAsync(new byte[4096], ct);
            throw new IOException("the browser went away");
        }, CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PartialFiles.WriteAsync(path, async (s, ct) =>
        {
            await s.WriteAsync(new byte[4096], ct);
            await cancelled.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }, cancelled.Token));
        Assert.Empty(Files());
    }

    [Fact]
    public void The_sweep_removes_part_files_older_than_an_hour_and_nothing_else()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(Path.Combine(_root, "ab"));
        string Make(string name, TimeSpan age)
        {
            var path = Path.Combine(_root, "ab", name);
            File.WriteAllBytes(path, [1, 2, 3]);
            File.SetLastWriteTimeUtc(path, (clock.GetUtcNow() - age).UtcDateTime);
            return path;
        }
        Make("killed.bin.1234.part", TimeSpan.FromHours(2)); // a request killed two hours ago
        var writing = Make("writing.bin.5678.part", TimeSpan.FromMinutes(5)); // still being written
        var kept = Make("kept.bin", TimeSpan.FromDays(30)); // a real upload, however old

        var sweep = new PartialUploadSweep([new UploadFolder(_root), new UploadFolder(Path.Combine(_root, "missing"))], clock, NullLogger<PartialUploadSweep>.Instance);
        Assert.Equal(1, sweep.SweepNow());
        Assert.Equal(new[] { kept, writing }.Order(), Files().Order());
    }
}
