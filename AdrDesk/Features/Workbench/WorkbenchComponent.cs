using System.Runtime.CompilerServices;
using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// What every workbench and desk component shares: the signed-in user, one busy flag against double
/// submits, and a result: a failure inline (SaveFailedAlert: what went wrong, nothing saved), a done action as a
/// snackbar (issue 16). <see cref="Running"/> names the action that runs, so only its BusyButton shows the spinner.
/// </summary>
public abstract class WorkbenchComponent : ComponentBase
{
    [CascadingParameter] protected Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>MudBlazor's snackbar (provider in MainLayout); absent where a component is rendered without MudBlazor's services.</summary>
    [Inject] private IServiceProvider Services { get; set; } = default!;

    protected string? Error { get; set; }
    /// <summary>The last done action's words: shown as a snackbar ("Opgeslagen", "Verstuurd"); kept for what a page shows inline.</summary>
    protected string? Done { get; set; }
    protected bool Busy { get; private set; }
    /// <summary>The method (caller's name) whose action runs now, or null.</summary>
    protected string? Running { get; private set; }

    /// <summary>True while the action started from the method <paramref name="action"/> runs: its button shows the spinner.</summary>
    protected bool IsRunning(string action) => Busy && Running == action;

    protected async Task<ClaimsPrincipal> UserAsync() => (await AuthState).User;

    protected static Language UiLanguage => Resources.UiLanguage.Current;

    /// <summary>False on a component that parties see too (the case page's compliance report): no rule codes there.</summary>
    protected virtual bool ForStaff => true;

    protected string Say(DomainError error) => ForStaff ? error.StaffText() : error.Text();

    /// <summary>Runs one action once at a time; shows its error or <paramref name="done"/>.</summary>
    protected async Task<bool> RunAsync(Func<ClaimsPrincipal, Task<Result>> action, string? done = null, [CallerMemberName] string caller = "")
    {
        if (Busy) return false;
        Busy = true;
        Running = caller;
        Error = null;
        Done = null;
        try
        {
            var result = await action(await UserAsync());
            if (result.IsFailure) Error = Say(result.Error!);
            else Confirm(done);
            return result.IsSuccess;
        }
        finally
        {
            Busy = false;
            Running = null;
        }
    }

    /// <summary>A done action: a snackbar that stays long enough to be read (8 s), and <see cref="Done"/> for the page.</summary>
    protected void Confirm(string? done)
    {
        Done = done;
        if (string.IsNullOrEmpty(done)) return;
        if (Services.GetService(typeof(ISnackbar)) is ISnackbar snackbar)
            snackbar.Add(done, Severity.Success, o => o.VisibleStateDuration = 8000);
    }
}
