using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;

namespace AdrDesk.Features.Mediation;

/// <summary>Who calls, on which mediation: the result of the access check every service method starts with.</summary>
public sealed record MediationCall(CaseGrant Grant, MediationCase Case)
{
    public Actor Actor => Grant.Actor;
    public bool IsMediator => Grant.Kind == CaseAccessKind.Mediator;
    public bool IsStaff => Grant.Kind == CaseAccessKind.Staff;
    public bool IsParty => Grant.Kind is CaseAccessKind.Party or CaseAccessKind.Organisation or CaseAccessKind.Representative;
    public Party? Party => IsParty ? Case.PartyOf(Actor) : null;

    /// <summary>The case's mediator as a domain actor: the scheduling the mediator proposed completes in their name.</summary>
    public Actor MediatorActor => new(Case.MediatorId ?? Guid.Empty, Case.MediatorName ?? "", Role.Mediator);
}

/// <summary>CaseAccess first (a party only its own mediation, a mediator only assigned ones), then the aggregate.</summary>
public sealed class MediationAccess(CaseAccess access, CaseStore store)
{
    public async Task<Result<MediationCall>> ForAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Summary.Scheme != Scheme.B2BMediation) return new CaseNotFound(number);
        if (grant.Value.Kind == CaseAccessKind.Assessor) return new CaseNotFound(number);
        var loaded = await store.LoadAsync<MediationCase>(grant.Value.Number, ct);
        return loaded.IsFailure ? loaded.Error! : new MediationCall(grant.Value, loaded.Value);
    }
}
