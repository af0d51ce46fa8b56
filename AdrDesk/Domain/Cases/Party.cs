using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// A party to a case. D5/B1: there is deliberately no fee or payment field: filing is free for consumers.
/// </summary>
public sealed class Party
{
    private Party()
    {
        Name = "";
    }

    public Guid Id { get; private set; }
    public PartyRole Role { get; private set; }
    public string Name { get; private set; }

    /// <summary>The user who acts for this party in AdrDesk; null for a party that only takes part on paper (D21).</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The register entry of a business party.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>D7: optional, may change at any time.</summary>
    public Representative? Representative { get; private set; }

    /// <summary>D21: this party asked for documents by post; the procedure is then conducted in writing.</summary>
    public bool PaperProcedure { get; private set; }

    public static Result<Party> Consumer(string name, Guid? userId) => Create(PartyRole.Consumer, name, userId, null);

    public static Result<Party> Business(string name, Guid? userId, Guid organisationId) =>
        Create(PartyRole.Business, name, userId, organisationId);

    private static Result<Party> Create(PartyRole role, string name, Guid? userId, Guid? organisationId)
    {
        if (string.IsNullOrWhiteSpace(name)) return new TextRequired("name");
        return new Party { Id = Guid.NewGuid(), Role = role, Name = name.Trim(), UserId = userId, OrganisationId = organisationId };
    }

    /// <summary>
    /// The party an actor acts for: the one the access check named (<see cref="Actor.ForPartyId"/>: a colleague of the
    /// party's organisation, a representative), otherwise the one whose user the actor is.
    /// </summary>
    public bool IsActedOnBy(Actor actor) =>
        actor.Role == (Role == PartyRole.Consumer ? Common.Role.Consumer : Common.Role.Business)
        && (actor.ForPartyId is { } party ? party == Id : UserId is { } user && user == actor.UserId);

    internal void Represent(Representative? representative) => Representative = representative;

    internal void AttachAccount(Guid userId) => UserId = userId;

    internal void AskForPaperProcedure() => PaperProcedure = true;
}
