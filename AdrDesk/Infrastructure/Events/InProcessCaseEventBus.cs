using System.Collections.Concurrent;
using AdrDesk.Domain.Cases;

namespace AdrDesk.Infrastructure.Events;

/// <summary>The single-server bus: subscribers in this process, keyed by case number ("" for all).</summary>
public sealed class InProcessCaseEventBus(ILogger<InProcessCaseEventBus> logger) : ICaseEventBus
{
    private const string AllCases = "";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<CaseEvent, Task>>> _subscribers = new();

    public async Task PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var e in events)
        {
            var key = e.Number.ToString();
            var handlers = Handlers(key).Concat(Handlers(AllCases)).ToList();
            // In parallel: 200 open pages of one case must not wait on each other.
            await Task.WhenAll(handlers.Select(h => InvokeSafelyAsync(h, e)));
        }
    }

    public IDisposable Subscribe(string? caseNumber, Func<CaseEvent, Task> handler)
    {
        var key = caseNumber ?? AllCases;
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(key, _ => new()).TryAdd(id, handler);
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(key, out var forKey))
            {
                forKey.TryRemove(id, out _);
            }
        });
    }

    /// <summary>Open subscriptions, for the diagnostics page.</summary>
    public int SubscriptionCount => _subscribers.Values.Sum(s => s.Count);

    private IEnumerable<Func<CaseEvent, Task>> Handlers(string key) =>
        _subscribers.TryGetValue(key, out var forKey) ? forKey.Values : [];

    private async Task InvokeSafelyAsync(Func<CaseEvent, Task> handler, CaseEvent e)
    {
        try
        {
            await handler(e);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A subscriber failed on {Kind} of {Case}", e.Kind, e.Number);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
