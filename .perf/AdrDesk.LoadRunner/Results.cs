using AdrDesk.LoadRunner.Measure;

namespace AdrDesk.LoadRunner;

/// <summary>Everything one run of the load runner measured (written as JSON; the report reads it).</summary>
public sealed record LoadResults
{
    public required string Started { get; init; }
    /// <summary>The commit the measured app was built from (git, at the start; "+" when the tree had uncommitted changes).</summary>
    public string? Commit { get; init; }
    public required string Target { get; init; }
    public required Options Settings { get; init; }
    public List<PhaseResult> Phases { get; } = [];
    public ReconnectResult? Reconnect { get; set; }
    public ReconnectResult? LongOffline { get; set; }
    /// <summary>Issue 5 item 12 (--intake-load): wizard pages stepping through and submitting.</summary>
    public PhaseResult? IntakeLoad { get; set; }
    public PhaseResult? IntakeLoadPaced { get; set; }
    /// <summary>Load average (1, 5, 15 min) when each part started and at the end: others' builds share the cores.</summary>
    public Dictionary<string, string> LoadAverage { get; } = [];
    public List<WrkResult> Wrk { get; } = [];
    /// <summary>Issue 21: CPU per action of each workflow alone, and idle CPU.</summary>
    public CostResult? Cost { get; set; }
    public List<string> Notes { get; } = [];
}

public sealed record PhaseResult(
    string Name, int Pages, string PageMix, string MemoryPage, double DurationSeconds,
    ActionStats All, IReadOnlyList<ActionStats> Actions, int OpenErrors, int PageErrors, int Reconnects,
    PhaseFrames Frames, MemoryResult Memory, IReadOnlyList<string> ErrorSamples, CpuResult? Cpu = null)
{
    public double ActionsPerSecond => DurationSeconds > 0 ? All.Count / DurationSeconds : 0;
}

/// <summary>Server memory before and after opening the pages (forced collection both times), per circuit.</summary>
public sealed record MemoryResult(
    ServerFigures Before, ServerFigures Idle, ServerFigures End, int Circuits,
    double ManagedKbPerCircuit, double WorkingSetKbPerCircuit, double ChromiumResidentMb, int ChromiumProcesses, double MachineAvailableMb);

/// <summary>
/// One offline test on the intake wizard. Resumed: the circuit came back (modal hidden); ResumedAfterMs from going
/// online. After the circuit is gone (4 minutes): DraftRestoredAfterMs from going online to the wizard showing the
/// saved step again after the page reloaded, DraftRestored when it shows the step and the answers saved.
/// </summary>
public sealed record ReconnectResult(
    double OfflineSeconds, bool OfflineAloneDroppedSocket, bool ReconnectShown, double? ResumedAfterMs, string ModalState,
    bool InputIntactInPage, bool ServerStateIntact, string Note, bool Reloaded = false, bool? DraftRestored = null, double? DraftRestoredAfterMs = null);

public sealed record WrkResult(string Path, int Connections, int Seconds, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Non2xx, long SocketErrors, string Raw);

/// <summary>
/// Where the CPU went while the scripted actions ran: the machine's busy share of all its cores (/proc/stat), and
/// AdrDesk's own process time in cores; the difference is the load's Chromium and the runner on the same machine.
/// Operations: AdrDesk's own durations of named hot paths (OperationTimings) in the same interval.
/// </summary>
/// ServerTreeCores: AdrDesk with its child processes (its own PDF Chromium), when the runner started it.
/// Load: the rest, by kind (the load's Chromium page renderers, its other Chromium processes, the runner with Playwright's driver).
public sealed record CpuResult(int Cores, double MachineBusyPercent, double ServerCores, Dictionary<string, OperationFigures> Operations,
    double? ServerTreeCores = null, LoadCores? Load = null, ServerCost? Cost = null)
{
    public double ServerPercentOfMachine => Cores > 0 ? (ServerTreeCores ?? ServerCores) / Cores * 100 : 0;
}

/// <summary>
/// Issue 21: what the phase cost AdrDesk's process itself, independent of the load's browsers: CPU seconds (user +
/// system, the process's TotalProcessorTime, so without its PDF Chromium), bytes allocated and collections, over the
/// phase's completed actions (errors included: the server did the work).
/// </summary>
public sealed record ServerCost(int Actions, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public double CpuMsPerAction => Actions > 0 ? CpuSeconds * 1000 / Actions : 0;
    public double AllocatedKbPerAction => Actions > 0 ? AllocatedBytes / 1024.0 / Actions : 0;

    public static ServerCost Between(ServerFigures from, ServerFigures to, int actions) => new(actions,
        to.CpuSeconds - from.CpuSeconds, to.AllocatedBytes - from.AllocatedBytes,
        to.Gen0Collections - from.Gen0Collections, to.Gen1Collections - from.Gen1Collections, to.Gen2Collections - from.Gen2Collections);
}

