using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Resources;

namespace AdrDesk.Features.Register;

/// <summary>What the register dialogs share: reading typed web addresses, and putting a named error under its field.</summary>
internal static class RegisterForm
{
    public const string General = "general";

    /// <summary>One address a line (or comma); "www.shop.nl" is taken as https://www.shop.nl.</summary>
    public static IReadOnlyList<string> WebAddresses(string? typed) =>
        (typed ?? "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Contains("://", StringComparison.Ordinal) ? a : "https://" + a)
            .ToList();

    /// <summary>The field a named error belongs to; errors about no field in particular go on top of the form.</summary>
    public static string FieldOf(DomainError error) => error switch
    {
        LegalNameRequired => "name",
        InvalidKvkNumber or KvkAlreadyRegistered => "kvk",
        InvalidCountryCode => "country",
        InvalidWebAddress => "web",
        InvalidSubscriptionPeriod => "from",
        StatusReasonRequired => "reason",
        NoRunningSubscription => "date",
        InvalidDisputeEmail or AffiliatedOrganisationNeedsContact => "contactEmail",
        StreetRequired or StreetNumberRequired => "street",
        PostalCodeRequired or InvalidPostalCode => "postalCode",
        CityRequired => "city",
        InvalidPhoneNumber => "phone",
        InvalidPostalCountry => "postalCountry",
        _ => General,
    };

    public static void Add(Dictionary<string, string> errors, DomainError error) => errors[FieldOf(error)] = error.Text();

}
