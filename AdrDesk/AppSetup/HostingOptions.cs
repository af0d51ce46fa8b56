namespace AdrDesk.AppSetup;

/// <summary>
/// Configuration section "Hosting": how AdrDesk sits behind a TLS-terminating proxy (issue 19 item 4).
/// </summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// The proxies whose X-Forwarded-For/-Proto headers are believed (IP addresses). Loopback is always believed, as
    /// the framework does; anything else must be named, or a client could claim any address and scheme.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation ("10.0.0.0/8") whose proxies are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// HTTPS only: redirect plain HTTP, send HSTS, and mark every cookie Secure. Null means "in Production yes,
    /// elsewhere no"; a load lab on a loopback port in Production sets it to false explicitly.
    /// </summary>
    public bool? HttpsOnly { get; set; }

    /// <summary>The HTTPS port a plain-HTTP request is redirected to (443 behind a proxy).</summary>
    public int HttpsPort { get; set; } = 443;

    public bool HttpsOnlyIn(IHostEnvironment environment) => HttpsOnly ?? environment.IsProduction();
}
