using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Resources;

/// <summary>The Domain's <see cref="Language"/> for the current UI culture, to show a named error's own text.</summary>
public static class UiLanguage
{
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => Language.En,
        "de" => Language.De,
        _ => Language.Nl,
    };

    /// <summary>The error's message in the language the person is reading.</summary>
    public static string Text(this DomainError error) => error.Message(Current);
}
