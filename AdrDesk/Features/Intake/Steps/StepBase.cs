using AdrDesk.Features.Intake.Model;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Intake.Steps;

/// <summary>What every step receives: the answers, the messages at its fields, the grounds that arise in it.</summary>
public abstract class StepBase : ComponentBase
{
    [Parameter, EditorRequired] public IntakeForm Form { get; set; } = default!;
    [Parameter] public IReadOnlyList<FieldIssue> Issues { get; set; } = [];
    [Parameter] public IReadOnlyList<StepGround> Grounds { get; set; } = [];
    /// <summary>An answer changed: the wizard re-checks eligibility (item 3).</summary>
    [Parameter] public EventCallback Changed { get; set; }
    /// <summary>D6: staff entering a paper form see staff-decision grounds too.</summary>
    [Parameter] public bool Paper { get; set; }

    protected Task ChangedAsync() => Changed.InvokeAsync();

    protected string? Described(string field) => Issues.Any(i => i.Field == field) ? $"msg-{field}" : null;

    protected bool Invalid(string field) => Issues.Any(i => i.Field == field && i.Severity == IssueSeverity.Error);
}
