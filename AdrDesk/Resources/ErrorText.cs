using System.Resources;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;

namespace AdrDesk.Resources;

/// <summary>
/// The words of a <see cref="DomainError"/>: its code is the key in ErrorResource.resx (Dutch, the default),
/// .en.resx and .de.resx; its arguments fill the placeholders, each formatted by <see cref="DisplayFormat"/>
/// in the message's language. The lookup lives here, not in Domain, because words and formats are
/// presentation: Domain says what went wrong, this says it in someone's language.
/// </summary>
public static class ErrorText
{
    internal const string BaseName = "AdrDesk.Resources.ErrorResource";

    private static readonly ResourceManager Catalogue = new(BaseName, typeof(ErrorText).Assembly);

    /// <summary>The message in <paramref name="language"/> (the reader's, or a letter's or mail's recipient's).</summary>
    public static string Message(this DomainError error, Language language)
    {
        var culture = DisplayFormat.Culture(language);
        // Never null for a known error: ErrorCatalogueTests require every code in all three files. The code
        // itself is the last resort, so that a missing text shows something traceable instead of failing the page.
        var template = Catalogue.GetString(error.Code, culture) ?? error.Code;
        if (error is TextRequired required) return string.Format(culture, template, FieldName(required.What, language));
        return error.Arguments.Count == 0
            ? template
            : string.Format(culture, template, error.Arguments.Select(a => Argument(a, language)).ToArray());
    }

    /// <summary>
    /// The field as the user sees it ("Uw reactie"), under "TextRequired.&lt;what&gt;": a form error never names
    /// the code's word for it ("'response' is verplicht"). An unknown field reads as "Dit veld" rather than the code's word.
    /// </summary>
    public static string FieldName(string what, Language language) =>
        Catalogue.GetString($"{nameof(TextRequired)}.{what}", DisplayFormat.Culture(language))
        ?? Catalogue.GetString($"{nameof(TextRequired)}.text", DisplayFormat.Culture(language))
        ?? what;

    /// <summary>The words of one enum value shown in a message, under the key "Type.Value".</summary>
    public static string? EnumText(Enum value, Language language) =>
        Catalogue.GetString($"{value.GetType().Name}.{value}", DisplayFormat.Culture(language));

    private static object? Argument(object? value, Language language) => value switch
    {
        null => "",
        DomainError inner => inner.Message(language),
        IEnumerable<DomainError> inner => string.Join(" ", inner.Select(e => e.Message(language))),
        Money money => DisplayFormat.Money(money, language),
        DateOnly day => DisplayFormat.Date(day, language),
        DateTimeOffset instant => DisplayFormat.Moment(instant, language),
        Enum e => EnumText(e, language) ?? e.ToString(),
        _ => value,
    };
}
