namespace AdrDesk.Features.Documents;

/// <summary>Configuration section "Documents".</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The letterhead, the PDF header, and where paper forms are sent (D6, D21).</summary>
    public DeskDetails Desk { get; set; } = new();

    /// <summary>Where issued documents are written: outside wwwroot, so only the download endpoint serves them.</summary>
    public string StorePath { get; set; } = "data/documents";

    /// <summary>Reads print.css from this file instead of the web root (tests, tools without a web host).</summary>
    public string? PrintCssPath { get; set; }
}

public sealed class DeskDetails
{
    public string Name { get; set; } = "AdrDesk Geschillenloket";
    public string Street { get; set; } = "Postbus 1234";
    public string PostalCode { get; set; } = "2500 AA";
    public string City { get; set; } = "Den Haag";
    public string Email { get; set; } = "info@adrdesk.example";
    public string Website { get; set; } = "www.adrdesk.example";
}
