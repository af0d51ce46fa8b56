using System.Net;
using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace AdrDesk.AppSetup;

/// <summary>
/// Issue 19 item 4: hosting behind a TLS proxy (forwarded headers from configured proxies only, HTTPS redirection,
/// HSTS, Secure cookies) and the Data Protection key ring kept in the database, encrypted at rest.
/// </summary>
public static class HostingSetup
{
    public static void AddHosting(IServiceCollection services, IConfiguration config, IHostEnvironment environment)
    {
        var hosting = config.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        services.Configure<HostingOptions>(config.GetSection(HostingOptions.Section));
        var httpsOnly = hosting.HttpsOnlyIn(environment);

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Loopback stays known (the framework's default); a proxy elsewhere must be configured by address or network.
            foreach (var proxy in hosting.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in hosting.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            o.ForwardLimit = 1;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddHttpsRedirection(o =>
        {
            o.HttpsPort = hosting.HttpsPort;
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });

        // Secure cookies: always when HTTPS only; otherwise when the request (after the proxy's headers) was HTTPS.
        var secure = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = secure);
        services.Configure<CookiePolicyOptions>(o => o.Secure = secure);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = secure);

        // The key ring in the database: every server of a scale-out reads the same keys, and a restart or a start from
        // another folder keeps sign-ins and form tokens valid. At rest each key is encrypted with a certificate kept
        // outside the database (DataProtectionKeyCertificate), so a copy of the database alone opens nothing.
        var certificate = DataProtectionKeyCertificate.Load(config, environment);
        services.AddDataProtection()
            .SetApplicationName("AdrDesk")
            .PersistKeysToDbContext<AdrDbContext>()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
    }
}
