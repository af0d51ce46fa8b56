using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Identity;

namespace AdrDesk.Security;

/// <summary>The signed-in person as the Domain's <see cref="Actor"/>, for audit entries and register changes.</summary>
public static class PrincipalActor
{
    // Highest first: a person with several roles acts in the most responsible one.
    private static readonly (string Name, Role Role)[] RoleOrder =
    [
        (Roles.Admin, Role.Admin), (Roles.CaseManager, Role.CaseManager), (Roles.Assessor, Role.Assessor),
        (Roles.Mediator, Role.Mediator), (Roles.Business, Role.Business), (Roles.Consumer, Role.Consumer),
    ];

    /// <summary>Null when the principal is not signed in or has none of AdrDesk's roles.</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return null;
        }
        foreach (var (name, role) in RoleOrder)
        {
            if (user.IsInRole(name))
            {
                var display = user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity.Name ?? "";
                return new Actor(id, display, role);
            }
        }
        return null;
    }
}
