using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Cases;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Workbench;

/// <summary>Issue 18 item 2: every answer of the filer in words, in the reader's language (countries by name, amounts with €).</summary>
public sealed class FilingAnswerRowsTests
{
    private static readonly FilingAnswers Answers = new()
    {
        FiledBy = PartyRole.Consumer, ClaimantIsConsumer = true, PurchasedOnline = true, ConsumerCountry = "CH",
        OrderDate = new DateOnly(2026, 9, 1), ProductValue = 899m, ShippingCosts = 6.95m, ClaimTotal = 905.95m, ComplainedToWebshop = true,
        FirstReported = new DateOnly(2026, 9, 10), ReplyReceived = true, ReplyContent = "Wij repareren niet.", Complaint = "Frame gescheurd.",
        Remedy = "Geld terug", PreviouslyHandledBy = "Kantonrechter Amsterdam, vonnis van 1 oktober 2026",
    };

    [Fact, Trait("Rule", "D25c"), Trait("Rule", "D25")]
    public void Every_answer_is_shown_in_words_in_Dutch()
    {
        var rows = FilingAnswerRows.For(Answers, Language.Nl).ToDictionary(r => r.Key, r => r.Answer);
        Assert.Equal("Zwitserland", rows["ConsumerCountry"]);
        Assert.Equal("als particulier", rows["ClaimantIsConsumer"]);
        Assert.Equal("ja", rows["PurchasedOnline"]);
        Assert.Equal("Wij repareren niet.", rows["ReplyContent"]);
        Assert.Equal("Kantonrechter Amsterdam, vonnis van 1 oktober 2026", rows["PreviouslyHandledBy"]);
        Assert.Equal(DisplayFormat.Money(6.95m, Language.Nl), rows["ShippingCosts"]);
        Assert.StartsWith("€", rows["ShippingCosts"]);
        Assert.Equal("01-09-2026", rows["OrderDate"]);
        Assert.Equal(17, rows.Count);
    }

    [Theory]
    [InlineData(Language.En, "Switzerland", "Country of residence", "the Netherlands")]
    [InlineData(Language.De, "Schweiz", "Wohnsitzland", "Niederlande")]
    [InlineData(Language.Nl, "Zwitserland", "Woonland", "Nederland")]
    public void Countries_and_questions_are_in_the_readers_language(Language language, string country, string question, string netherlands)
    {
        var row = FilingAnswerRows.For(Answers, language).Single(r => r.Key == "ConsumerCountry");
        Assert.Equal((question, country), (row.Question, row.Answer));
        Assert.Equal(netherlands, CountryNames.Name("NL", language));
    }

    [Fact, Trait("Rule", "D25c")]
    public void The_receipts_screening_answers_leave_out_what_its_table_already_shows()
    {
        var rows = FilingAnswerRows.For(Answers with { PreviouslyHandledBy = null }, Language.Nl, FilingAnswerRows.Screening);
        Assert.Equal(FilingAnswerRows.Screening.Count, rows.Count);
        Assert.DoesNotContain(rows, r => r.Key is "Product" or "ClaimTotal" or "Complaint");
        Assert.Equal("nee", rows.Single(r => r.Key == "PreviouslyHandledBy").Answer);
    }
}
