namespace AdrDesk.Security;

/// <summary>
/// At most <c>limit</c> hits per key in any <c>window</c> (a sliding log: each hit counts for exactly one window after it).
/// Issue 21: this replaces System.Threading.RateLimiting's partitioned limiters, each of which wakes a thread-pool thread
/// every 100 ms for its whole life (seven of them were AdrDesk's largest CPU cost with nobody signed in). Here the time
/// is looked at only when a key is asked about: old hits are dropped then, and keys without a hit in the last window are
/// swept at most once a window, from the call that finds the sweep due. No timer, so an idle server sleeps.
/// </summary>
public sealed class KeyedWindow(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly int _limit = Math.Max(1, limit);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _hits = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Keys with a hit in the current window (for tests and diagnostics).</summary>
    public int Keys
    {
        get { lock (_lock) return _hits.Count; }
    }

    /// <summary>How many more hits <paramref name="key"/> may have now.</summary>
    public int Available(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            SweepIfDue(now);
            return _hits.TryGetValue(key, out var hits) ? _limit - Drop(hits, now) : _limit;
        }
    }

    /// <summary>Counts a hit for <paramref name="key"/> when it has one left; false (nothing counted) when the window is full.</summary>
    public bool TryHit(string key)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            SweepIfDue(now);
            if (!_hits.TryGetValue(key, out var hits))
            {
                hits = new Queue<DateTimeOffset>();
                _hits[key] = hits;
            }
            if (Drop(hits, now) >= _limit) return false;
            hits.Enqueue(now);
            return true;
        }
    }

    /// <summary>Drops the hits older than the window; returns how many are left.</summary>
    private int Drop(Queue<DateTimeOffset> hits, DateTimeOffset now)
    {
        while (hits.Count > 0 && now - hits.Peek() >= window) hits.Dequeue();
        return hits.Count;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + window;
        List<string>? stale = null;
        foreach (var (key, hits) in _hits)
        {
            if (Drop(hits, now) == 0) (stale ??= []).Add(key);
        }
        if (stale is null) return;
        foreach (var key in stale) _hits.Remove(key);
    }
}
