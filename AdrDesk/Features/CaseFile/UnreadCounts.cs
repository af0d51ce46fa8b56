using System.Collections.Concurrent;
using System.Threading.Channels;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// The unread-notification counts of everyone with a bell open, kept by one recount per burst of changes.
/// </summary>
/// <remarks>
/// Every signed-in page has a bell. When each bell re-counted on each case event, one event cost a query per open
/// circuit (100 staff pages: 100 queries for one message). Here one loop re-counts all watched users in one grouped
/// query after any case event, notice or mark-as-read, with the events of a burst coalesced into one recount, and
/// tells only the bells whose count changed.
/// </remarks>
public sealed class UnreadCounts : IAsyncDisposable
{
    private readonly IDbContextFactory<AdrDbContext> _factory;
    private readonly ILogger<UnreadCounts> _logger;
    private readonly ConcurrentDictionary<Guid, Watched> _watched = new();
    private readonly Channel<bool> _kicks = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable _subscription;
    private readonly CaseChangeNotices _notices;
    private readonly Task _loop;

    /// <summary>How long a recount waits after the first change, so that a burst (one save publishes several events) is one query.</summary>
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(50);

    public UnreadCounts(IDbContextFactory<AdrDbContext> factory, ICaseEventBus events, CaseChangeNotices notices, ILogger<UnreadCounts> logger)
    {
        (_factory, _notices, _logger) = (factory, notices, logger);
        _subscription = events.Subscribe(null, _ => { Changed(); return Task.CompletedTask; });
        _notices.NoticesAdded += OnNoticesAdded;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Number of recount queries run so far (for tests and diagnostics).</summary>
    public long Recounts => Interlocked.Read(ref _recounts);
    private long _recounts;

    /// <summary>
    /// Watches <paramref name="user"/>'s unread count, which the caller has just read as <paramref name="count"/>
    /// (<see cref="CaseFileService.UnreadCountAsync"/>), and calls <paramref name="changed"/> (on the loop's thread:
    /// a component marshals with InvokeAsync) whenever it changes. Dispose to stop.
    /// </summary>
    public IDisposable Watch(Guid user, int count, Action<int> changed)
    {
        while (true)
        {
            var watched = _watched.GetOrAdd(user, static (_, read) => new Watched { Count = read }, count);
            var watch = new Subscription(this, user, watched, changed);
            lock (watched)
            {
                // The user's last bell may have closed meanwhile and taken this entry out: then add a new one.
                if (!_watched.TryGetValue(user, out var current) || current != watched) continue;
                watched.Handlers.Add(watch);
                return watch;
            }
        }
    }

    /// <summary>Something may have changed someone's count (a mark-as-read, a notice): recount soon.</summary>
    public void Changed() => _kicks.Writer.TryWrite(true);

    private void OnNoticesAdded(IReadOnlySet<Guid> users) => Changed();

    private async Task LoopAsync()
    {
        try
        {
            while (await _kicks.Reader.WaitToReadAsync(_stop.Token))
            {
                await Task.Delay(Coalesce, _stop.Token);
                _kicks.Reader.TryRead(out _); // the changes up to now are in this recount
                try
                {
                    await RecountAsync(_stop.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed recount leaves the bells as they were; the next change recounts again.
                    _logger.LogWarning(ex, "Recounting unread notifications failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RecountAsync(CancellationToken cancellationToken)
    {
        var users = _watched.Keys.ToList();
        if (users.Count == 0) return;
        Interlocked.Increment(ref _recounts);
        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<UserNotification>().Where(n => users.Contains(n.UserId) && n.ReadAt == null)
            .GroupBy(n => n.UserId).Select(g => new { User = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.User, x => x.Count, cancellationToken);
        foreach (var user in users)
        {
            if (!_watched.TryGetValue(user, out var watched)) continue;
            var count = counts.GetValueOrDefault(user);
            Subscription[] handlers;
            lock (watched)
            {
                if (watched.Count == count) continue;
                watched.Count = count;
                handlers = [.. watched.Handlers];
            }
            foreach (var handler in handlers) handler.Notify(count);
        }
    }

    private void Unwatch(Guid user, Watched watched, Subscription watch)
    {
        lock (watched)
        {
            watched.Handlers.Remove(watch);
            // The last bell of this user is gone: forget the user (a later watch counts afresh).
            if (watched.Handlers.Count == 0) _watched.TryRemove(new KeyValuePair<Guid, Watched>(user, watched));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        _notices.NoticesAdded -= OnNoticesAdded;
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private sealed class Watched
    {
        public int Count;
        public readonly List<Subscription> Handlers = [];
    }

    private sealed class Subscription(UnreadCounts owner, Guid user, Watched watched, Action<int> changed) : IDisposable
    {
        private int _disposed;

        public void Notify(int count)
        {
            if (Volatile.Read(ref _disposed) != 0) return;
            try
            {
                changed(count);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
            {
                // The bell's circuit went away between the recount and this call; the others still hear.
                owner._logger.LogDebug(ex, "A bell closed while its count changed");
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unwatch(user, watched, this);
        }
    }
}
