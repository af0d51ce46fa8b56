using AdrDesk.Domain.Common;
using AdrDesk.Resources;

namespace AdrDesk.Features.Intake;

/// <summary>The filing language (D8) is the language the page is shown in.</summary>
public static class IntakeCulture
{
    public static Language Current => UiLanguage.Current;
}
