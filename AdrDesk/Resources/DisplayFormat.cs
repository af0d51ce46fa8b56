using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Resources;

/// <summary>
/// The one formatter of dates, times, money and sizes. Instants are shown on the desk's clock
/// (Europe/Amsterdam, <see cref="AmsterdamCalendar"/>), whatever the server's zone; the language is the
/// one given (a letter or mail in its recipient's language) or, without one, the reader's UI language.
/// </summary>
/// <remarks>
/// Decided: fixed patterns per language rather than whatever the installed ICU data says, so that a
/// screen, a letter and a test read the same on every machine.
/// <list type="bullet">
/// <item>Screens and messages: <see cref="Date(DateOnly, Language?)"/> nl <c>21-11-2026</c>, en <c>21/11/2026</c>
/// (British day-first: the desk's English readers are Europeans), de <c>21.11.2026</c>; times <c>14:45</c> in
/// every language; <see cref="Moment"/> is the two together.</item>
/// <item>Letters, documents and mails, written out: <see cref="LongDate(DateOnly, Language?)"/> nl <c>21 november 2026</c>,
/// en <c>21 November 2026</c>, de <c>21. November 2026</c>; <see cref="LongTime"/> <c>14:45 uur</c> / <c>14:45</c> / <c>14:45 Uhr</c>.</item>
/// <item>Money is always euros with the language's separators and its place for the sign: nl <c>€ 1.299,00</c>,
/// en <c>€1,299.00</c>, de <c>1.299,00 €</c>. The cultures are cloned with the euro fixed, because en-GB
/// carries the pound and ICU versions differ in where they put the symbol.</item>
/// </list>
/// </remarks>
public static class DisplayFormat
{
    // NumberFormatInfo patterns: positive 2 = "€ n", 0 = "€n", 3 = "n €"; negative 12 = "€ -n", 1 = "-€n", 8 = "-n €".
    private static readonly CultureInfo Dutch = DeskCulture("nl-NL", positive: 2, negative: 12);
    private static readonly CultureInfo English = DeskCulture("en-GB", positive: 0, negative: 1);
    private static readonly CultureInfo German = DeskCulture("de-DE", positive: 3, negative: 8);

    /// <summary>The culture AdrDesk writes a language in: nl-NL, en-GB or de-DE, with the euro.</summary>
    public static CultureInfo Culture(Language language) => language switch
    {
        Language.Nl => Dutch,
        Language.En => English,
        Language.De => German,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The BCP 47 tag for <c>&lt;html lang&gt;</c>: nl, en or de.</summary>
    public static string LanguageTag(Language language) => Culture(language).TwoLetterISOLanguageName;

    public static string Date(DateOnly day, Language? language = null)
    {
        var l = language ?? UiLanguage.Current;
        return day.ToString(DatePattern(l), Culture(l));
    }

    /// <summary>The pattern a date is shown and typed in (date pickers too): dd-MM-yyyy, dd/MM/yyyy, dd.MM.yyyy.</summary>
    public static string DatePattern(Language? language = null) =>
        (language ?? UiLanguage.Current) switch { Language.En => "dd/MM/yyyy", Language.De => "dd.MM.yyyy", _ => "dd-MM-yyyy" };

    /// <summary>The Amsterdam calendar day on which the instant falls.</summary>
    public static string Date(DateTimeOffset instant, Language? language = null) => Date(AmsterdamCalendar.DateOf(instant), language);

    public static string Time(TimeOnly time, Language? language = null) => time.ToString("HH:mm", Culture(language ?? UiLanguage.Current));

    /// <summary>The Amsterdam wall-clock time of the instant.</summary>
    public static string Time(DateTimeOffset instant, Language? language = null) => Time(TimeOnly.FromDateTime(Local(instant)), language);

    /// <summary>Date and time of an instant on the desk's clock: <c>03-11-2026 14:45</c>.</summary>
    public static string Moment(DateTimeOffset instant, Language? language = null) => $"{Date(instant, language)} {Time(instant, language)}";

    public static string LongDate(DateOnly day, Language? language = null)
    {
        var l = language ?? UiLanguage.Current;
        return day.ToString(l == Language.De ? "d. MMMM yyyy" : "d MMMM yyyy", Culture(l));
    }

    public static string LongDate(DateTimeOffset instant, Language? language = null) => LongDate(AmsterdamCalendar.DateOf(instant), language);

    /// <summary>A clock time as a letter writes it: <c>14:45 uur</c>, <c>14:45</c>, <c>14:45 Uhr</c>.</summary>
    public static string LongTime(TimeOnly time, Language? language = null)
    {
        var l = language ?? UiLanguage.Current;
        return Time(time, l) + l switch { Language.Nl => " uur", Language.De => " Uhr", _ => "" };
    }

    /// <summary>An instant as a letter writes it: <c>3 november 2026, 14:45 uur</c>.</summary>
    public static string LongMoment(DateTimeOffset instant, Language? language = null) =>
        $"{LongDate(instant, language)}, {LongTime(TimeOnly.FromDateTime(Local(instant)), language)}";

    public static string Money(decimal amount, Language? language = null) => amount.ToString("C2", Culture(language ?? UiLanguage.Current));

    public static string Money(Money amount, Language? language = null) => Money(amount.Amount, language);

    /// <summary>An amount not (yet) known reads as a dash.</summary>
    public static string Money(decimal? amount, Language? language = null) => amount is { } a ? Money(a, language) : "–";

    /// <summary>A file's size: whole kB below a megabyte (at least 1), else MB with one decimal.</summary>
    /// <summary>A count with the language's thousands separator: "20.000" / "20,000" / "20.000".</summary>
    public static string Number(long value, Language? language = null) => value.ToString("N0", Culture(language ?? UiLanguage.Current));

    public static string FileSize(long bytes, Language? language = null) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} kB"
        : (bytes / 1024.0 / 1024.0).ToString("0.0", Culture(language ?? UiLanguage.Current)) + " MB";

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, AmsterdamCalendar.Zone).DateTime;

    private static CultureInfo DeskCulture(string name, int positive, int negative)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.CurrencySymbol = "€";
        culture.NumberFormat.CurrencyPositivePattern = positive;
        culture.NumberFormat.CurrencyNegativePattern = negative;
        return CultureInfo.ReadOnly(culture);
    }
}
