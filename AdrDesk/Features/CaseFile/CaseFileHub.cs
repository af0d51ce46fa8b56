using System.Collections.Concurrent;
using AdrDesk.Domain.Cases;
using AdrDesk.Infrastructure.Events;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// Between the case event bus and the open case pages: one bus subscription for all cases, which first
/// steps the case's <see cref="Revision"/> and then hands the event to that case's open pages. A page that
/// re-reads because of an event therefore always asks for a revision no earlier read can satisfy, so the
/// views of 200 pages of one case can share one read of the case (see <see cref="CaseFileService"/>)
/// without ever showing the state of before the event. Works the same when the bus is shared by several servers.
/// </summary>
public sealed class CaseFileHub : IDisposable
{
    /// <summary>
    /// Live-update lag, for operations and the load run: from an event reaching an open case page to that page's
    /// re-render acknowledged by its browser (Blazor calls OnAfterRender once the client applied the batch), in ms.
    /// </summary>
    public static readonly System.Diagnostics.Metrics.Histogram<double> LiveRefresh = Meter.CreateHistogram<double>("adrdesk.casefile.live_refresh", "ms",
        "From a case event reaching an open case page to its re-render applied in the browser");

    /// <summary>
    /// The server's part of <see cref="LiveRefresh"/>: from the event to the page's re-render diffed and handed to its
    /// circuit's connection (the browser's work and the network not included), in ms.
    /// </summary>
    public static readonly System.Diagnostics.Metrics.Histogram<double> LiveRender = Meter.CreateHistogram<double>("adrdesk.casefile.live_render", "ms",
        "From a case event reaching an open case page to its re-render sent to the browser");

    private static System.Diagnostics.Metrics.Meter Meter => _meter ??= new System.Diagnostics.Metrics.Meter("AdrDesk.CaseFile");
    private static System.Diagnostics.Metrics.Meter? _meter;

    private readonly ConcurrentDictionary<string, long> _revisions = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<CaseEvent, Task>>> _pages = new();
    private readonly IDisposable _subscription;
    private readonly ILogger<CaseFileHub> _logger;

    public CaseFileHub(ICaseEventBus bus, ILogger<CaseFileHub> logger)
    {
        _logger = logger;
        _subscription = bus.Subscribe(null, OnEventAsync);
    }

    /// <summary>How many events this process has seen for the case: part of the key of a shared read.</summary>
    public long Revision(string number) => _revisions.GetValueOrDefault(number);

    /// <summary>An open view of one case. The handler should only queue its work (InvokeAsync); dispose to leave.</summary>
    public IDisposable Subscribe(string number, Func<CaseEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        _pages.GetOrAdd(number, _ => new()).TryAdd(id, handler);
        return new Leave(() =>
        {
            if (_pages.TryGetValue(number, out var pages)) pages.TryRemove(id, out _);
        });
    }

    /// <summary>Open views, for the diagnostics and the load run.</summary>
    public int OpenViews => _pages.Values.Sum(p => p.Count);

    private Task OnEventAsync(CaseEvent e)
    {
        var number = e.Number.ToString();
        _revisions.AddOrUpdate(number, 1, (_, r) => r + 1);
        if (!_pages.TryGetValue(number, out var pages)) return Task.CompletedTask;
        foreach (var handler in pages.Values)
        {
            try
            {
                _ = handler(e);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "An open view of {Case} failed on {Kind}", number, e.Kind);
            }
        }
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription.Dispose();

    private sealed class Leave(Action leave) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) leave();
        }
    }
}
