using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AdrDesk.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
}
