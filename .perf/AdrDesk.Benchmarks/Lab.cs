using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace AdrDesk.Benchmarks;

/// <summary>
/// The lab's benchmark part (issue 9): two short in-process jobs and a JSON summary for docs/performance.md.
/// "Throughput" (BenchmarkDotNet's usual pilot + many calls per iteration) for the fast, repeatable operations;
/// "calls" (RunStrategy.Monitoring, one call per iteration) where each call is a different case or where the
/// target is a per-call p95.
/// </summary>
public static class Lab
{
    private const int Calls = 200;

    /// <summary>Notes the benchmarks add while they run (causes, counts), for the report.</summary>
    public static List<string> Notes { get; } = [];

    /// <param name="quick">
    /// Issue 21 item 5 (`bash .perf/run --smoke`): fewer iterations, so the smoke run proves every benchmark still runs
    /// within its 10 minutes; its figures are rougher (wider intervals) and the report says it was a smoke run.
    /// </param>
    public static async Task RunAsync(string output, bool pdf, string? only = null, bool quick = false)
    {
        var (warm, iterations, callWarm, calls, pdfWarm, pdfIterations) = quick ? (1, 3, 3, 40, 1, 3) : (3, 10, 10, Calls, 2, 8);
        var throughputJob = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(warm).WithIterationCount(iterations).WithId("throughput");
        // Issue 21 item 5: the smoke's iterations last 100 ms instead of BenchmarkDotNet's 500 (its pilot and overhead stages
        // scale with it): the three throughput classes took 73 s of a 10 min 20 s smoke.
        var throughput = Config(quick ? throughputJob.WithIterationTime(TimeInterval.FromMilliseconds(100)) : throughputJob);
        var callsJob = Config(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(callWarm).WithIterationCount(calls).WithInvocationCount(1).WithUnrollFactor(1).WithId("calls"));
        var pdfJob = Config(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(pdfWarm).WithIterationCount(pdfIterations).WithId("pdf"));

        var plan = new (Type Type, IConfig Config)[]
        {
            (typeof(EligibilityBenchmarks), throughput), (typeof(IntakePersistenceBenchmarks), throughput), (typeof(ConnectionOpenBenchmarks), throughput),
            (typeof(TransitionBenchmarks), callsJob), (typeof(CaseGridBenchmarks), callsJob),
        }.ToList();
        if (pdf) plan.Add((typeof(RulingPdfBenchmarks), pdfJob));
        var summaries = plan.Where(p => only is null || p.Type.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            .Select(p => BenchmarkRunner.Run(p.Type, p.Config)).ToList();

        var benchmarks = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).Select(r => new
        {
            Method = r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            Description = r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
            MeanNs = r.ResultStatistics!.Mean,
            MedianNs = r.ResultStatistics.Median,
            P95Ns = r.ResultStatistics.Percentiles.P95,
            N = r.ResultStatistics.N,
        }).ToList();
        var failed = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is null)
            .Select(r => $"{r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: no result (failed; see the console output)").ToList();
        var result = new
        {
            Benchmarks = benchmarks,
            Plans = CaseGridBenchmarks.Plans,
            Notes = Notes.Concat(failed).ToList(),
            GridCases = CaseGridBenchmarks.Cases,
            Method = $"Throughput job (eligibility, intake persistence, PDF): BenchmarkDotNet in-process, {warm} warm-up and {iterations} measured iterations of many calls each; " +
                     $"its p95 is over iteration means. Calls job (transition, case grid): one call per iteration, {callWarm} warm-up and {calls} measured calls; its p95 is per call. " +
                     "Intake persistence and the raw WAL loop write to files in the same folder (.perf/out/tmp).",
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        Console.WriteLine($"Benchmark results: {output}");
    }

    private static IConfig Config(Job job) => ManualConfig.CreateMinimumViable()
        .AddJob(job)
        .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
        .WithOptions(ConfigOptions.DisableLogFile)
        .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
}
