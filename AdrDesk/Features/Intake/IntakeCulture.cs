using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Intake;

/// <summary>The filing language (D8) is the language the page is shown in.</summary>
public static class IntakeCulture
{
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => Language.En,
        "de" => Language.De,
        _ => Language.Nl,
    };
}
