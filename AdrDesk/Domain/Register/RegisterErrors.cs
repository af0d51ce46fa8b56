using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

public sealed record LegalNameRequired() : DomainError();

public sealed record InvalidSubscriptionPeriod(DateOnly From, DateOnly? To) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [From, To];
}

public sealed record StatusReasonRequired(OrganisationStatus Status) : DomainError("D18")
{
    public override IReadOnlyList<object?> Arguments => [Status];
}

public sealed record InvalidWebAddress(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}

public sealed record NoRunningSubscription(DateOnly On) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [On];
}

public sealed record StreetRequired() : DomainError();

public sealed record PostalCodeRequired() : DomainError();

public sealed record CityRequired() : DomainError();

public sealed record StreetNumberRequired(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}

public sealed record InvalidPostalCode(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}

public sealed record InvalidDisputeEmail(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}

public sealed record InvalidPhoneNumber(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}

/// <summary>Issue 14: an affiliated webshop must be reachable (D12 forwarding): an e-mail address for disputes or a postal address.</summary>
public sealed record AffiliatedOrganisationNeedsContact() : DomainError("D12");

public sealed record InvalidPostalCountry(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}
