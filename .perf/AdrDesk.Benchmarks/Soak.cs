using System.Diagnostics;
using AdrDesk.Tests.Documents;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Per-document latency (median, p95) one at a time, then 1,000 documents four at a time:
/// throughput, and Chromium's processes and resident memory before and after (issue 4, item 5:
/// no growth over 1,000 documents).
/// </summary>
public static class Soak
{
    public static async Task RunAsync(int sequential, int total, int concurrency)
    {
        await using var pipeline = new Pipeline();
        for (var i = 0; i < 10; i++)
            await pipeline.RulingPdfAsync(); // warm: browser started, pages pooled, JIT done

        var latencies = new List<double>(sequential);
        var pages = 0;
        for (var i = 0; i < sequential; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var pdf = await pipeline.RulingPdfAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            pages = CountPages(pdf);
        }
        latencies.Sort();
        Console.WriteLine($"Sequential, warm browser, {sequential} rulings of {pages} pages: median {Percentile(latencies, 0.50):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, min {latencies[0]:F1} ms, max {latencies[^1]:F1} ms");

        var before = Snapshot();
        var next = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
                await pipeline.RulingPdfAsync();
        }));
        wall.Stop();
        var after = Snapshot();
        Console.WriteLine($"{total} rulings, {concurrency} concurrent: {wall.Elapsed.TotalSeconds:F1} s, {total / wall.Elapsed.TotalSeconds:F1} documents/s");
        Console.WriteLine($"Chromium before: {before.Processes} processes, {before.ResidentMb:F0} MB resident; after: {after.Processes} processes, {after.ResidentMb:F0} MB resident");
    }

    private static (int Processes, double ResidentMb) Snapshot()
    {
        var mine = ChromiumProcesses.Mine();
        return (mine.Count, mine.Sum(p => p.ResidentKb) / 1024.0);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    // Each page of a Chromium PDF is one "/Type /Page" object (not "/Pages").
    private static int CountPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b(?!s)").Count;
}
