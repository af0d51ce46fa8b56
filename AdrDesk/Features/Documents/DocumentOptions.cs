using AdrDesk.Infrastructure.Desk;

namespace AdrDesk.Features.Documents;

/// <summary>Configuration section "Documents".</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// The letterhead, the PDF header, and where paper forms are sent (D6, D21): the one "Desk" section
    /// (<see cref="DeskOptions"/>), copied in by <see cref="DocumentsServiceCollectionExtensions.AddDocuments"/>.
    /// </summary>
    public DeskOptions Desk { get; set; } = new();

    /// <summary>Where issued documents are written: outside wwwroot, so only the download endpoint serves them.</summary>
    public string StorePath { get; set; } = "data/documents";

    /// <summary>Reads print.css from this file instead of the web root (tests, tools without a web host).</summary>
    public string? PrintCssPath { get; set; }
}
