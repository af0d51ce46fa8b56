using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AdrDesk.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
    /// Signing out renews the account's security stamp (issue 19 item 3): a copy of the cookie taken before is refused
    /// at its next check, on every server, instead of staying valid until it expires.
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signInManager, HttpContext http, [FromForm] string? returnUrl) =>
        {
            await EndSessionsAsync(signInManager, http);
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        endpoints.MapPost("/account/logout-everywhere", async (SignInManager<AppUser> signInManager, HttpContext http,
            Microsoft.Extensions.Localization.IStringLocalizer<AdrDesk.Resources.SharedResource> text) =>
        {
            await EndSessionsAsync(signInManager, http);
            IdentityRedirectManager.SetStatus(http, text["Manage.SignedOutEverywhere"]);
            return TypedResults.LocalRedirect("/account/login");
        }).RequireAuthorization();
    }

    private static async Task EndSessionsAsync(SignInManager<AppUser> signInManager, HttpContext http)
    {
        if (await signInManager.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            // Open circuits of this account (other tabs) sign out now, not at their next minute's check.
            http.RequestServices.GetRequiredService<IAccountChangeSignal>().Raise(user.Id);
        }
        await signInManager.SignOutAsync();
    }
}
