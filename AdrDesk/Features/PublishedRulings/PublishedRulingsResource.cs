namespace AdrDesk.Features.PublishedRulings;

/// <summary>Marker for the register of rulings' strings: PublishedRulingsResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class PublishedRulingsResource;
