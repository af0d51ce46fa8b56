using AdrDesk.Domain.Cases;

namespace AdrDesk.Infrastructure.Events;

/// <summary>
/// Carries committed case events to whoever shows or acts on them: open case pages, case lists,
/// notifications. Published only after the transaction commits, so a subscriber that re-reads
/// the database sees the change. An interface so that a shared bus (e.g. Redis pub/sub) can take
/// the in-process default's place when AdrDesk runs on more than one server.
/// </summary>
public interface ICaseEventBus
{
    /// <summary>Delivers to every subscriber; a failing subscriber is logged and does not stop the others.</summary>
    Task PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to the events of one case (<paramref name="caseNumber"/>) or of all cases (null).
    /// Dispose the result to unsubscribe (components: in Dispose). Handlers run on the publisher's
    /// thread: a component marshals with InvokeAsync.
    /// </summary>
    IDisposable Subscribe(string? caseNumber, Func<CaseEvent, Task> handler);
}
