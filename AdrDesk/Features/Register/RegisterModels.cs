using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Features.Register;

/// <summary>One organisation as a search or the register grid shows it (and as the intake picks a respondent).</summary>
public sealed record OrganisationSummary(
    Guid Id, string LegalName, string KvkNumber, string Country, IReadOnlyList<string> WebAddresses,
    OrganisationStatus Status, DateOnly StatusSince, bool SubscribedToday);

public sealed record RegisterPage(IReadOnlyList<OrganisationSummary> Rows, int Count);

/// <summary>The columns the register grid sorts by (in SQL).</summary>
public enum RegisterSort { Name, Kvk, Status }

/// <summary>An organisation with its history, newest change first (desk only).</summary>
public sealed record OrganisationDetails(Organisation Organisation, bool SubscribedToday, IReadOnlyList<RegisterChange> History);

/// <summary>What a staff member types to register an organisation; the service validates it through the Domain.</summary>
public sealed record NewOrganisation(
    string LegalName, string KvkNumber, string Country, IReadOnlyList<string> WebAddresses,
    string? CertificationMark, bool UsesSchemeB2BTerms, bool IsSchemeParticipant, DateOnly? SubscribedFrom)
{
    public ContactInput Contact { get; init; } = ContactInput.Empty;
}

public sealed record OrganisationEdit(
    string LegalName, IReadOnlyList<string> WebAddresses, string? CertificationMark,
    bool UsesSchemeB2BTerms, bool IsSchemeParticipant)
{
    public ContactInput Contact { get; init; } = ContactInput.Empty;
}

/// <summary>Issue 14: how the desk reaches the organisation, as typed; the Domain's value objects validate it.</summary>
public sealed record ContactInput(
    string? DisputeEmail, string? Street, string? PostalCode, string? City, string? Country, string? ContactPerson, string? Phone)
{
    public static readonly ContactInput Empty = new(null, null, null, null, null, null, null);

    public static ContactInput Of(OrganisationContact c) => new(
        c.DisputeEmail, c.PostalAddress?.Street, c.PostalAddress?.PostalCode, c.PostalAddress?.City, c.PostalAddress?.Country.Value,
        c.ContactPerson, c.Phone);

    public Result<OrganisationContact> ToContact()
    {
        var postal = OrganisationAddress.Create(Street, PostalCode, City, Country);
        if (postal.IsFailure) return postal.Error!;
        return OrganisationContact.Create(DisputeEmail, postal.Value, ContactPerson, Phone);
    }
}

/// <summary>D18: the public page lists affiliated webshops and names the removed ones with the date.</summary>
public sealed record PublicRegister(IReadOnlyList<PublicWebshop> Affiliated, IReadOnlyList<RemovedWebshop> Removed);

public sealed record PublicWebshop(string LegalName, string KvkNumber, IReadOnlyList<string> WebAddresses, string? CertificationMark)
{
    /// <summary>The register entry: the webshop's public page (/webshops/{id}) with its published rulings (issue 20 item 2).</summary>
    public Guid Id { get; init; }
}

public sealed record RemovedWebshop(string LegalName, string KvkNumber, IReadOnlyList<string> WebAddresses, DateOnly RemovedOn)
{
    public Guid Id { get; init; }
}
