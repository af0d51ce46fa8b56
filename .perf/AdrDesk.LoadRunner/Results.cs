using AdrDesk.LoadRunner.Measure;

namespace AdrDesk.LoadRunner;

/// <summary>Everything one run of the load runner measured (written as JSON; the report reads it).</summary>
public sealed record LoadResults
{
    public required string Started { get; init; }
    public required string Target { get; init; }
    public required Options Settings { get; init; }
    public List<PhaseResult> Phases { get; } = [];
    public ReconnectResult? Reconnect { get; set; }
    public ReconnectResult? LongOffline { get; set; }
    /// <summary>Issue 5 item 12 (--intake-load): wizard pages stepping through and submitting.</summary>
    public PhaseResult? IntakeLoad { get; set; }
    /// <summary>Load average (1, 5, 15 min) when each part started and at the end: others' builds share the cores.</summary>
    public Dictionary<string, string> LoadAverage { get; } = [];
    public List<WrkResult> Wrk { get; } = [];
    public List<string> Notes { get; } = [];
}

public sealed record PhaseResult(
    string Name, int Pages, string PageMix, string MemoryPage, double DurationSeconds,
    ActionStats All, IReadOnlyList<ActionStats> Actions, int OpenErrors, int PageErrors, int Reconnects,
    PhaseFrames Frames, MemoryResult Memory, IReadOnlyList<string> ErrorSamples)
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
