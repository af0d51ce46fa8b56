using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AdrDesk.Features.Mediation;

/// <summary>
/// The signer's IP address (M9: recorded with the signature). A circuit has no HttpContext of its own;
/// the address of the connection that opened it is taken when the circuit connects, or by the page
/// while it prerenders.
/// </summary>
public sealed class ClientAddress
{
    public string? Ip { get; set; }
}

internal sealed class ClientAddressCircuitHandler(IHttpContextAccessor accessor, ClientAddress address) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } ip) address.Ip = ip.ToString();
        return Task.CompletedTask;
    }
}
