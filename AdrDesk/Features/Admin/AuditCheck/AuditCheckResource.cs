namespace AdrDesk.Features.Admin.AuditCheck;

/// <summary>Marker for the audit check page's strings: AuditCheckResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class AuditCheckResource;
