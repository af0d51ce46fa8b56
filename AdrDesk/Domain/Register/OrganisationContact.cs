using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

/// <summary>A postal address for letters (D21): street and number, postal code, city, country. All or nothing.</summary>
public sealed record OrganisationAddress
{
    private OrganisationAddress(string street, string postalCode, string city, CountryCode country)
    {
        Street = street;
        PostalCode = postalCode;
        City = city;
        Country = country;
    }

    public string Street { get; }
    public string PostalCode { get; }
    public string City { get; }
    public CountryCode Country { get; }

    /// <summary>Null when every field is blank (no postal address); a named error for the first field missing or wrong.</summary>
    public static Result<OrganisationAddress?> Create(string? street, string? postalCode, string? city, string? country)
    {
        string Clean(string? v) => (v ?? "").Trim();
        var (s, p, c, k) = (Clean(street), Clean(postalCode), Clean(city), Clean(country));
        if (s.Length == 0 && p.Length == 0 && c.Length == 0) return (OrganisationAddress?)null;
        if (s.Length == 0) return new StreetRequired();
        if (!s.Any(char.IsAsciiDigit)) return new StreetNumberRequired(s);
        if (p.Length == 0) return new PostalCodeRequired();
        if (c.Length == 0) return new CityRequired();
        var code = CountryCode.Create(k.Length == 0 ? "NL" : k);
        if (code.IsFailure) return new InvalidPostalCountry(k);
        if (code.Value == CountryCode.Netherlands)
        {
            // Dutch postal codes: 4 digits (not starting with 0) and 2 letters, written "1234 AB".
            var compact = p.Replace(" ", "").ToUpperInvariant();
            if (compact.Length != 6 || compact[0] == '0' || !compact[..4].All(char.IsAsciiDigit) || !compact[4..].All(char.IsAsciiLetterUpper))
                return new InvalidPostalCode(p);
            p = $"{compact[..4]} {compact[4..]}";
        }
        else if (p.Length > 12 || !p.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-'))
        {
            return new InvalidPostalCode(p);
        }
        return new OrganisationAddress(s, p, c, code.Value);
    }

    /// <summary>For stored values, known valid.</summary>
    internal static OrganisationAddress Restore(string street, string postalCode, string city, CountryCode country) =>
        new(street, postalCode, city, country);

    /// <summary>The lines of an envelope; the country only when abroad (letters are posted in the Netherlands).</summary>
    public IReadOnlyList<string> Lines =>
        Country == CountryCode.Netherlands ? [Street, $"{PostalCode} {City}"] : [Street, $"{PostalCode} {City}", Country.Value];

    public override string ToString() => string.Join(", ", Lines);
}

/// <summary>
/// How the desk reaches an organisation (issue 14): the e-mail address for disputes, the postal address,
/// a contact person and phone. Each part validates itself; <see cref="IsReachable"/> needs e-mail or post.
/// </summary>
public sealed record OrganisationContact
{
    private OrganisationContact(string? disputeEmail, OrganisationAddress? postalAddress, string? contactPerson, string? phone)
    {
        DisputeEmail = disputeEmail;
        PostalAddress = postalAddress;
        ContactPerson = contactPerson;
        Phone = phone;
    }

    public static OrganisationContact None { get; } = new(null, null, null, null);

    public string? DisputeEmail { get; }
    public OrganisationAddress? PostalAddress { get; }
    public string? ContactPerson { get; }
    public string? Phone { get; }

    public bool IsReachable => DisputeEmail is not null || PostalAddress is not null;

    public static Result<OrganisationContact> Create(string? disputeEmail, OrganisationAddress? postalAddress, string? contactPerson, string? phone)
    {
        var email = Blank(disputeEmail);
        if (email is not null && !IsEmail(email)) return new InvalidDisputeEmail(email);
        var tel = Blank(phone);
        if (tel is not null && !IsPhone(tel)) return new InvalidPhoneNumber(tel);
        return new OrganisationContact(email?.ToLowerInvariant(), postalAddress, Blank(contactPerson), tel);
    }

    /// <summary>For stored values, known valid.</summary>
    internal static OrganisationContact Restore(string? disputeEmail, OrganisationAddress? postalAddress, string? contactPerson, string? phone) =>
        new(disputeEmail, postalAddress, contactPerson, phone);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A plain shape check (one @, a dotted domain, no spaces); whether it delivers shows when the desk mails it.
    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || value.Length > 254 || value.Any(char.IsWhiteSpace)) return false;
        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2 && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15 && value.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')');
    }
}
