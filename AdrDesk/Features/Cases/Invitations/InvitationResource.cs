namespace AdrDesk.Features.Cases.Invitations;

/// <summary>Marker for the invitations' strings (mails and the desk's reach panel): InvitationResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class InvitationResource;
