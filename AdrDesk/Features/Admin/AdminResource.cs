namespace AdrDesk.Features.Admin;

/// <summary>Marker for the admin screens' own strings (issue 16): AdminResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class AdminResource;
