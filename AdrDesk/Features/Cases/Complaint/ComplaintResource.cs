namespace AdrDesk.Features.Cases.Complaint;

/// <summary>Marker for the filed complaint's strings: ComplaintResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class ComplaintResource;
