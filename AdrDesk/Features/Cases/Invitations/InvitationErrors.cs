using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Cases.Invitations;

/// <summary>The link was used, expired or revoked, or was never issued (the page says which).</summary>
public sealed record InvitationNotUsable(InvitationStatus Status) : DomainError();

/// <summary>Staff accounts do not become parties.</summary>
public sealed record InvitationNotForStaff() : DomainError();

/// <summary>Issue 19: an account accepts only with a confirmed address (or the invited address itself, which the link proves).</summary>
public sealed record InvitationNeedsConfirmedAccount() : DomainError();

/// <summary>The account already acts for another organisation.</summary>
public sealed record AccountLinkedToOtherOrganisation() : DomainError();

/// <summary>The party has no invitation the desk can resend or revoke (reached by account, or no address).</summary>
public sealed record NoInvitationForParty() : DomainError();

/// <summary>Issue 19 item 2: this account sent its hour's invitations (Security:Throttle:InvitationsPerAccountPerHour).</summary>
public sealed record TooManyInvitations() : DomainError();
