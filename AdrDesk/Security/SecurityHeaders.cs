namespace AdrDesk.Security;

/// <summary>
/// The response headers every page, file and document carries (issue 19 item 4). The content security policy allows
/// only what Blazor Server needs: scripts from AdrDesk itself (no inline script, no eval: the server render mode runs no
/// WebAssembly), its own WebSocket ('self' covers ws/wss of the same host), inline style attributes (components set
/// widths and positions through style="…"), images and fonts from AdrDesk or data: URIs (icons), and no framing.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>Nothing AdrDesk does needs the camera, microphone, location, payment or sensors.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()";

    /// <summary>Case links carry case numbers; other sites get at most the origin.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set before the body starts: OnStarting runs for every response, error pages and static files included.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.XFrameOptions = "DENY";
                // Replaces the interactive render mode's own "frame-ancestors 'self'" with the whole policy.
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
