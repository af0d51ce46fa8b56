using System.Security.Claims;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Result = AdrDesk.Domain.Common.Result;

namespace AdrDesk.Features.Mediation.Components;

public partial class SignForm
{
    private enum Action { None, Sign, Propose }

    [Parameter, EditorRequired] public required string Number { get; set; }
    [Parameter, EditorRequired] public required AgreementVersion Version { get; set; }
    [Parameter] public bool CanProposeChange { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private AgreementService Agreements { get; set; } = default!;
    [Inject] private ClientAddress Client { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool _read;
    private string _name = "";
    private string _change = "";
    private Action _busy;
    private string? _error;

    /// <summary>M9: a signature fixes the text and, with the other party's, makes it enforceable: asked once more before it is sent.</summary>
    private async Task SignAsync()
    {
        if (_busy != Action.None) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = T["Sign.Confirm.Title", Version.Number],
            Message = T["Sign.Confirm.Text", _name.Trim()],
            YesText = T["Sign.Confirm.Yes"],
            CancelText = L["Common.Cancel"],
        });
        if (confirmed != true) return;
        await RunAsync(Action.Sign, user => Agreements.SignAsync(user, Number, Version.Number, _name, Client.Ip ?? "unknown"), T["Sign.Done"]);
    }

    private Task ProposeAsync() => RunAsync(Action.Propose, user => Agreements.ProposeChangeAsync(user, Number, _change), T["Change.Done"]);

    private async Task RunAsync(Action action, Func<ClaimsPrincipal, Task<Result>> act, string done)
    {
        if (_busy != Action.None) return;
        _busy = action;
        _error = null;
        try
        {
            var result = await act((await AuthState).User);
            _error = result.IsFailure ? result.Error!.Text() : null;
            if (result.IsFailure) return;
            _change = "";
            Snackbar.Add(done, Severity.Success);
        }
        finally
        {
            _busy = Action.None;
        }
        await OnChanged.InvokeAsync();
    }
}
