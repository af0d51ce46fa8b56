using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace AdrDesk.Security;

/// <summary>
/// Issue 19 item 3: staff (admin, case manager, assessor, mediator) work only after a second factor. The proof is on the
/// sign-in cookie: <c>amr=mfa</c>, which Identity writes when a sign-in passed the authenticator or a recovery code (and
/// AdrDesk writes when a person has just proved a code while setting the app up), together with <see cref="EnabledClaim"/>,
/// which the claims factory issues from the account's record and the security-stamp check renews every minute. A staff
/// account without both keeps its cookie (it signs in, and is sent to the set-up page) but holds none of its staff roles:
/// <see cref="Transformation"/> takes them off the request's principal, so no page, policy or service sees a staff role,
/// and the staff policies (<see cref="Policies"/>) ask for the proof once more.
/// </summary>
public static class SecondFactor
{
    /// <summary>RFC 8176 "authentication method reference"; Identity's two-factor sign-in writes "mfa".</summary>
    public const string AmrClaim = "amr";
    public const string Mfa = "mfa";

    /// <summary>On the cookie while the account has the second factor switched on (re-read at every stamp check).</summary>
    public const string EnabledClaim = "tfa_enabled";

    /// <summary>On the request's principal of a staff account that still has to set up or pass its second factor.</summary>
    public const string PendingClaim = "tfa_pending";

    /// <summary>The roles that must use a second factor.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Roles.Admin, Roles.CaseManager, Roles.Assessor, Roles.Mediator];

    public static bool IsStaffRole(string role) => StaffRoles.Contains(role);

    /// <summary>This session passed a second factor and the account still has it switched on.</summary>
    public static bool Passed(ClaimsPrincipal user) =>
        user.HasClaim(AmrClaim, Mfa) && user.HasClaim(c => c.Type == EnabledClaim);

    /// <summary>A staff account whose session has not (yet) passed a second factor: it must go to the set-up or code page.</summary>
    public static bool IsPending(ClaimsPrincipal user) => user.HasClaim(c => c.Type == PendingClaim);

    /// <summary>The claim that records a passed second factor, for a sign-in AdrDesk writes itself.</summary>
    public static Claim MfaClaim() => new(AmrClaim, Mfa);

    /// <summary>
    /// The security-stamp check rebuilds the principal from the account every minute; the proof of this session's
    /// second factor is kept only while the account still has the factor switched on.
    /// </summary>
    public static Task KeepProofOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current && current.HasClaim(AmrClaim, Mfa)
            && context.NewPrincipal is { Identity: ClaimsIdentity identity } fresh
            && fresh.HasClaim(c => c.Type == EnabledClaim) && !fresh.HasClaim(AmrClaim, Mfa))
        {
            identity.AddClaim(MfaClaim());
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Takes the staff roles off the principal of a request whose sign-in has not passed a second factor and marks it
    /// <see cref="PendingClaim"/>. Runs on every authentication of the request; the cookie itself is untouched.
    /// </summary>
    public sealed class Transformation : IClaimsTransformation
    {
        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (principal.Identity?.IsAuthenticated != true || Passed(principal) || IsPending(principal)
                || principal.Identity is not ClaimsIdentity identity)
            {
                return Task.FromResult(principal);
            }
            var staffRoles = identity.FindAll(c => c.Type == identity.RoleClaimType && IsStaffRole(c.Value)).ToList();
            if (staffRoles.Count == 0) return Task.FromResult(principal);
            var copy = identity.Clone();
            foreach (var role in staffRoles)
            {
                copy.RemoveClaim(copy.FindFirst(c => c.Type == role.Type && c.Value == role.Value));
            }
            copy.AddClaim(new Claim(PendingClaim, "true"));
            var result = new ClaimsPrincipal(copy);
            foreach (var other in principal.Identities.Skip(1)) result.AddIdentity(other);
            return Task.FromResult(result);
        }
    }
}
