using System.Diagnostics;
using AdrDesk.Infrastructure.Diagnostics;
using AdrDesk.Security;

namespace AdrDesk.Features.Diagnostics;

/// <summary>Server figures for the performance lab (issue 9): Admin only, or anonymous in the "Load" environment.</summary>
public static class DiagnosticsEndpoints
{
    public sealed record ServerFigures(
        int OpenCircuits, int DisconnectedCircuits, long ManagedHeapBytes, long WorkingSetBytes,
        int Gen0Collections, int Gen1Collections, int Gen2Collections,
        long DbCommands, double DbTotalMs, double DbMaxMs, DateTimeOffset At,
        double CpuSeconds, IReadOnlyDictionary<string, OperationTimings.Figures> Operations, long AllocatedBytes);

    public static void MapDiagnostics(this WebApplication app)
    {
        var endpoint = app.MapGet("/diagnostics/server", (DbTimings db, OperationTimings operations, TimeProvider clock, bool? collect, bool? reset) =>
        {
            // reset: a load phase starts its server-side operation figures afresh.
            if (reset == true) operations.Reset();
            // A forced, compacting collection gives the live heap: what the circuits really hold.
            if (collect != false)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }
            using var process = Process.GetCurrentProcess();
            return Results.Json(new ServerFigures(
                CircuitCounter.Open, CircuitCounter.Disconnected, GC.GetTotalMemory(false), process.WorkingSet64,
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
                db.Commands, db.Total.TotalMilliseconds, db.Max.TotalMilliseconds, clock.GetUtcNow(),
                process.TotalProcessorTime.TotalSeconds, operations.Snapshot(),
                // Issue 21: bytes allocated by the whole process so far; the lab divides a phase's difference by its actions.
                // Precise: the imprecise count stood still over two whole cost phases of the stop-7 smoke (0 KB per action).
                GC.GetTotalAllocatedBytes(precise: true)));
        });
        if (!app.Environment.IsEnvironment("Load"))
        {
            endpoint.RequireAuthorization(Policies.Admin);
        }
    }
}
