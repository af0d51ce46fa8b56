using System.Collections.Concurrent;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>
/// Issue 19 item 3: a change to an account that its open circuits must notice at once (roles, organisation, a renewed
/// security stamp), without waiting for the minute's revalidation. Raised after the change is committed; every open
/// circuit of that account subscribed when it learned who is signed in, and revalidates when told. An interface so that
/// a shared signal (a database poll or a message bus) can replace the in-process one when AdrDesk runs on several servers.
/// </summary>
public interface IAccountChangeSignal
{
    /// <summary>Tells the open circuits of <paramref name="userId"/> to revalidate.</summary>
    void Raise(Guid userId);

    /// <summary>Calls <paramref name="handler"/> whenever <paramref name="userId"/> changes; dispose to stop.</summary>
    IDisposable Subscribe(Guid userId, Func<Task> handler);
}

/// <summary>The single-server signal: subscribers per user id, in memory; a user's key goes when its last circuit leaves.</summary>
public sealed class InProcessAccountChangeSignal(ILogger<InProcessAccountChangeSignal> logger) : IAccountChangeSignal
{
    private readonly ConcurrentDictionary<Guid, ImmutableHandlers> _subscribers = new();

    public void Raise(Guid userId)
    {
        if (!_subscribers.TryGetValue(userId, out var handlers)) return;
        foreach (var handler in handlers.Items)
        {
            // Fire and forget: the admin's save does not wait for another person's circuits.
            _ = Task.Run(async () =>
            {
                try { await handler(); }
                catch (Exception e) { logger.LogWarning(e, "Revalidating a circuit of user {UserId} failed", userId); }
            });
        }
    }

    public IDisposable Subscribe(Guid userId, Func<Task> handler)
    {
        _subscribers.AddOrUpdate(userId, _ => new ImmutableHandlers([handler]), (_, h) => new ImmutableHandlers([.. h.Items, handler]));
        return new Subscription(() =>
        {
            while (_subscribers.TryGetValue(userId, out var current))
            {
                var rest = current.Items.Where(h => h != handler).ToArray();
                var replaced = rest.Length == 0
                    ? _subscribers.TryRemove(new KeyValuePair<Guid, ImmutableHandlers>(userId, current))
                    : _subscribers.TryUpdate(userId, new ImmutableHandlers(rest), current);
                if (replaced) return;
            }
        });
    }

    /// <summary>How many users have an open subscription (for tests: keys are removed with their last subscriber).</summary>
    public int SubscribedUsers => _subscribers.Count;

    private sealed record ImmutableHandlers(Func<Task>[] Items);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
