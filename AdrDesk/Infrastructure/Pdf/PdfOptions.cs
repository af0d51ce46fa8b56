namespace AdrDesk.Infrastructure.Pdf;

/// <summary>Configuration section "Pdf". Defaults are the Debian package's path and the flags tried in platform.md.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Documents printed at once; more only queue (2-core machines, issue 4 item 5).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Warm pages kept for reuse; loading HTML into an open page is far cheaper than a new page.</summary>
    public int PagePoolSize { get; set; } = 4;

    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public string[] LaunchArgs { get; set; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}