/// <summary>Issue 21: AdrDesk with no circuit open (background services, timers, polling) over a quiet interval.</summary>
public sealed record IdleResult(double Seconds, double CpuSeconds, long AllocatedBytes, int OpenCircuits)
{
    public double PercentOfACore => Seconds > 0 ? CpuSeconds / Seconds * 100 : 0;
}

/// <summary>Issue 21: one short phase per scripted workflow (its pages only) and the baseline's, for CPU per action.</summary>
public sealed record CostResult(IdleResult? Idle, List<PhaseResult> Workflows)
{
    /// <summary>The idle interval again after the workflows, every page closed (Idle is the one a minute after start).</summary>
    public IdleResult? SteadyIdle { get; init; }

    public PhaseResult? Baseline => Workflows.FirstOrDefault(w => w.Name == CostPhaseName("baseline"));
    public static string CostPhaseName(string script) => $"cost: {script}";
}

/// <summary>The load's side of the CPU, in cores: Chromium's page renderers, its other processes (browser, GPU, utility), the runner.</summary>
public sealed record LoadCores(double Renderers, double OtherChromium, double Runner)
{
    public double Total => Renderers + OtherChromium + Runner;
}

/// <summary>
/// CPU ticks per process of the runner's tree without the app under test's (which the runner starts as its child),
/// to split the load's CPU by kind. Per process, so that a process that ends in the phase does not subtract its whole
/// life from the sum (it only loses its share of the phase).
/// </summary>
public sealed class LoadCpuSample
{
    private readonly Dictionary<int, (string Kind, long Ticks)> _processes;
    private LoadCpuSample(Dictionary<int, (string, long)> processes) => _processes = processes;

    public static LoadCpuSample Take(int runner, int? app)
    {
        var (parents, ticks) = ProcessTreeCpu.Table();
        var tree = ProcessTreeCpu.Tree(parents, runner);
        if (app is { } appPid) tree.ExceptWith(ProcessTreeCpu.Tree(parents, appPid));
        var processes = new Dictionary<int, (string, long)>();
        foreach (var pid in tree)
        {
            processes[pid] = (KindOf(pid), ticks.GetValueOrDefault(pid));
        }
        return new LoadCpuSample(processes);
    }

    public static LoadCores Cores(LoadCpuSample from, LoadCpuSample to, double seconds)
    {
        double Sum(string kind) => to._processes.Where(p => p.Value.Kind == kind)
            .Sum(p => p.Value.Ticks - (from._processes.TryGetValue(p.Key, out var f) ? f.Ticks : 0)) / 100.0 / seconds;
        return new LoadCores(Sum("renderer"), Sum("chromium"), Sum("runner"));
    }

    private static string KindOf(int pid)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            if (!cmdline.Contains("chrom", StringComparison.OrdinalIgnoreCase)) return "runner";
            return cmdline.Contains("--type=renderer", StringComparison.Ordinal) ? "renderer" : "chromium";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "runner";
        }
    }
}

/// <summary>CPU seconds (user + system) of a process and all its descendants, from /proc (Linux; 0 elsewhere).</summary>
public static class ProcessTreeCpu
{
    /// <summary>Parent and user + system ticks of every process.</summary>
    public static (Dictionary<int, int> Parents, Dictionary<int, long> Ticks) Table()
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        try
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    // After "(comm) ": state, ppid, … utime is field 14 and stime 15 of the whole line.
                    var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    parents[pid] = int.Parse(f[1]);
                    ticks[pid] = long.Parse(f[11]) + long.Parse(f[12]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return (parents, ticks);
    }

    public static HashSet<int> Tree(Dictionary<int, int> parents, int root)
    {
        var tree = new HashSet<int> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
                if (tree.Contains(parent) && tree.Add(pid)) grew = true;
        }
        return tree;
    }

    public static double Seconds(int root)
    {
        var (parents, ticks) = Table();
        return Tree(parents, root).Sum(pid => ticks.GetValueOrDefault(pid)) / 100.0; // USER_HZ
    }
}

/// <summary>Busy and total jiffies of all cores from the first line of /proc/stat (Linux).</summary>
public readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(long.Parse).ToArray();
            var total = fields.Take(8).Sum(); // user nice system idle iowait irq softirq steal
            var idle = fields[3] + fields[4];
            return new MachineCpu(total - idle, total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return default;
        }
    }

    public static double BusyPercent(MachineCpu from, MachineCpu to) =>
        to.Total > from.Total ? (to.Busy - from.Busy) * 100.0 / (to.Total - from.Total) : 0;
}
