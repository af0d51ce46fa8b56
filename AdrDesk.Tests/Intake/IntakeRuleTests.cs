using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Steps;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Intake;

/// <summary>Live eligibility and field validation of the wizard, pure (no database).</summary>
public sealed class IntakeRuleTests
{
    private static readonly FakeTimeProvider Clock = AmsterdamClock.At(2026, 11, 23);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static IntakeForm Form(Action<IntakeForm>? change = null)
    {
        var form = new IntakeForm
        {
            ClaimantIsConsumer = true, Name = "Sanne", Email = "s@test.nl", Street = "Kerkstraat 1", PostalCode = "1234 AB", City = "Utrecht",
            PurchasedOnline = true, OrderDate = Today.AddDays(-40), Product = "Fiets", ProductValue = 100m, ComplainedToWebshop = true,
            FirstReported = Today.AddDays(-30), ReplyReceived = false, Complaint = "Kapot", Remedy = "Geld terug", ClaimTotal = 100m, WebshopName = "x",
        };
        change?.Invoke(form);
        return form;
    }

    private static IReadOnlyList<StepGround> Check(IntakeForm form) => IntakeEligibility.Check(form, TestRegister.Webshop(), Clock);

    [Fact, Trait("Rule", "D2")]
    public void D2_A_product_value_of_24_99_is_refused_at_the_purchase_step_and_25_is_in()
    {
        var refused = Check(Form(f => f.ProductValue = 24.99m));
        Assert.Contains(refused, g => g.Ground is ProductValueBelowMinimum && g.Step == IntakeStep.Purchase);
        Assert.DoesNotContain(Check(Form(f => f.ProductValue = 25.00m)), g => g.Ground is ProductValueBelowMinimum);
    }

    [Fact, Trait("Rule", "D25e")]
    public void D25e_A_complaint_first_reported_366_days_ago_is_refused_at_the_complaint_step_and_365_is_in()
    {
        Assert.Contains(Check(Form(f => { f.FirstReported = Today.AddDays(-366); f.OrderDate = Today.AddDays(-400); })),
            g => g.Ground is ComplaintTooOld && g.Step == IntakeStep.Complaint);
        Assert.DoesNotContain(Check(Form(f => { f.FirstReported = Today.AddDays(-365); f.OrderDate = Today.AddDays(-400); })), g => g.Ground is ComplaintTooOld);
    }

    [Fact, Trait("Rule", "D4")]
    public void D4_Not_complained_first_is_a_ground_at_the_complaint_step_and_the_helper_letter_names_the_webshop()
    {
        var form = Form(f => { f.ComplainedToWebshop = false; f.WebshopName = "Fietsenwinkel BV"; f.OrderNumber = "FW-1"; });
        Assert.Contains(Check(form), g => g.Ground is NoPriorComplaintToWebshop && g.Step == IntakeStep.Complaint);
        var letter = HelperLetterText.For(form, Language.Nl);
        Assert.Contains("Fietsenwinkel BV", letter);
        Assert.Contains("FW-1", letter);
        Assert.Contains("Kapot", letter);
    }

    [Fact, Trait("Rule", "D25c")]
    public void D25c_Staff_decision_grounds_are_never_shown_to_the_filer_as_a_refusal_and_do_not_block()
    {
        var grounds = Check(Form(f => f.PreviouslyHandledBy = "Kantonrechter Utrecht"));
        Assert.Contains(grounds, g => g.Ground is AlreadyHandledElsewhere);
        Assert.DoesNotContain(IntakeEligibility.VisibleToFiler(grounds), g => g.Ground is AlreadyHandledElsewhere);
        Assert.Empty(IntakeEligibility.Blocking(grounds));
    }

    [Fact, Trait("Rule", "D1")]
    public void D1_A_consumer_outside_the_EU_is_explained_at_the_who_step_and_unanswered_questions_raise_nothing()
    {
        Assert.Contains(Check(Form(f => f.Country = "US")), g => g.Ground is ConsumerNotResidentInEu && g.Step == IntakeStep.Who);
        Assert.Empty(IntakeEligibility.Check(new IntakeForm(), null, Clock));
    }

    [Fact, Trait("Rule", "D5")]
    public void D5_A_webshop_without_subscription_is_awaiting_not_a_refusal()
    {
        var lapsed = TestRegister.Webshop(subscribedTo: new DateOnly(2026, 6, 30));
        var grounds = IntakeEligibility.Check(Form(), lapsed, Clock);
        Assert.Contains(grounds, g => g.Ground is WebshopNotSubscribedAtFiling && g.Step == IntakeStep.Webshop);
        Assert.Empty(IntakeEligibility.Blocking(grounds));
    }

    [Fact]
    public void Every_field_gets_its_message_future_dates_negative_values_long_text_and_bad_email()
    {
        var form = Form(f =>
        {
            f.OrderDate = Today.AddDays(1); f.ProductValue = -1m; f.ShippingCosts = 1.234m; f.Product = new string('x', 1_000_000);
            f.Email = "not-an-address"; f.FirstReported = Today.AddDays(2);
        });
        var purchase = IntakeValidator.Validate(form, IntakeStep.Purchase, Today);
        Assert.Contains(purchase, i => i.Field == "OrderDate" && i.Key == "Validation.FutureDate");
        Assert.Contains(purchase, i => i.Field == "ProductValue" && i.Key == "Validation.Negative");
        Assert.Contains(purchase, i => i.Field == "ShippingCosts" && i.Key == "Validation.Cents");
        Assert.Contains(purchase, i => i.Field == "Product" && i.Key == "Validation.TooLong");
        Assert.Contains(IntakeValidator.Validate(form, IntakeStep.Who, Today), i => i.Field == "Email" && i.Key == "Validation.Email");
        Assert.Contains(IntakeValidator.Validate(form, IntakeStep.Complaint, Today), i => i.Field == "FirstReported" && i.Key == "Validation.FutureDate");
    }

    [Fact, Trait("Rule", "D3")]
    public void A_claim_lower_than_the_product_value_is_allowed_but_flagged()
    {
        var issues = IntakeValidator.Validate(Form(f => { f.ProductValue = 100m; f.ClaimTotal = 50m; }), IntakeStep.Claim, Today);
        var flag = Assert.Single(issues);
        Assert.Equal(IssueSeverity.Warning, flag.Severity);
        Assert.False(IntakeValidator.HasErrors(issues));
    }

    [Theory]
    [InlineData("24,99", 24.99)]
    [InlineData("24.99", 24.99)]
    [InlineData("€ 1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("-5", -5)]
    public void Amounts_are_read_as_people_type_them(string typed, double expected) =>
        Assert.Equal((decimal)expected, AmountParser.Parse(typed));
}
