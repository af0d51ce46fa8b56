using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// Issue 6 item 5: a circuit whose connection dropped may have missed renders; when it comes back the
/// open case views re-read the current state. One per circuit (scoped).
/// </summary>
public sealed class CaseFileCircuitHandler : CircuitHandler
{
    private int _connections;

    /// <summary>Raised when the connection of this circuit came back (not on the first connection).</summary>
    public event Func<Task>? Reconnected;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _connections) > 1 && Reconnected is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
                await handler();
        }
    }
}
