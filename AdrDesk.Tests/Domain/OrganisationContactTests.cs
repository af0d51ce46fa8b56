using AdrDesk.Domain.Register;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Domain;

/// <summary>Issue 14 item 1: the register knows how to reach each organisation; the value objects validate themselves.</summary>
public class OrganisationContactTests
{
    [Fact]
    public void A_Dutch_postal_address_is_normalised_and_printed_on_two_lines()
    {
        var address = OrganisationAddress.Create(" Stationsplein 12 ", "3511ed", "Utrecht", "nl").Value!;

        Assert.Equal("3511 ED", address.PostalCode);
        Assert.Equal(["Stationsplein 12", "3511 ED Utrecht"], address.Lines);
    }

    [Fact]
    public void A_foreign_postal_address_names_its_country()
    {
        var address = OrganisationAddress.Create("Hauptstraße 5", "10115", "Berlin", "DE").Value!;

        Assert.Equal(["Hauptstraße 5", "10115 Berlin", "DE"], address.Lines);
    }

    [Fact]
    public void An_empty_postal_address_is_no_address()
    {
        var address = OrganisationAddress.Create(" ", null, "", "NL");

        Assert.True(address.IsSuccess);
        Assert.Null(address.Value);
    }

    [Theory]
    [InlineData("", "3511 ED", "Utrecht", "NL", typeof(StreetRequired))]
    [InlineData("Stationsplein", "3511 ED", "Utrecht", "NL", typeof(StreetNumberRequired))]
    [InlineData("Stationsplein 12", "", "Utrecht", "NL", typeof(PostalCodeRequired))]
    [InlineData("Stationsplein 12", "3511 ED", "", "NL", typeof(CityRequired))]
    [InlineData("Stationsplein 12", "351 ED", "Utrecht", "NL", typeof(InvalidPostalCode))]
    [InlineData("Stationsplein 12", "0511 ED", "Utrecht", "NL", typeof(InvalidPostalCode))]
    [InlineData("Stationsplein 12", "3511 ED", "Utrecht", "Nederland", typeof(InvalidPostalCountry))]
    public void An_incomplete_or_wrong_postal_address_names_the_field(string street, string postalCode, string city, string country, Type error)
    {
        Assert.IsType(error, OrganisationAddress.Create(street, postalCode, city, country).Error);
    }

    [Theory]
    [InlineData("geschillen", typeof(InvalidDisputeEmail))]
    [InlineData("a@b@shop.nl", typeof(InvalidDisputeEmail))]
    [InlineData("geschillen@shop", typeof(InvalidDisputeEmail))]
    [InlineData("geschil len@shop.nl", typeof(InvalidDisputeEmail))]
    public void A_wrong_dispute_email_is_refused(string email, Type error)
    {
        Assert.IsType(error, OrganisationContact.Create(email, null, null, null).Error);
    }

    [Theory]
    [InlineData("bel ons")]
    [InlineData("123")]
    public void A_wrong_phone_number_is_refused(string phone)
    {
        Assert.IsType<InvalidPhoneNumber>(OrganisationContact.Create("geschillen@shop.nl", null, null, phone).Error);
    }

    [Fact]
    public void A_contact_with_email_or_post_is_reachable_and_the_email_is_kept_in_lower_case()
    {
        var byMail = OrganisationContact.Create("Geschillen@Shop.NL", null, "Anna de Vries", "+31 30 123 45 67").Value;
        var byPost = OrganisationContact.Create(null, OrganisationAddress.Create("Markt 7", "5611 EB", "Eindhoven", "NL").Value, null, null).Value;

        Assert.Equal("geschillen@shop.nl", byMail.DisputeEmail);
        Assert.True(byMail.IsReachable);
        Assert.True(byPost.IsReachable);
        Assert.False(OrganisationContact.None.IsReachable);
    }

    [Fact]
    [Trait("Rule", "D12")]
    public void An_affiliated_webshop_cannot_be_left_unreachable()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2025, 1, 1));
        var today = new DateOnly(2026, 12, 6);

        Assert.IsType<AffiliatedOrganisationNeedsContact>(webshop.CheckReachable(today).Error);
        Assert.IsType<AffiliatedOrganisationNeedsContact>(webshop.ChangeContact(OrganisationContact.None, today).Error);

        var contact = OrganisationContact.Create("geschillen@fietsenwinkel.example", null, null, null).Value;
        Assert.True(webshop.ChangeContact(contact, today).IsSuccess);
        Assert.True(webshop.CheckReachable(today).IsSuccess);
        Assert.Equal("geschillen@fietsenwinkel.example", webshop.Contact.DisputeEmail);
    }

    [Fact]
    public void A_webshop_whose_subscription_ended_may_be_without_contact()
    {
        var webshop = TestRegister.Webshop(subscribedFrom: new DateOnly(2024, 1, 1), subscribedTo: new DateOnly(2024, 12, 31));

        Assert.True(webshop.ChangeContact(OrganisationContact.None, new DateOnly(2026, 12, 6)).IsSuccess);
    }
}
