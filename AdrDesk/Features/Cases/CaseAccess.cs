using AdrDesk.Security;
using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Cases;

/// <summary>How the caller is involved in a case.</summary>
public enum CaseAccessKind
{
    /// <summary>Case manager or admin: every case.</summary>
    Staff,
    Assessor,
    Mediator,
    /// <summary>The user who acts for a party (<c>Party.UserId</c>).</summary>
    Party,
    /// <summary>
    /// Any business account linked to the party's organisation (the <c>org</c> claim, issued from the account's server-side
    /// record <c>AppUser.OrganisationId</c>): acts as that party, whether or not the party row names a user of its own.
    /// </summary>
    Organisation,
    /// <summary>D7: the party's representative: the confirmed account that accepted the invitation sent to the address the party gave.</summary>
    Representative,
}

/// <summary>
/// The caller's right to one case. <see cref="Actor"/> is who to pass to the domain commands: always the caller
/// (their own user id and name); for a business party, a colleague of its organisation or a representative it also
/// names the party acted for (<see cref="Actor.ForPartyId"/>, <see cref="Actor.ForName"/>), so the domain's party check
/// (<c>Party.IsActedOnBy</c>) holds and the audit trail keeps both the person and the organisation.
/// </summary>
public sealed record CaseGrant(Actor Actor, CaseAccessKind Kind, Guid UserId, CaseSummary Summary)
{
    public bool IsStaff => Kind == CaseAccessKind.Staff;
    public CaseNumber Number => CaseNumber.Parse(Summary.Number).Value;
}

/// <summary>
/// Resource-based authorization for cases (architecture.md: every service method checks the caller's
/// right to that case). Reads only the summary and participant rows, never the aggregate. A case that
/// does not exist and one the caller may not see give the same <see cref="CaseNotFound"/>.
/// </summary>
public sealed class CaseAccess(IDbContextFactory<AdrDbContext> factory)
{
    /// <summary>The signed-in person as a domain actor in their highest role; null when not signed in or without a role.</summary>
    public static Actor? ActorOf(ClaimsPrincipal user) => user.ToActor();

