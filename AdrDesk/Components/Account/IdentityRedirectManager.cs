using System.Diagnostics.CodeAnalysis;
using AdrDesk.Security;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Components.Account;

/// <summary>Redirects from the statically rendered account pages, keeping a status message in a short-lived cookie.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    [DoesNotReturn]
    public void RedirectTo(string? uri)
    {
        // Local only: a returnUrl must not send a person to another site ("//host", "/\host",
        // "https://host"). Base-relative paths from code ("account/login") stay as they are.
        var local = LocalUrl.IsLocal(uri) || (uri is { Length: > 0 } && !uri.Contains(':') && LocalUrl.IsLocal("/" + uri));
        navigationManager.NavigateTo(local ? uri! : "/");
        throw new InvalidOperationException($"{nameof(IdentityRedirectManager)} can only be used during static rendering.");
    }

    /// <summary>For endpoints outside a component: the message the next account page shows.</summary>
    public static void SetStatus(HttpContext context, string message) =>
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));

    [DoesNotReturn]
    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        SetStatus(context, message);
        RedirectTo(uri);
    }
}
