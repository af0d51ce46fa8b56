using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Register;

/// <summary>Only desk staff (CaseManager) and admins maintain the register.</summary>
public sealed record NotAllowedToChangeRegister() : DomainError();

public sealed record OrganisationNotFound(Guid Id) : DomainError();

public sealed record KvkAlreadyRegistered(string Kvk) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Kvk];
}
