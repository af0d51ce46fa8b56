using System.Security.Claims;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Starting to screen a filed case routes it (D5: a webshop not subscribed is invited, the case awaits its subscription;
/// D9: a webshop's filing awaits the consumer's consent). An extension point of the shared core: the intake owns the
/// routing and registers it; the desk queue (workbench) starts it from here. Desk staff only.
/// </summary>
public interface IFilingScreening
{
    /// <returns>The name of the case's state after routing.</returns>
    Task<Result<string>> ScreenAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);
}
