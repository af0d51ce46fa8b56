namespace AdrDesk.Resources;

/// <summary>Marker for the shared UI strings: SharedResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class SharedResource;
