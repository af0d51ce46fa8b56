namespace AdrDesk.Features.Cases.DataRights;

/// <summary>Marker for the "my data" page's strings: DataRightsResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class DataRightsResource;
