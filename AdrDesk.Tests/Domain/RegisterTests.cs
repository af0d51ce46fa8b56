using AdrDesk.Domain.Register;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Domain;

public class RegisterTests
{
    [Fact]
    public void Subscription_periods_answer_affiliated_on_a_day_both_ends_inclusive()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2025, 1, 1), subscribedTo: new DateOnly(2025, 12, 31));

        Assert.False(webshop.IsAffiliatedOn(new DateOnly(2024, 12, 31)));
        Assert.True(webshop.IsAffiliatedOn(new DateOnly(2025, 1, 1)));
        Assert.True(webshop.IsAffiliatedOn(new DateOnly(2025, 12, 31)));
        Assert.False(webshop.IsAffiliatedOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Subscribed_at_an_instant_uses_the_Amsterdam_day()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2026, 1, 1));
        // 31 Dec 2025 23:30 UTC is already 1 Jan 2026 00:30 in Amsterdam.
        Assert.True(webshop.IsSubscribedAt(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Overlapping_subscription_periods_are_refused()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2025, 1, 1), subscribedTo: new DateOnly(2025, 12, 31));

        Assert.IsType<InvalidSubscriptionPeriod>(webshop.AddSubscription(new DateOnly(2025, 6, 1), null).Error);
        Assert.True(webshop.AddSubscription(new DateOnly(2026, 1, 1), null).IsSuccess);
    }

    [Fact]
    public void A_status_other_than_active_needs_a_reason()
    {
        var webshop = TestRegister.Webshop();

        Assert.IsType<StatusReasonRequired>(webshop.ChangeStatus(OrganisationStatus.Bankrupt, new DateOnly(2026, 3, 1), " ").Error);
        Assert.True(webshop.ChangeStatus(OrganisationStatus.Bankrupt, new DateOnly(2026, 3, 1), "Faillissement uitgesproken").IsSuccess);
        Assert.True(webshop.IsInsolventOrCeased);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public void D18_Removal_from_register_ends_the_subscription_and_keeps_the_certification_mark()
    {
        var webshop = TestRegister.Webshop();

        webshop.RemoveFromRegister(new DateOnly(2026, 5, 1), "Uitspraak niet nagekomen");

        Assert.Equal(OrganisationStatus.RemovedFromRegister, webshop.Status);
        Assert.False(webshop.IsAffiliatedOn(new DateOnly(2026, 5, 2)));
        Assert.Equal("Thuiswinkel Waarborg", webshop.CertificationMark);
    }

    [Fact]
    public void Register_refuses_an_invalid_web_address()
    {
        var result = Organisation.Register("X BV", KvkNumber.Create("12345678").Value, CountryCode.Netherlands, ["ftp://x"], new DateOnly(2026, 1, 1));
        Assert.IsType<InvalidWebAddress>(result.Error);
    }

    [Fact]
    public void Register_requires_a_legal_name() =>
        Assert.IsType<LegalNameRequired>(Organisation.Register(" ", KvkNumber.Create("12345678").Value, CountryCode.Netherlands, [], new DateOnly(2026, 1, 1)).Error);

    [Fact]
    public void Register_keeps_the_status_date_and_reason()
    {
        var webshop = TestRegister.Webshop();
        webshop.ChangeStatus(OrganisationStatus.CeasedTrading, new DateOnly(2026, 4, 1), "Gestopt");

        Assert.Equal(new DateOnly(2026, 4, 1), webshop.StatusSince);
        Assert.Equal("Gestopt", webshop.StatusReason);
    }
}
