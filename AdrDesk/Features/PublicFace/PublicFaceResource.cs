namespace AdrDesk.Features.PublicFace;

/// <summary>Marker for the public pages' strings (home page facts, "Kunnen wij u helpen?"): PublicFaceResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class PublicFaceResource;
