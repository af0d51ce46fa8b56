using BenchmarkDotNet.Attributes;

namespace AdrDesk.Benchmarks;

/// <summary>BenchmarkDotNet's view: one ruling, and four at once (the renderer's default concurrency), on a warm browser.</summary>
public class RulingPdfBenchmarks
{
    private Pipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new Pipeline();
        _pipeline.RulingPdfAsync().GetAwaiter().GetResult(); // start Chromium: the figures are for a warm browser
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "1 ruling PDF (3 pages)")]
    public Task<byte[]> OneRuling() => _pipeline.RulingPdfAsync();

    [Benchmark(Description = "4 ruling PDFs concurrently")]
    public Task FourRulings() => Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _pipeline.RulingPdfAsync()));
}
