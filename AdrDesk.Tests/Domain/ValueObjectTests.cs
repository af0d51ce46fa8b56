using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Domain;

public class ValueObjectTests
{
    [Theory]
    [InlineData(Scheme.BindingRuling, "DD-2026-000123")]
    [InlineData(Scheme.B2BMediation, "MB-2026-000123")]
    [InlineData(Scheme.ConsumerBemiddeling, "BM-2026-000123")]
    public void CaseNumber_formats_with_scheme_prefix_year_and_six_digits(Scheme scheme, string expected)
    {
        var number = CaseNumber.Create(scheme, 2026, 123).Value;

        Assert.Equal(expected, number.ToString());
        Assert.Equal(number, CaseNumber.Parse(expected).Value);
    }

    [Theory]
    [InlineData("XX-2026-000123")]
    [InlineData("DD-26-000123")]
    [InlineData("DD-2026-123")]
    [InlineData("DD-2026-000000")]
    [InlineData("DD-2026-00012a")]
    [InlineData("")]
    public void CaseNumber_parse_rejects_malformed_input(string input) =>
        Assert.IsType<InvalidCaseNumber>(CaseNumber.Parse(input).Error);

    [Theory]
    [InlineData(25.00, true)]
    [InlineData(0, true)]
    [InlineData(24.999, false)]
    [InlineData(-1, false)]
    public void Money_is_euro_with_two_decimals_and_not_negative(decimal amount, bool valid) =>
        Assert.Equal(valid, Money.Create(amount).IsSuccess);

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567a", false)]
    public void KvkNumber_is_eight_digits(string input, bool valid) => Assert.Equal(valid, KvkNumber.Create(input).IsSuccess);

    [Theory]
    [InlineData("nl", true)]
    [InlineData("DE", true)]
    [InlineData("GB", false)]
    [InlineData("CH", false)]
    public void CountryCode_knows_EU_member_states(string code, bool eu) => Assert.Equal(eu, CountryCode.Of(code).IsEuMemberState);

    [Fact]
    public void A_domain_error_is_its_code_and_arguments_and_reads_in_each_language()
    {
        var error = new InvalidMoney(-1m);

        Assert.Contains("geen geldig bedrag", error.Message(Language.Nl));
        Assert.Contains("not a valid euro amount", error.Message(Language.En));
        Assert.Contains("kein gültiger", error.Message(Language.De));
        Assert.Equal("InvalidMoney", error.Code);
        Assert.Equal([-1m], error.Arguments);
    }
}
