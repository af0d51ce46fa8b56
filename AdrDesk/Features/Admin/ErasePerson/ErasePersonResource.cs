namespace AdrDesk.Features.Admin.ErasePerson;

/// <summary>Marker for the erase-a-person page's strings: ErasePersonResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class ErasePersonResource;
