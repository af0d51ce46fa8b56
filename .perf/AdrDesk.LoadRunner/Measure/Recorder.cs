using System.Collections.Concurrent;

namespace AdrDesk.LoadRunner.Measure;

/// <summary>What one phase saw: latencies per action, errors, WebSocket frame sizes.</summary>
public sealed class Recorder
{
    public const int ClientMessageLimit = 24 * 1024;
    public const int RenderBatchLimit = 64 * 1024;

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private readonly object _frames = new();
    private long _framesSent, _framesReceived, _bytesSent, _bytesReceived;
    private int _sentOverLimit, _receivedOverLimit;
    private readonly Dictionary<string, int> _overLimitBy = [];
    private readonly Dictionary<string, int> _largestBy = [];

    public bool Recording { get; set; }
    public FrameRecord? LargestSent { get; private set; }
    public FrameRecord? LargestReceived { get; private set; }

    public void Latency(string action, double ms) => _latencies.GetOrAdd(action, _ => []).Add(ms);

    public void Error(string action, string message)
    {
        _errors.AddOrUpdate(action, 1, (_, n) => n + 1);
        if (_errorSamples.Count < 20) _errorSamples.Enqueue($"{action}: {message}");
    }

    /// <summary>Frames are counted for the whole phase (opening included): the limits hold for every message.</summary>
    public void Frame(bool sent, int bytes, string where)
    {
        lock (_frames)
        {
            if (sent)
            {
                _framesSent++; _bytesSent += bytes;
                if (bytes > ClientMessageLimit)
                {
                    _sentOverLimit++;
                    var doing = "client→server: " + where[(where.LastIndexOf('(') + 1)..].TrimEnd(')');
                    _overLimitBy[doing] = _overLimitBy.GetValueOrDefault(doing) + 1;
                }
                if (LargestSent is null || bytes > LargestSent.Bytes) LargestSent = new(bytes, where);
            }
            else
            {
                _framesReceived++; _bytesReceived += bytes;
                // "baseline step 12" and "baseline step 13" are the same kind of action: one entry per kind.
                var what = System.Text.RegularExpressions.Regex.Replace(where[(where.LastIndexOf('(') + 1)..].TrimEnd(')'), @" step \d+$", "");
                if (bytes > _largestBy.GetValueOrDefault(what)) _largestBy[what] = bytes;
                if (bytes > RenderBatchLimit)
                {
                    _receivedOverLimit++;
                    var doing = where[(where.LastIndexOf('(') + 1)..].TrimEnd(')');
                    _overLimitBy[doing] = _overLimitBy.GetValueOrDefault(doing) + 1;
                }
                if (LargestReceived is null || bytes > LargestReceived.Bytes) LargestReceived = new(bytes, where);
            }
        }
    }

    public PhaseFrames Frames()
    {
        lock (_frames)
            return new(_framesSent, _framesReceived, _bytesSent, _bytesReceived, LargestSent, LargestReceived, _sentOverLimit, _receivedOverLimit,
                new Dictionary<string, int>(_overLimitBy), new Dictionary<string, int>(_largestBy));
    }

    public IReadOnlyList<ActionStats> Actions() =>
        _latencies.Keys.Union(_errors.Keys).Order(StringComparer.Ordinal).Select(name =>
        {
            var values = _latencies.TryGetValue(name, out var bag) ? bag.Order().ToArray() : [];
            return new ActionStats(name, values.Length, _errors.GetValueOrDefault(name),
                Percentile(values, 0.50), Percentile(values, 0.95), Percentile(values, 0.99), values.Length > 0 ? values[^1] : null);
        }).ToList();

    public IReadOnlyList<string> ErrorSamples => [.. _errorSamples];

    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>All actions of the phase together (the figure the target is about).</summary>
    public ActionStats All()
    {
        var values = _latencies.Values.SelectMany(b => b).Order().ToArray();
        return new("all actions", values.Length, _errors.Values.Sum(),
            Percentile(values, 0.50), Percentile(values, 0.95), Percentile(values, 0.99), values.Length > 0 ? values[^1] : null);
    }
}

public sealed record FrameRecord(int Bytes, string Where);

public sealed record PhaseFrames(
    long SentCount, long ReceivedCount, long SentBytes, long ReceivedBytes,
    FrameRecord? LargestSent, FrameRecord? LargestReceived, int SentOver24Kb, int ReceivedOver64Kb,
    IReadOnlyDictionary<string, int> OverLimitBy, IReadOnlyDictionary<string, int>? LargestReceivedBy = null);

public sealed record ActionStats(string Action, int Count, int Errors, double? P50, double? P95, double? P99, double? Max);
