namespace AdrDesk.Components.Shared;

/// <summary>
/// Issue 21: the classes of MudBlazor's outlined, dense MudTextField (label on the border, helper text below, the error
/// state), for plain inputs (the wizard's TextField and AmountField, the webshop searches of the wizard and of /webshops): they look as MudTextField did, and
/// send the server one change instead of a message per key, input and blur. The label always sits on the border
/// (mud-shrink), so it never covers what a person typed or the browser filled in before the circuit knew of it.
/// </summary>
public static class OutlinedField
{
    private const string ControlBase = "mud-input-control mud-input-control-margin-dense mud-input-outlined-with-label";
    private const string InputBase = "mud-input mud-input-outlined mud-input-outlined-with-label mud-shrink mud-input-margin-dense mud-typography-subtitle1";
    private const string LabelBase = "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol";

    public const string Root = "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense";

    public static string Control(bool error) => error ? ControlBase + " mud-input-error" : ControlBase;

    public static string Input(bool error, bool adornedStart = false) =>
        (adornedStart ? InputBase + " mud-input-adorned-start" : InputBase) + (error ? " mud-input-error" : "");

    public static string Label(bool error) => error ? LabelBase + " mud-input-error" : LabelBase;

    public static string Helper(bool error) => error ? "mud-input-helper-text mud-input-error" : "mud-input-helper-text";

    /// <summary>A value as the field takes it: at most <paramref name="max"/> characters (the rest of a paste is dropped, as the browser does).</summary>
    public static string? Cut(string? value, int max) => value is { Length: var n } && n > max ? value[..max] : value;
}
