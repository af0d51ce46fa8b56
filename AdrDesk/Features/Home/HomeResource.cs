namespace AdrDesk.Features.Home;

/// <summary>Marker for the public pages' strings (home page facts, "Kunnen wij u helpen?"): HomeResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class HomeResource;
