using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Register;

/// <summary>Only desk staff (CaseManager) and admins maintain the register.</summary>
public sealed record NotAllowedToChangeRegister() : DomainError()
{
    protected override LocalizedText Text => new(
        "Alleen medewerkers van de balie en beheerders mogen het register wijzigen.",
        "Only desk staff and administrators may change the register.",
        "Nur Mitarbeiter des Schalters und Administratoren dürfen das Register ändern.");
}

public sealed record OrganisationNotFound(Guid Id) : DomainError()
{
    protected override LocalizedText Text => new(
        "Deze organisatie staat niet in het register.",
        "This organisation is not in the register.",
        "Diese Organisation steht nicht im Register.");
}

public sealed record KvkAlreadyRegistered(string Kvk) : DomainError()
{
    protected override LocalizedText Text => new(
        $"KvK-nummer {Kvk} staat al in het register.",
        $"Chamber of Commerce number {Kvk} is already in the register.",
        $"KvK-Nummer {Kvk} steht bereits im Register.");
}
