using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Resources;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Domain;

public class EligibilityTests
{
    private static readonly FakeTimeProvider Clock = AmsterdamClock.At(2026, 6, 1);

    private static IntakeAnswers Valid() => new()
    {
        Scheme = Scheme.BindingRuling,
        ProductValue = Money.Euros(120m),
        TotalClaim = Money.Euros(150m),
        FirstReportedToWebshop = new DateOnly(2026, 5, 1),
        OrderDate = new DateOnly(2026, 4, 20),
    };

    private static EligibilityResult Check(IntakeAnswers answers, Organisation? webshop = null) =>
        EligibilityChecker.Check(answers, webshop ?? TestRegister.Webshop(), Clock);

    [Fact]
    public void A_valid_request_is_eligible()
    {
        var result = Check(Valid());
        Assert.True(result.IsEligible);
        Assert.Empty(result.Grounds);
    }

    [Fact]
    [Trait("Rule", "D1")]
    public void D1_Only_online_purchases_by_EU_consumers_from_Dutch_webshops_in_the_register()
    {
        Assert.Contains(Check(Valid() with { PurchasedOnline = false }).Refusals, g => g is NotAnOnlinePurchase);
        Assert.Contains(Check(Valid() with { ConsumerCountry = CountryCode.Of("GB") }).Refusals, g => g is ConsumerNotResidentInEu);
        Assert.True(Check(Valid() with { ConsumerCountry = CountryCode.Of("BE") }).IsEligible);
        Assert.Contains(Check(Valid(), TestRegister.Webshop(country: "DE")).Refusals, g => g is WebshopNotEstablishedInNetherlands);
        Assert.Contains(EligibilityChecker.Check(Valid(), null, Clock).Refusals, g => g is RespondentNotInRegister);
    }

    [Theory]
    [Trait("Rule", "D2")]
    [Trait("Rule", "D25d")]
    [InlineData(25.00, true)]
    [InlineData(24.99, false)]
    public void D2_D25d_Product_value_of_25_euro_is_in_and_24_99_is_out(decimal value, bool eligible)
    {
        var result = Check(Valid() with { ProductValue = Money.Euros(value) });
        Assert.Equal(eligible, result.IsEligible);
        Assert.Equal(!eligible, result.Refusals.Any(g => g is ProductValueBelowMinimum));
    }

    [Theory]
    [Trait("Rule", "D3")]
    [Trait("Rule", "D25d")]
    [InlineData(24_999.99, true)]
    [InlineData(25_000.00, false)]
    public void D3_D25d_Claim_of_24999_99_is_in_and_25000_is_out(decimal claim, bool eligible)
    {
        var result = Check(Valid() with { TotalClaim = Money.Euros(claim) });
        Assert.Equal(eligible, result.IsEligible);
        Assert.Equal(!eligible, result.Refusals.Any(g => g is ClaimNotBelowMaximum));
    }

    [Fact]
    [Trait("Rule", "D4")]
    [Trait("Rule", "D25a")]
    public void D4_D25a_Consumer_must_first_complain_to_the_webshop() =>
        Assert.Contains(Check(Valid() with { FirstReportedToWebshop = null }).Refusals, g => g is NoPriorComplaintToWebshop);

    [Theory]
    [Trait("Rule", "D25e")]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public void D25e_Day_365_after_first_report_is_in_time_and_day_366_is_late(int daysBefore, bool eligible)
    {
        var filedOn = AmsterdamCalendar.DateOf(Clock.GetUtcNow());
        var result = Check(Valid() with { FirstReportedToWebshop = filedOn.AddDays(-daysBefore) });
        Assert.Equal(eligible, result.IsEligible);
    }

    [Fact]
    [Trait("Rule", "D25e")]
    public void D25e_Days_are_counted_on_the_Amsterdam_calendar()
    {
        // 1 June 2026 23:30 Amsterdam is still 1 June there but 21:30 UTC; 366 days before 1 June 2026 is 31 May 2025.
        var lateEvening = AmsterdamClock.At(2026, 6, 1, hour: 23);
        var result = EligibilityChecker.Check(Valid() with { FirstReportedToWebshop = new DateOnly(2025, 6, 1) }, TestRegister.Webshop(), lateEvening);
        Assert.True(result.IsEligible);
    }

    [Fact]
    [Trait("Rule", "D25f")]
    public void D25f_A_dispute_between_businesses_is_refused() =>
        Assert.Contains(Check(Valid() with { ClaimantIsConsumer = false }).Refusals, g => g is DisputeBetweenBusinesses);

    [Fact]
    [Trait("Rule", "D9")]
    [Trait("Rule", "D25g")]
    public void D9_D25g_A_webshop_filing_awaits_consent_and_is_refused_without_it()
    {
        var pending = Check(Valid() with { FiledBy = PartyRole.Business });
        Assert.Contains(pending.Awaiting, g => g is ConsumerConsentPending);
        Assert.True(pending.IsEligible);

        var refused = Check(Valid() with { FiledBy = PartyRole.Business, ConsumerConsented = false });
        Assert.Contains(refused.Refusals, g => g is ConsumerConsentRefused);
    }

