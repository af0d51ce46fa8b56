using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Resources;

/// <summary>The Domain's <see cref="Language"/> for the reader's UI culture, or for a stored language code.</summary>
public static class UiLanguage
{
    public static Language Current => Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>"en" and "de" (a user's PreferredLanguage, a mail's language); anything else is Dutch, the desk's language.</summary>
    public static Language Of(string? code) => code switch
    {
        "en" => Language.En,
        "de" => Language.De,
        _ => Language.Nl,
    };

    /// <summary>The error's message in the language the person is reading.</summary>
    public static string Text(this DomainError error) => error.Message(Current);

    /// <summary>
    /// For staff screens (desk, workbench, mediator, admin) only: the message followed by the rule it enforces,
    /// "… (D12)". The catalogue's words carry no rule codes, because consumers and webshops read the same errors.
    /// </summary>
    public static string StaffText(this DomainError error) =>
        error.RuleId is { Length: > 0 } rule ? $"{error.Text()} ({rule})" : error.Text();
}
