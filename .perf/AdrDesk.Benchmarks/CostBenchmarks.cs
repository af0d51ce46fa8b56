using System.IO.Compression;
using System.Threading.RateLimiting;
using AdrDesk.Security;
using BenchmarkDotNet.Attributes;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 21: the hot paths the CPU profiles found (docs/performance-cost.md), so that a later change shows up.
/// `dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --cost [--quick]`.
/// </summary>
[MemoryDiagnoser]
public class CostBenchmarks
{
    private readonly KeyedWindow _window = new(5, TimeSpan.FromMinutes(15), TimeProvider.System);
    private PartitionedRateLimiter<string> _limiter = null!;
    private byte[] _batch = [];
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        // What AccountThrottle used before: a partitioned sliding-window limiter (with its 100-ms timer).
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 5, Window = TimeSpan.FromMinutes(15), SegmentsPerWindow = 5, QueueLimit = 0, AutoReplenishment = true,
        }));
        // A render batch the size of a workbench page change (~36 KB): markup-like text with the repetition of table rows.
        var row = "<tr class=\"mud-table-row\"><td class=\"mud-table-cell\" data-label=\"Zaak\"><a class=\"wb-number\" href=\"workbench/DD-2026-0000{0:00}\">DD-2026-0000{0:00}</a></td><td class=\"mud-table-cell\" data-label=\"Status\">Informatie verzamelen</td></tr>";
        _batch = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 160).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, i))));
    }

    [GlobalCleanup]
    public void Cleanup() => _limiter.Dispose();

    /// <summary>A failed sign-in counted and the next one checked, many clients (KeyedWindow, no timer).</summary>
    [Benchmark]
    public bool SignInFailure_KeyedWindow()
    {
        var key = $"client-{_n++ % 1000}";
        _window.TryHit(key);
        return _window.Available(key) > 0;
    }

    /// <summary>The same with the framework's partitioned limiter AccountThrottle used before.</summary>
    [Benchmark(Baseline = true)]
    public bool SignInFailure_PartitionedRateLimiter()
    {
        var key = $"client-{_n++ % 1000}";
        using (_limiter.AttemptAcquire(key)) { }
        return _limiter.GetStatistics(key)?.CurrentAvailablePermits is not 0;
    }

    /// <summary>Per-message deflate of one ~36 KB render batch, what the circuit's WebSocket did per batch before.</summary>
    [Benchmark]
    public long RenderBatch_Deflate()
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(_batch);
        return output.Length;
    }
}
