using AdrDesk.Domain.Register;

namespace AdrDesk.Tests.Register;

/// <summary>The Organisation members the register screens added: edit, end a subscription, removal by status.</summary>
public sealed class OrganisationTests
{
    private static Organisation Webshop()
    {
        var organisation = Organisation.Register(
            "Mode & Meer B.V.", KvkNumber.Create("70234568").Value, CountryCode.Netherlands, ["https://www.modeenmeer.nl"],
            new DateOnly(2025, 1, 1)).Value;
        organisation.AddSubscription(new DateOnly(2025, 1, 1), null);
        return organisation;
    }

    [Fact]
    public void Edit_changes_nothing_when_one_web_address_is_invalid()
    {
        var webshop = Webshop();

        var result = webshop.Edit("Mode en Meer B.V.", ["https://www.modeenmeer.be", "geen adres"], "Keurmerk", true, true);

        Assert.IsType<InvalidWebAddress>(result.Error);
        Assert.Equal("Mode & Meer B.V.", webshop.LegalName);
        Assert.Equal(["https://www.modeenmeer.nl/"], webshop.WebAddresses);
        Assert.False(webshop.UsesSchemeB2BTerms);
    }

    [Fact]
    [Trait("Rule", "M1")]
    public void Edit_replaces_details_drops_blank_and_duplicate_addresses_and_sets_the_flags()
    {
        var webshop = Webshop();

        var result = webshop.Edit(" Mode en Meer B.V. ", ["https://www.modeenmeer.be", " ", "https://www.modeenmeer.be/"], "  ", true, false);

        Assert.True(result.IsSuccess);
        Assert.Equal("Mode en Meer B.V.", webshop.LegalName);
        Assert.Equal(["https://www.modeenmeer.be/"], webshop.WebAddresses);
        Assert.Null(webshop.CertificationMark);
        Assert.True(webshop.UsesSchemeB2BTerms);
        Assert.IsType<LegalNameRequired>(webshop.Edit(" ", [], null, false, false).Error);
    }

    [Fact]
    [Trait("Rule", "D5")]
    public void Ending_a_subscription_keeps_its_last_day_and_needs_a_running_one()
    {
        var webshop = Webshop();

        Assert.True(webshop.EndSubscription(new DateOnly(2026, 6, 30)).IsSuccess);

        Assert.True(webshop.IsAffiliatedOn(new DateOnly(2026, 6, 30)));
        Assert.False(webshop.IsAffiliatedOn(new DateOnly(2026, 7, 1)));
        Assert.IsType<NoRunningSubscription>(webshop.EndSubscription(new DateOnly(2026, 8, 1)).Error);
    }

    [Fact]
    [Trait("Rule", "D18")]
    public void D18_Recording_removal_as_a_status_change_also_ends_the_subscription()
    {
        var webshop = Webshop();

        Assert.True(webshop.ChangeStatus(OrganisationStatus.RemovedFromRegister, new DateOnly(2026, 5, 1), "Uitspraak niet nagekomen").IsSuccess);

        Assert.Equal(new DateOnly(2026, 5, 1), Assert.Single(webshop.Subscriptions).To);
        Assert.False(webshop.IsAffiliatedOn(new DateOnly(2026, 5, 2)));
    }
}
