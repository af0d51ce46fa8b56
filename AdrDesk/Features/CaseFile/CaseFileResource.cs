namespace AdrDesk.Features.CaseFile;

/// <summary>Marker for the case file's own strings: CaseFileResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class CaseFileResource;
