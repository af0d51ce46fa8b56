using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Tests.Documents;

public class DocumentFormatTests
{
    [Theory]
    [InlineData(DocumentLanguage.Nl, "€ 1.234,56")]
    [InlineData(DocumentLanguage.En, "€1,234.56")]
    [InlineData(DocumentLanguage.De, "1.234,56 €")]
    public void Money_is_written_as_each_language_writes_euros(DocumentLanguage language, string expected) =>
        Assert.Equal(expected, DocumentFormat.Money(1234.56m, language));

    [Theory]
    [InlineData(DocumentLanguage.Nl, "21 november 2026")]
    [InlineData(DocumentLanguage.En, "21 November 2026")]
    [InlineData(DocumentLanguage.De, "21. November 2026")]
    public void Dates_are_written_out_in_each_language(DocumentLanguage language, string expected) =>
        Assert.Equal(expected, DocumentFormat.Date(new DateOnly(2026, 11, 21), language));

    [Theory]
    [InlineData(DocumentLanguage.Nl, "3 november 2026, 14:45 uur")]
    [InlineData(DocumentLanguage.En, "3 November 2026, 14:45")]
    [InlineData(DocumentLanguage.De, "3. November 2026, 14:45 Uhr")]
    public void A_moment_is_shown_in_the_desks_time_zone(DocumentLanguage language, string expected) =>
        Assert.Equal(expected, DocumentFormat.Moment(new DateTimeOffset(2026, 11, 3, 13, 45, 0, TimeSpan.Zero), language));

    [Theory]
    [InlineData(DocumentLanguage.Nl, "€ -25,00")]
    [InlineData(DocumentLanguage.En, "-€25.00")]
    [InlineData(DocumentLanguage.De, "-25,00 €")]
    public void Negative_amounts_keep_the_euro_where_the_language_puts_it(DocumentLanguage language, string expected) =>
        Assert.Equal(expected, DocumentFormat.Money(-25m, language));
}
