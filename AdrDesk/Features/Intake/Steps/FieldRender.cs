using AdrDesk.Features.Intake.Model;

namespace AdrDesk.Features.Intake.Steps;

/// <summary>
/// Issue 21: whether a wizard field would show anything other than it shows. Every answer changed renders the wizard and
/// the whole step again (the grounds are checked again), and with it every field of the step: a yes/no question's
/// MudRadioGroup and its two MudRadios, a text field's MudTextField. A field whose words, value and message are those it
/// last rendered skips the render; the one that changed, or whose message changed, renders. The comparison is with what
/// was last rendered (not with the previous parameters), so a render asked for by the field's own event is never lost.
/// </summary>
public sealed class FieldRender
{
    private object?[]? _rendered, _now;

    /// <summary>From OnParametersSet: what the field shows (its words and value) and the messages at <paramref name="field"/>.</summary>
    public void Set(string field, IReadOnlyList<FieldIssue> issues, params object?[] shown)
    {
        _now = [.. shown, .. issues.Where(i => i.Field == field).SelectMany(i => new object?[] { i.Key, i.Severity }.Concat(i.Args))];
        _rendered ??= _now; // the first render shows it without asking
    }

    /// <summary>From ShouldRender.</summary>
    public bool ShouldRender()
    {
        if (_rendered is not null && _now is not null && _rendered.SequenceEqual(_now)) return false;
        _rendered = _now;
        return true;
    }
}
