namespace AdrDesk.Features.Invitations;

/// <summary>Marker for the invitation page's strings: InvitationsResource.resx (Dutch, the default), .en.resx, .de.resx.</summary>
public sealed class InvitationsResource;
