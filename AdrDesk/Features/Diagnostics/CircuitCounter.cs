using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.Diagnostics;

/// <summary>Counts open and disconnected circuits (a disconnected circuit is kept for reconnection).</summary>
public sealed class CircuitCounter : CircuitHandler
{
    private static int _open;
    private static int _connected;

    public static int Open => Volatile.Read(ref _open);
    public static int Connected => Volatile.Read(ref _connected);
    public static int Disconnected => Open - Connected;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connected);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _connected);
        return Task.CompletedTask;
    }
}
