using System.Diagnostics;

namespace AdrDesk.Infrastructure.Diagnostics;

/// <summary>
/// Server-side durations of named hot operations (e.g. the intake submission), for the diagnostics endpoint: the load
/// runner measures in the browser, which on a shared machine includes its own Chromium's queueing; this says what the
/// server itself took. Keeps the last <see cref="Capacity"/> samples per operation; cheap enough to leave on. In
/// Infrastructure because any feature may time its hot path; the diagnostics feature only reports the figures.
/// </summary>
public sealed class OperationTimings
{
    public const int Capacity = 4096;

    public sealed record Figures(long Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs);

    private sealed class Ring
    {
        public readonly double[] Samples = new double[Capacity];
        public long Count;
    }

    private readonly Dictionary<string, Ring> _rings = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Times the operation until the result is disposed: <c>using var _ = timings.Measure("intake.submit");</c></summary>
    public Scope Measure(string operation) => new(this, operation, Stopwatch.GetTimestamp());

    public void Record(string operation, TimeSpan duration)
    {
        lock (_lock)
        {
            if (!_rings.TryGetValue(operation, out var ring)) _rings[operation] = ring = new Ring();
            ring.Samples[ring.Count % Capacity] = duration.TotalMilliseconds;
            ring.Count++;
        }
    }

    /// <summary>Per operation: how many since the last reset, and percentiles over the samples kept.</summary>
    public IReadOnlyDictionary<string, Figures> Snapshot()
    {
        lock (_lock)
        {
            return _rings.ToDictionary(r => r.Key, r =>
            {
                var kept = r.Value.Samples.AsSpan(0, (int)Math.Min(r.Value.Count, Capacity)).ToArray();
                Array.Sort(kept);
                return new Figures(r.Value.Count, Percentile(kept, 0.50), Percentile(kept, 0.95), Percentile(kept, 0.99), kept.Length == 0 ? 0 : kept[^1]);
            }, StringComparer.Ordinal);
        }
    }

    public void Reset()
    {
        lock (_lock) _rings.Clear();
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public readonly struct Scope(OperationTimings owner, string operation, long started) : IDisposable
    {
        public void Dispose() => owner.Record(operation, Stopwatch.GetElapsedTime(started));
    }
}
