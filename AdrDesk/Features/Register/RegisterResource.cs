namespace AdrDesk.Features.Register;

/// <summary>Marker for the register screens' own strings (issue 16): RegisterResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class RegisterResource;
