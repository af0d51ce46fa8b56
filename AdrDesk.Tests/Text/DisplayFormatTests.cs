using System.Globalization;
using AdrDesk.Domain.Common;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Text;

/// <summary>The one formatter: the desk's clock (Europe/Amsterdam) and each language's own way of writing dates and euros.</summary>
public sealed class DisplayFormatTests
{
    [Theory]
    [InlineData(Language.Nl, "€ 1.299,00")]
    [InlineData(Language.En, "€1,299.00")]
    [InlineData(Language.De, "1.299,00 €")]
    public void Money_is_euros_with_the_languages_separators_and_sign(Language language, string expected)
    {
        Assert.Equal(expected, DisplayFormat.Money(1299m, language));
        Assert.Equal(expected, DisplayFormat.Money(Money.Euros(1299m), language));
    }

    [Theory]
    [InlineData(Language.Nl, "€ -25,00")]
    [InlineData(Language.En, "-€25.00")]
    [InlineData(Language.De, "-25,00 €")]
    public void Negative_amounts_keep_the_euro_where_the_language_puts_it(Language language, string expected) =>
        Assert.Equal(expected, DisplayFormat.Money(-25m, language));

    [Fact]
    public void An_unknown_amount_is_a_dash() => Assert.Equal("–", DisplayFormat.Money((decimal?)null, Language.Nl));

    [Theory]
    [InlineData(Language.Nl, "21-11-2026", "21 november 2026")]
    [InlineData(Language.En, "21/11/2026", "21 November 2026")]
    [InlineData(Language.De, "21.11.2026", "21. November 2026")]
    public void Dates_are_short_on_screens_and_written_out_in_letters(Language language, string shortDate, string longDate)
    {
        Assert.Equal(shortDate, DisplayFormat.Date(new DateOnly(2026, 11, 21), language));
        Assert.Equal(longDate, DisplayFormat.LongDate(new DateOnly(2026, 11, 21), language));
    }

    [Theory]
    [InlineData(Language.Nl, "03-11-2026 14:45", "3 november 2026, 14:45 uur")]
    [InlineData(Language.En, "03/11/2026 14:45", "3 November 2026, 14:45")]
    [InlineData(Language.De, "03.11.2026 14:45", "3. November 2026, 14:45 Uhr")]
    public void An_instant_is_shown_on_the_desks_clock(Language language, string moment, string longMoment)
    {
        var instant = new DateTimeOffset(2026, 11, 3, 13, 45, 0, TimeSpan.Zero); // 14:45 CET

        Assert.Equal(moment, DisplayFormat.Moment(instant, language));
        Assert.Equal(longMoment, DisplayFormat.LongMoment(instant, language));
        Assert.Equal("14:45", DisplayFormat.Time(instant, language));
    }

    [Theory]
    // Spring forward, 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    [InlineData("2026-03-29T00:59:00Z", "29-03-2026 01:59")]
    [InlineData("2026-03-29T01:00:00Z", "29-03-2026 03:00")]
    // Fall back, 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:30 happens twice.
    [InlineData("2026-10-25T00:30:00Z", "25-10-2026 02:30")]
    [InlineData("2026-10-25T01:30:00Z", "25-10-2026 02:30")]
    [InlineData("2026-10-25T02:30:00Z", "25-10-2026 03:30")]
    // The Amsterdam day, not the UTC one: 23:30 UTC on 30 June is 01:30 on 1 July; 31 December 23:30 UTC is New Year.
    [InlineData("2026-06-30T23:30:00Z", "01-07-2026 01:30")]
    [InlineData("2026-12-31T23:30:00Z", "01-01-2027 00:30")]
    public void Instants_across_daylight_saving_changes_read_as_Amsterdam_wall_clock_time(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        Assert.Equal(expected, DisplayFormat.Moment(instant, Language.Nl));
        Assert.Equal(expected[..10], DisplayFormat.Date(instant, Language.Nl));
    }

    [Fact]
    public void The_offset_an_instant_arrives_with_does_not_matter()
    {
        var utc = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        var newYork = utc.ToOffset(TimeSpan.FromHours(-4));

        Assert.Equal("01-07-2026 10:00", DisplayFormat.Moment(utc, Language.Nl));
        Assert.Equal("01-07-2026 10:00", DisplayFormat.Moment(newYork, Language.Nl));
    }

    [Theory]
    [InlineData(Language.Nl, "14:05 uur")]
    [InlineData(Language.En, "14:05")]
    [InlineData(Language.De, "14:05 Uhr")]
    public void A_clock_time_in_a_letter(Language language, string expected)
    {
        Assert.Equal(expected, DisplayFormat.LongTime(new TimeOnly(14, 5), language));
        Assert.Equal("14:05", DisplayFormat.Time(new TimeOnly(14, 5), language));
    }

    [Theory]
    [InlineData("nl-NL", "21-11-2026", "€ 1.299,00")]
    [InlineData("en-US", "21/11/2026", "€1,299.00")] // the desk's English: day first, euros
    [InlineData("de-AT", "21.11.2026", "1.299,00 €")]
    [InlineData("fr-FR", "21-11-2026", "€ 1.299,00")] // not a desk language: Dutch
    public void Without_a_language_the_readers_UI_culture_decides(string uiCulture, string date, string money)
    {
        var was = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
            Assert.Equal(date, DisplayFormat.Date(new DateOnly(2026, 11, 21)));
            Assert.Equal(money, DisplayFormat.Money(1299m));
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }

    [Theory]
    [InlineData(500L, Language.Nl, "1 kB")]
    [InlineData(200L * 1024, Language.En, "200 kB")]
    [InlineData(3L * 1024 * 1024 + 512 * 1024, Language.Nl, "3,5 MB")]
    [InlineData(3L * 1024 * 1024 + 512 * 1024, Language.En, "3.5 MB")]
    public void File_sizes(long bytes, Language language, string expected) => Assert.Equal(expected, DisplayFormat.FileSize(bytes, language));

    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    [InlineData(Language.De, "de")]
    public void Language_tags(Language language, string tag) => Assert.Equal(tag, DisplayFormat.LanguageTag(language));
}
