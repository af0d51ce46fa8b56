using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using BenchmarkDotNet.Attributes;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 9: a case transition with audit through CaseStore (load the aggregate, StartScreening, save with the
/// version check, audit entry, summary and participants) on a temp SQLite file. Each call moves another filed
/// case: the setup files a pool of them; the lab runs this with one call per iteration (RunStrategy.Monitoring).
/// </summary>
public class TransitionBenchmarks
{
    public const int PoolSize = 400;
    private string _folder = "";
    private LabHost _host = null!;
    private readonly List<CaseNumber> _pool = [];
    private int _next;
    private readonly Actor _desk = new(Guid.NewGuid(), "Lotte Visser", Role.CaseManager);

    [GlobalSetup]
    public void Setup()
    {
        _folder = LabHost.TempFolder("transition");
        _host = LabHost.OpenAsync(Path.Combine(_folder, "adrdesk.db")).GetAwaiter().GetResult();
        for (var i = 0; i < PoolSize; i++) _pool.Add(_host.SubmitIntakeAsync(i).GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        LabHost.DeleteFolder(_folder);
    }

    [Benchmark(Description = "case transition with audit (CaseStore.UpdateAsync: StartScreening)")]
    public async Task Transition()
    {
        var number = _pool[Interlocked.Increment(ref _next) % PoolSize];
        var result = await _host.Store.UpdateAsync<BindingRulingCase>(number, c => c.State == BindingRulingState.Filed
            ? c.StartScreening(_desk, TimeProvider.System)
            : c.AddStaffNote(_desk, TimeProvider.System, "Benchmark: the pool came round again."));
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.Code);
    }
}