    public Task<Result<CaseGrant>> ForCaseAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken = default)
    {
        var parsed = CaseNumber.Parse(number);
        return parsed.IsSuccess
            ? ForCaseAsync(user, parsed.Value, cancellationToken)
            : Task.FromResult<Result<CaseGrant>>(new CaseNotFound(number));
    }

    /// <summary>May this user see and act on this case, and as whom; <see cref="CaseNotFound"/> otherwise.</summary>
    public async Task<Result<CaseGrant>> ForCaseAsync(ClaimsPrincipal user, CaseNumber number, CancellationToken cancellationToken = default)
    {
        if (UserIdOf(user) is null) return new CaseNotFound(number.ToString());
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var text = number.ToString();
        var summary = await db.Set<CaseSummary>().AsNoTracking().SingleOrDefaultAsync(s => s.Number == text, cancellationToken);
        if (summary is null) return new CaseNotFound(text);
        var participants = user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.CaseManager) ? []
            : await db.Set<CaseParticipant>().AsNoTracking().Where(p => p.CaseId == summary.CaseId).ToListAsync(cancellationToken);
        return Decide(user, summary, participants);
    }

    /// <summary>
    /// The decision of <see cref="ForCaseAsync(ClaimsPrincipal, CaseNumber, CancellationToken)"/> on rows already read,
    /// for callers that read the summary and participants of a case once for many viewers (the live case file,
    /// issue 6 item 11); the rows must be as fresh as the case event the caller reacts to.
    /// </summary>
    public static Result<CaseGrant> Decide(ClaimsPrincipal user, CaseSummary summary, IReadOnlyList<CaseParticipant> participants)
    {
        var notFound = new CaseNotFound(summary.Number);
        if (UserIdOf(user) is not { } userId) return notFound;
        // Issue 19 item 1: an account whose address is not confirmed sees no case, whatever it is linked to.
        if (!HasConfirmedAddress(user)) return notFound;
        var name = DisplayNameOf(user);

        if (user.IsInRole(AppRoles.Admin)) return new CaseGrant(new Actor(userId, name, Role.Admin), CaseAccessKind.Staff, userId, summary);
        if (user.IsInRole(AppRoles.CaseManager)) return new CaseGrant(new Actor(userId, name, Role.CaseManager), CaseAccessKind.Staff, userId, summary);

        var organisation = OrganisationOf(user);

        if (user.IsInRole(AppRoles.Assessor) && participants.Any(p => p.Relation == CaseRelation.Assessor && p.UserId == userId))
            return new CaseGrant(new Actor(userId, name, Role.Assessor), CaseAccessKind.Assessor, userId, summary);
        if (user.IsInRole(AppRoles.Mediator) && participants.Any(p => p.Relation == CaseRelation.Mediator && p.UserId == userId))
            return new CaseGrant(new Actor(userId, name, Role.Mediator), CaseAccessKind.Mediator, userId, summary);

        var parties = participants.Where(p => p.Relation is CaseRelation.Consumer or CaseRelation.Business or CaseRelation.Client).ToList();
        if (parties.FirstOrDefault(p => p.UserId == userId) is { } own)
            return new CaseGrant(own.Relation == CaseRelation.Consumer ? new Actor(userId, name, Role.Consumer) : OnBehalfOf(own, userId, name),
                CaseAccessKind.Party, userId, summary);
        if (organisation is not null && user.IsInRole(AppRoles.Business)
            && parties.FirstOrDefault(p => p.Relation != CaseRelation.Consumer && p.OrganisationId == organisation) is { } colleagueOf)
            return new CaseGrant(OnBehalfOf(colleagueOf, userId, name), CaseAccessKind.Organisation, userId, summary);
        if (participants.FirstOrDefault(p => p.Relation == CaseRelation.Representative && p.UserId == userId) is { } represented
            && parties.FirstOrDefault(p => p.PartyId == represented.PartyId) is { } party)
            return new CaseGrant(OnBehalfOf(party, userId, name), CaseAccessKind.Representative, userId, summary);

        return notFound;
    }

    /// <summary>
    /// The summaries this user may see, for list screens (compose paging and sorting on it). Staff see all;
    /// others the cases they are a participant of, by user id (their own party, or the party they represent, D7) or
    /// organisation. None for an account whose address is not confirmed (issue 19 item 1).
    /// </summary>
    public static IQueryable<CaseSummary> Visible(AdrDbContext db, ClaimsPrincipal user)
    {
        var summaries = db.Set<CaseSummary>().AsNoTracking();
        if (UserIdOf(user) is not { } userId || !HasConfirmedAddress(user)) return summaries.Where(_ => false);
        if (user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.CaseManager)) return summaries;
        Guid? organisation = user.IsInRole(AppRoles.Business) ? OrganisationOf(user) : null;
        // IN (subquery) rather than EXISTS: SQLite then starts from the participant indexes (user,
        // organisation), not from a scan of every summary.
        var mine = db.Set<CaseParticipant>().Where(p =>
                p.UserId == userId
                || (organisation != null && p.OrganisationId == organisation && p.Relation != CaseRelation.Consumer))
            .Select(p => p.CaseId);
        return summaries.Where(s => mine.Contains(s.CaseId));
    }

    /// <summary>
    /// Issue 19 item 1: whether the signed-in account's e-mail address is confirmed (the cookie's claim, issued from the
    /// account's record; a confirmation re-issues the cookie). Pages use it to tell the person to confirm first.
    /// </summary>
    public static bool HasConfirmedAddress(ClaimsPrincipal user) => AppClaimsPrincipalFactory.HasConfirmedAddress(user);

    private static Actor OnBehalfOf(CaseParticipant party, Guid userId, string name) =>
        new(userId, name, RoleOf(party)) { ForPartyId = party.PartyId, ForName = party.Name };

    private static Role RoleOf(CaseParticipant party) => party.Relation == CaseRelation.Consumer ? Role.Consumer : Role.Business;

    private static Guid? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static Guid? OrganisationOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AppClaimsPrincipalFactory.OrganisationClaim), out var org) ? org : null;

    private static string DisplayNameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
