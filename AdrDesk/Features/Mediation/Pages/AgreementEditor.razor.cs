using System.Linq.Expressions;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace AdrDesk.Features.Mediation.Pages;

public partial class AgreementEditor
{
    /// <summary>What the mediator writes (M9): the dispute, the terms (one per line), the place of signing and the language.</summary>
    public sealed class DraftModel
    {
        public string Dispute { get; set; } = "";
        public string Terms { get; set; } = "";
        public string Place { get; set; } = "";
        public DocumentLanguage Language { get; set; } = DocumentLanguage.Nl;
    }

    [Parameter] public string Number { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private readonly DraftModel _model = new();
    private EditContext _context = default!;
    private ValidationMessageStore _messages = default!;
    private string _preview = "";
    private IReadOnlyList<ChangeProposal> _proposals = [];
    private bool _busy;
    private string? _error;
    private CancellationTokenSource? _debounce;
    private bool _loaded;

    protected override async Task OnInitializedAsync()
    {
        _context = new EditContext(_model);
        _messages = new ValidationMessageStore(_context);
        var view = await Agreements.GetAsync((await AuthState).User, Number);
        if (view.IsFailure)
        {
            _error = view.Error!.Text();
            return;
        }
        _proposals = view.Value.Proposals.Where(p => p.Status == ChangeProposalStatus.Open).ToList();
        if (view.Value.Current is { } v)
        {
            (_model.Dispute, _model.Terms, _model.Place) = (v.Dispute, v.Terms, v.Place);
            _model.Language = v.Language switch { "en" => DocumentLanguage.En, "de" => DocumentLanguage.De, _ => DocumentLanguage.Nl };
        }
        await RenderPreviewAsync();
        _loaded = true;
    }

    private Task Set(Action assign)
    {
        assign();
        _messages.Clear();
        _context.NotifyValidationStateChanged();
        return Changed();
    }

    /// <summary>Live preview: re-rendered 300 ms after the last keystroke, from the same template as the PDF.</summary>
    private async Task Changed()
    {
        _debounce?.Cancel();
        _debounce = new CancellationTokenSource();
        var token = _debounce.Token;
        try
        {
            await Task.Delay(300, token);
            await RenderPreviewAsync();
        }
        catch (TaskCanceledException)
        {
            // a newer keystroke renders it
        }
    }

    private async Task RenderPreviewAsync()
    {
        var html = await Agreements.PreviewAsync((await AuthState).User, Number, Input);
        if (html.IsSuccess) _preview = html.Value;
    }

    private DraftInput Input => new(_model.Dispute, _model.Terms, _model.Place, _model.Language);

    /// <summary>Every field is needed for the document: an empty one is named at the field, as its label says, and nothing is sent.</summary>
    private bool Validate()
    {
        _messages.Clear();
        Require(() => _model.Dispute, T["Editor.Dispute"]);
        Require(() => _model.Terms, T["Editor.Terms"]);
        Require(() => _model.Place, T["Editor.Place"]);
        _context.NotifyValidationStateChanged();
        return !_context.GetValidationMessages().Any();
    }

    private void Require(Expression<Func<string>> field, string label)
    {
        if (string.IsNullOrWhiteSpace(field.Compile()())) _messages.Add(FieldIdentifier.Create(field), T["Editor.Required", label]);
    }

    private async Task SaveAsync()
    {
        if (_busy || !Validate()) return;
        _busy = true;
        _error = null;
        Domain.Common.Result<int> result;
        try
        {
            result = await Agreements.DraftAsync((await AuthState).User, Number, Input);
        }
        finally
        {
            _busy = false;
        }
        if (result.IsFailure)
        {
            _error = result.Error!.Text();
            return;
        }
        Snackbar.Add(T["Editor.Sent", result.Value], Severity.Success);
        Navigation.NavigateTo($"mediations/{Number}");
    }

    public void Dispose() => _debounce?.Cancel();
}
