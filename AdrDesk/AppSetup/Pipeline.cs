using System.Globalization;
using AdrDesk.Components;
using AdrDesk.Components.Account;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Diagnostics;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Mediation;
using AdrDesk.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace AdrDesk.AppSetup;

/// <summary>The HTTP pipeline and endpoints, in one place.</summary>
public static class Pipeline
{
    /// <summary>Dutch first: the desk is Dutch; English and German are the other filing languages (D8).</summary>
    public static readonly string[] Cultures = ["nl", "en", "de"];

    public static WebApplication UseAdrDesk(this WebApplication app)
    {
        // Behind a TLS proxy: the client's address and scheme come from the configured proxies' headers, first of all.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseCookiePolicy(); // Secure on every cookie the request's scheme (or HTTPS-only hosting) asks for
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.HttpsOnlyIn(app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseStatusCodePagesWithReExecute("/not-found");

        app.UseRequestLocalization(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("nl");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The cookie decides, not the browser: a Dutch desk serves Dutch unless asked otherwise.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        app.UseMiddleware<AccountPostLimits>(); // account form posts: per client, and a few password hashes at a time
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        // Issue 21: no per-message deflate on the circuit's WebSocket. Compressing every render batch was the largest single
        // item of AdrDesk's CPU on the app's pages (zlib deflate, ~11 % of the samples of a grid page's phase) while the
        // baseline page's tiny batches hardly paid it. The render mode's own "frame-ancestors 'self'", which it adds only
        // with compression on, is replaced by SecurityHeaders' whole policy ("frame-ancestors 'none'") either way.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapDiagnostics();
        app.MapDocumentEndpoints();
        app.MapIntake();
        app.MapCaseFileEndpoints();
        AdrDesk.Features.Cases.DataRights.PersonalDataEndpoints.MapPersonalDataEndpoints(app); // issue 19 item 7
        app.MapMediation();
        AdrDesk.Features.AnnualReport.AnnualReportSetup.MapAnnualReport(app); // issue 20 item 3
        AdrDesk.Features.PublishedRulings.PublishedRulingEndpoints.MapPublishedRulings(app); // issue 20 item 2: the public PDF
        return app;
    }

    private static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.Contains(culture))
            {
                return Results.NotFound();
            }
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Only local paths: the switch must not become an open redirect.
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
}
