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

        // Warm the page pool at full concurrency first: its pages (and their renderer processes)
        // are the browser's working set, not growth.
        await Task.WhenAll(Enumerable.Range(0, concurrency * 10).Select(_ => pipeline.RulingPdfAsync()));
        Report(0);
        var next = 0;
        var done = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                await pipeline.RulingPdfAsync();
                if (Interlocked.Increment(ref done) % 250 == 0)
                    Report(done);
            }
        }));
        wall.Stop();
        Console.WriteLine($"{total} rulings, {concurrency} concurrent: {wall.Elapsed.TotalSeconds:F1} s, {total / wall.Elapsed.TotalSeconds:F1} documents/s");
    }

    // RSS summed over processes counts shared pages (the Chromium binary, fonts) once per process:
    // an upper bound, and the trend over the run is what matters.
    private static void Report(int documents)
    {
        var mine = ChromiumProcesses.Mine();
        Console.WriteLine($"after {documents,4} documents: {mine.Count} Chromium processes, {mine.Sum(p => p.ResidentKb) / 1024.0:F0} MB resident (sum of RSS)");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    // Each page of a Chromium PDF is one "/Type /Page" object (not "/Pages").
    private static int CountPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b(?!s)").Count;
}
