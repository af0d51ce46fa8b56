using AdrDesk.Domain.Register;

namespace AdrDesk.Features.Register;

/// <summary>One organisation as a search or the register grid shows it (and as the intake picks a respondent).</summary>
public sealed record OrganisationSummary(
    Guid Id, string LegalName, string KvkNumber, string Country, IReadOnlyList<string> WebAddresses,
    OrganisationStatus Status, DateOnly StatusSince, bool SubscribedToday);

public sealed record RegisterPage(IReadOnlyList<OrganisationSummary> Rows, int Count);

/// <summary>An organisation with its history, newest change first (desk only).</summary>
public sealed record OrganisationDetails(Organisation Organisation, bool SubscribedToday, IReadOnlyList<RegisterChange> History);

/// <summary>What a staff member types to register an organisation; the service validates it through the Domain.</summary>
public sealed record NewOrganisation(
    string LegalName, string KvkNumber, string Country, IReadOnlyList<string> WebAddresses,
    string? CertificationMark, bool UsesSchemeB2BTerms, bool IsSchemeParticipant, DateOnly? SubscribedFrom);

public sealed record OrganisationEdit(
    string LegalName, IReadOnlyList<string> WebAddresses, string? CertificationMark,
    bool UsesSchemeB2BTerms, bool IsSchemeParticipant);

/// <summary>D18: the public page lists affiliated webshops and names the removed ones with the date.</summary>
public sealed record PublicRegister(IReadOnlyList<PublicWebshop> Affiliated, IReadOnlyList<RemovedWebshop> Removed);

public sealed record PublicWebshop(string LegalName, string KvkNumber, IReadOnlyList<string> WebAddresses, string? CertificationMark);

public sealed record RemovedWebshop(string LegalName, string KvkNumber, IReadOnlyList<string> WebAddresses, DateOnly RemovedOn);
