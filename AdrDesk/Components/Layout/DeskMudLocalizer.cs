using Microsoft.Extensions.Localization;
using MudBlazor;

namespace AdrDesk.Components.Layout;

/// <summary>Marker for MudBlazor's own texts in the desk's languages: MudBlazorResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class MudBlazorResource;

/// <summary>
/// Issue 16: MudBlazor's built-in texts (a date that does not parse, "Rows per page", a pager's buttons, a dialog's close
/// button) in the reader's language. MudBlazor asks its localization interceptor, which asks this
/// MudLocalizer for every culture but English; a key the catalogue lacks falls back to MudBlazor's English.
/// </summary>
public sealed class DeskMudLocalizer(IStringLocalizer<MudBlazorResource> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];
}
