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