    [Theory]
    [Trait("Rule", "D25h")]
    [InlineData(OrganisationStatus.SuspensionOfPayments)]
    [InlineData(OrganisationStatus.Bankrupt)]
    [InlineData(OrganisationStatus.CeasedTrading)]
    public void D25h_Webshop_in_suspension_of_payments_bankrupt_or_ceased_is_refused(OrganisationStatus status)
    {
        var webshop = TestRegister.Webshop();
        webshop.ChangeStatus(status, new DateOnly(2026, 5, 15), "Register KvK");
        Assert.Contains(Check(Valid(), webshop).Refusals, g => g is WebshopInsolventOrCeased);
    }

    [Fact]
    [Trait("Rule", "D25i")]
    public void D25i_Webshop_not_affiliated_at_the_order_date_is_refused_automatically_but_overridable()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2026, 5, 1));
        var ground = Assert.Single(Check(Valid(), webshop).Refusals);
        Assert.IsType<WebshopNotAffiliatedAtOrder>(ground);
        Assert.True(ground.StaffMayOverride);
    }

    [Fact]
    [Trait("Rule", "D5")]
    public void D5_Webshop_not_subscribed_at_filing_makes_the_case_wait_not_refused()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2026, 1, 1), subscribedTo: new DateOnly(2026, 5, 15));
        var result = Check(Valid(), webshop);
        Assert.Contains(result.Awaiting, g => g is WebshopNotSubscribedAtFiling);
        Assert.Empty(result.Refusals);
    }

    [Fact]
    [Trait("Rule", "D25c")]
    public void D25c_Already_handled_elsewhere_needs_a_staff_decision()
    {
        var result = Check(Valid() with { PreviouslyHandledBy = "Geschillencommissie" });
        Assert.Contains(result.NeedsStaffDecision, g => g is AlreadyHandledElsewhere);
        Assert.Empty(result.Refusals);
        Assert.False(result.IsEligible);
    }

    [Fact]
    [Trait("Rule", "D25")]
    public void D25_Every_applicable_ground_is_returned_not_only_the_first()
    {
        var answers = Valid() with
        {
            PurchasedOnline = false,
            ProductValue = Money.Euros(10m),
            TotalClaim = Money.Euros(30_000m),
            FirstReportedToWebshop = null,
            ClaimantIsConsumer = false,
            PreviouslyHandledBy = "Rechtbank",
        };
        var result = Check(answers, TestRegister.Webshop(country: "BE"));

        Assert.Equal(
            ["D1", "D25f", "D2", "D3", "D25a", "D1"],
            result.Refusals.Select(g => g.RuleId!).ToArray());
        Assert.Single(result.NeedsStaffDecision);
    }

    [Fact]
    [Trait("Rule", "D8")]
    public void D8_Every_ground_speaks_Dutch_English_and_German_and_names_its_rule_to_staff_only()
    {
        EligibilityGround[] grounds =
        [
            new NotAnOnlinePurchase(), new ConsumerNotResidentInEu(CountryCode.Of("US")), new WebshopNotEstablishedInNetherlands(CountryCode.Of("DE")),
            new RespondentNotInRegister(), new DisputeBetweenBusinesses(), new ProductValueBelowMinimum(Money.Euros(1m)),
            new ClaimNotBelowMaximum(Money.Euros(25_000m)), new NoPriorComplaintToWebshop(), new ComplaintTooOld(new DateOnly(2025, 1, 1), 400),
            new WebshopInsolventOrCeased(OrganisationStatus.Bankrupt), new WebshopNotAffiliatedAtOrder(new DateOnly(2026, 1, 1)),
            new WebshopNotSubscribedAtFiling(), new ConsumerConsentPending(), new ConsumerConsentRefused(), new TrivialAmountOrMinorDefect(),
            new AlreadyHandledElsewhere("X"), new ImpairsEffectiveOperation(), new B2BTermsNotUsed(), new NotACustomerOfSchemeParticipant(),
        ];
        foreach (var ground in grounds)
        {
            var texts = new[] { ground.Message(Language.Nl), ground.Message(Language.En), ground.Message(Language.De) };
            Assert.Equal(3, texts.Distinct().Count());
            // Consumers and webshops read these words: no rule codes (issue 14 item 8); the rule travels as RuleId.
            Assert.All(texts, t => Assert.DoesNotMatch(@"\([DMB]\d{1,2}[a-z]?[,)]", t));
            Assert.Matches(@"^[DMB]\d{1,2}[a-z]?$", ground.RuleId);
        }
    }

    [Fact]
    [Trait("Rule", "M1")]
    public void M1_Mediation_only_when_the_scheme_B2B_terms_were_used()
    {
        var answers = new IntakeAnswers { Scheme = Scheme.B2BMediation, ContractUsedSchemeB2BTerms = false };
        Assert.Contains(EligibilityChecker.Check(answers, TestRegister.Webshop(), Clock).Refusals, g => g is B2BTermsNotUsed);
        Assert.True(EligibilityChecker.Check(answers with { ContractUsedSchemeB2BTerms = true }, TestRegister.Webshop(), Clock).IsEligible);
    }

    [Fact]
    [Trait("Rule", "B1")]
    public void B1_Bemiddeling_is_for_customers_of_scheme_participants()
    {
        var answers = new IntakeAnswers { Scheme = Scheme.ConsumerBemiddeling };
        Assert.Contains(EligibilityChecker.Check(answers, null, Clock).Refusals, g => g is NotACustomerOfSchemeParticipant);
        Assert.True(EligibilityChecker.Check(answers, TestRegister.Webshop(), Clock).IsEligible);
    }
}
