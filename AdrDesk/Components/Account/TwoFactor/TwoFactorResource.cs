namespace AdrDesk.Components.Account.TwoFactor;

/// <summary>Marker for the second factor's strings (issue 19 item 3): TwoFactorResource.resx (Dutch), .en.resx, .de.resx.</summary>
public sealed class TwoFactorResource;
