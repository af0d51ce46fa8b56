using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// What every workbench and desk component shares: the signed-in user, one busy flag against double
/// submits, and a result shown as a status line (named errors in the user's language).
/// </summary>
public abstract class WorkbenchComponent : ComponentBase
{
    [CascadingParameter] protected Task<AuthenticationState> AuthState { get; set; } = default!;

    protected string? Error { get; set; }
    protected string? Done { get; set; }
    protected bool Busy { get; private set; }

    protected async Task<ClaimsPrincipal> UserAsync() => (await AuthState).User;

    protected static Language UiLanguage => Resources.UiLanguage.Current;

    /// <summary>False on a component that parties see too (the case page's compliance report): no rule codes there.</summary>
    protected virtual bool ForStaff => true;

    protected string Say(DomainError error) => ForStaff ? error.StaffText() : error.Text();

    /// <summary>Runs one action once at a time; shows its error or <paramref name="done"/>.</summary>
    protected async Task<bool> RunAsync(Func<ClaimsPrincipal, Task<Result>> action, string? done = null)
    {
        if (Busy) return false;
        Busy = true;
        Error = null;
        Done = null;
        try
        {
            var result = await action(await UserAsync());
            if (result.IsFailure) Error = Say(result.Error!);
            else Done = done;
            return result.IsSuccess;
        }
        finally
        {
            Busy = false;
        }
    }
}
