using AdrDesk.Features.Intake.Model;

namespace AdrDesk.Features.Intake.Steps;

/// <summary>
/// The attributes a wizard field puts on its input beside what MudBlazor renders: its name (the keyboard journey finds
/// fields by id or name), aria-required without MudBlazor's "*" in the label (tests and screen readers read the label's
/// own words), aria-invalid, and aria-describedby naming the hint and the message at the field (FieldMessage, msg-Id).
/// </summary>
public static class FieldAttributes
{
    public static Dictionary<string, object> For(string id, bool hasHint, IReadOnlyList<FieldIssue> issues, bool required = false, string? autocomplete = null)
    {
        var attributes = new Dictionary<string, object> { ["name"] = id };
        if (autocomplete is not null) attributes["autocomplete"] = autocomplete;
        if (required) attributes["aria-required"] = "true";
        if (issues.Any(i => i.Field == id && i.Severity == IssueSeverity.Error)) attributes["aria-invalid"] = "true";
        if (DescribedBy(id, hasHint, issues) is { } describedBy) attributes["aria-describedby"] = describedBy;
        return attributes;
    }

    public static string? DescribedBy(string id, bool hasHint, IReadOnlyList<FieldIssue> issues) =>
        string.Join(' ', new[] { hasHint ? $"hint-{id}" : null, issues.Any(i => i.Field == id) ? $"msg-{id}" : null }.Where(s => s is not null)) is { Length: > 0 } s ? s : null;
}
