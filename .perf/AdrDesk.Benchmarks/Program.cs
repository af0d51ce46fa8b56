using AdrDesk.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project .perf/AdrDesk.Benchmarks [-- --soak-only | --lab [--out FILE] [--no-pdf] [--only CLASS] [--quick] | --scaleout [cases] | --transport [--quick]]
// In-process: BenchmarkDotNet does not build and start a separate process per benchmark class, which keeps
// the lab short on 2 cores (the app is framework-dependent net10.0 now, so an out-of-process job would also work).
if (args.Contains("--lab"))
{
    // Issue 9 (bash .perf/run): short jobs, so that the whole lab stays near 20 minutes; results to JSON for the report.
    var outIndex = Array.IndexOf(args, "--out");
    var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine(LabHost.OutFolder, "bench.json");
    var onlyIndex = Array.IndexOf(args, "--only");
    await Lab.RunAsync(output, pdf: !args.Contains("--no-pdf"), only: onlyIndex >= 0 && onlyIndex + 1 < args.Length ? args[onlyIndex + 1] : null,
        quick: args.Contains("--quick"));
    return;
}
if (args.Contains("--cost"))
{
    // Issue 21: dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --cost [--quick]
    var job = args.Contains("--quick")
        ? Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)
        : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15);
    var costConfig = ManualConfig.CreateMinimumViable().AddJob(job)
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
    BenchmarkRunner.Run<CostBenchmarks>(costConfig);
    // Stop 6: the per-action hot paths (the message box, the thread on a case event, the case view read, the workbench
    // rows, the wizard's check, the outbox's wake query).
    BenchmarkRunner.Run<HotPathBenchmarks>(costConfig);
    return;
}
if (args.Contains("--workbench"))
{
    // Issue 7 item 9: dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --workbench [cases]
    var count = args.SkipWhile(a => a != "--workbench").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault();
    await WorkbenchBench.RunAsync(count > 0 ? count : 200_000);
    return;
}
if (args.Contains("--scaleout"))
{
    // Issue 17 item 6: dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --scaleout [cases] (docs/performance-scaleout.md)
    var count = args.SkipWhile(a => a != "--scaleout").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault();
    await ScaleOutBench.RunAsync(count > 0 ? count : 200_000);
    return;
}
if (args.Contains("--transport"))
{
    // Issue 17 item 3: dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --transport [--quick]
    // LISTEN/NOTIFY vs Redis pub/sub, and files in a folder vs in the database (docs/performance-scaleout.md).
    await TransportBench.RunAsync();
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
