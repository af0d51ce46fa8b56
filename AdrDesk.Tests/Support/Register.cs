using AdrDesk.Domain.Register;

namespace AdrDesk.Tests.Support;

/// <summary>Register entries for the scenarios.</summary>
public static class TestRegister
{
    public static Organisation Webshop(string country = "NL", DateOnly? subscribedFrom = null, DateOnly? subscribedTo = null)
    {
        var organisation = Organisation.Register(
            "Fietsenwinkel BV", KvkNumber.Create("12345678").Value, CountryCode.Of(country), ["https://fietsenwinkel.example"],
            new DateOnly(2020, 1, 1), certificationMark: "Thuiswinkel Waarborg", usesSchemeB2BTerms: true, isSchemeParticipant: true).Value;
        organisation.AddSubscription(subscribedFrom ?? new DateOnly(2020, 1, 1), subscribedTo);
        return organisation;
    }
}
