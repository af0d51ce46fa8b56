namespace AdrDesk.Features.Intake;

/// <summary>Marker for the intake's own strings (IntakeResource.resx: Dutch, .en, .de).</summary>
public sealed class IntakeResource;
