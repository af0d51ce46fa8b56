using AdrDesk.Infrastructure.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.Diagnostics;

/// <summary>Counts open and disconnected circuits (a disconnected circuit is kept for reconnection).</summary>
public sealed class CircuitCounter(OperationTimings timings) : CircuitHandler
{
    /// <summary>
    /// Times every inbound activity of the circuit on the server (a browser event with its handler and the render after it,
    /// a JS call's result, a render acknowledgement): the server's share of a UI action, which the load runner can only
    /// see in the page, where the browser's own work is added.
    /// </summary>
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using var timed = timings.Measure("circuit.inbound");
            await next(context);
        };

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
