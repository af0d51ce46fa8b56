using AdrDesk.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project .perf/AdrDesk.Benchmarks [-- --soak-only]
// In-process: the app is net9.0 self-contained and the machines carry only the .NET 10 runtime, so
// BenchmarkDotNet must not build and start a separate benchmark process.
if (args.Contains("--workbench"))
{
    // Issue 7 item 9: dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --workbench [cases]
    var count = args.SkipWhile(a => a != "--workbench").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault();
    await WorkbenchBench.RunAsync(count > 0 ? count : 200_000);
    return;
}
if (!args.Contains("--soak-only"))
{
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts")); // under bin/, not committed
    BenchmarkRunner.Run<RulingPdfBenchmarks>(config);
}
await Soak.RunAsync(sequential: 200, total: 1000, concurrency: 4);
