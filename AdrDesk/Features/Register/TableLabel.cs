namespace AdrDesk.Features.Register;

/// <summary>The accessible name of a MudTable's table element (MudBlazor 9 takes it through TableAttributes).</summary>
public static class TableLabel
{
    public static Dictionary<string, object?> Of(string name) => new() { ["aria-label"] = name };
}
