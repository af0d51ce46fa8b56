using System.Globalization;
using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents;

/// <summary>
/// How amounts, dates and times read in each language: Dutch <c>€ 1.234,56</c> and
/// <c>21 november 2026</c>, English <c>€1,234.56</c> and <c>21 November 2026</c>, German
/// <c>1.234,56 €</c> and <c>21. November 2026</c>. The culture data is the starting point; the
/// currency is always the euro and its placement is fixed here, because en-GB carries the pound and
/// ICU versions differ in where they put the symbol.
/// </summary>
public static class DocumentFormat
{
    // Europe/Amsterdam: the desk's time, in which every period is counted (procedure-rules "Decided").
    private static readonly TimeZoneInfo DeskTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // Patterns from NumberFormatInfo: positive 2 = "$ n", 0 = "$n", 3 = "n $"; negative 12 = "$ -n", 1 = "-$n", 8 = "-n $".
    private static readonly CultureInfo Dutch = EuroCulture("nl-NL", positive: 2, negative: 12);
    private static readonly CultureInfo English = EuroCulture("en-GB", positive: 0, negative: 1);
    private static readonly CultureInfo German = EuroCulture("de-DE", positive: 3, negative: 8);

    public static CultureInfo Culture(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Dutch,
        DocumentLanguage.En => English,
        DocumentLanguage.De => German,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The BCP 47 tag for <c>&lt;html lang&gt;</c>, which Chromium writes into the PDF as its language.</summary>
    public static string LanguageTag(DocumentLanguage language) => Culture(language).TwoLetterISOLanguageName;

    public static string Money(decimal amount, DocumentLanguage language) => amount.ToString("C2", Culture(language));

    public static string Date(DateOnly date, DocumentLanguage language) =>
        date.ToString(language == DocumentLanguage.De ? "d. MMMM yyyy" : "d MMMM yyyy", Culture(language));

    public static string Time(TimeOnly time, DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => time.ToString("HH:mm", Dutch) + " uur",
        DocumentLanguage.De => time.ToString("HH:mm", German) + " Uhr",
        _ => time.ToString("HH:mm", English),
    };

    /// <summary>A moment as the desk's clock showed it, e.g. the time of filing.</summary>
    public static string Moment(DateTimeOffset moment, DocumentLanguage language)
    {
        var local = TimeZoneInfo.ConvertTime(moment, DeskTime);
        return $"{Date(DateOnly.FromDateTime(local.DateTime), language)}, {Time(TimeOnly.FromDateTime(local.DateTime), language)}";
    }

    private static CultureInfo EuroCulture(string name, int positive, int negative)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.CurrencySymbol = "€";
        culture.NumberFormat.CurrencyPositivePattern = positive;
        culture.NumberFormat.CurrencyNegativePattern = negative;
        return CultureInfo.ReadOnly(culture);
    }
}
