using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.CaseFile;

/// <summary>What the accept page shows about an invitation addressed to the signed-in person.</summary>
public sealed record InvitationDetails(Guid Id, string CaseNumber, string PartyName, string InvitedByName, bool IsPending);

// Representation (D7): invite by e-mail, accept by the invitee's account, revoke by the party.
public sealed partial class CaseFileService
{
    /// <summary>D7: the party (or a colleague of its organisation) invites another account, by e-mail, to represent it.</summary>
    public async Task<Result<Guid>> InviteRepresentativeAsync(
        ClaimsPrincipal user, string number, string email, string name, string capacity, CancellationToken cancellationToken = default)
    {
        // Issue 19 item 2: each invitation is a mail to an address the caller chooses; an account sends only so many an hour.
        if (!throttle.MaySendInvitation(user.FindFirstValue(ClaimTypes.NameIdentifier))) return new AdrDesk.Features.Cases.Invitations.TooManyInvitations();
        var loaded = await LoadBindingAsync(user, number, "InviteRepresentative", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        if (grant.Kind is not (CaseAccessKind.Party or CaseAccessKind.Organisation) || c.PartyOf(grant.Actor) is not { } party)
            return new NotAllowedOnThisCase("InviteRepresentative");
        if (!MailAddress.TryCreate(email?.Trim(), out var address)) return new InvalidEmail();
        var upper = address.Address.ToUpperInvariant();
        if (upper == EmailOf(user)) return new CannotRepresentYourself();
        var checkedName = CheckText(name, "name");
        if (checkedName.IsFailure) return checkedName.Error!;

        var key = c.Number.ToString();
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // One pending invitation per party: a new one replaces it.
        await db.Set<RepresentativeInvitation>()
            .Where(i => i.CaseNumber == key && i.PartyId == party.Id && i.AcceptedAt == null && i.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.EndedAt, now), cancellationToken);
        var invitation = new RepresentativeInvitation
        {
            Id = Guid.NewGuid(), CaseNumber = key, PartyId = party.Id, PartyName = party.Name, Email = upper, Name = name.Trim(),
            Capacity = string.IsNullOrWhiteSpace(capacity) ? "-" : capacity.Trim(), InvitedBy = grant.UserId, InvitedByName = grant.Actor.DisplayName, InvitedAt = now,
        };
        db.Add(invitation);
        var language = CaseNotifier.LanguageFor(c, null);
        var url = $"{mailOptions.Value.PublicBaseUrl.TrimEnd('/')}/representation/{invitation.Id}";
        db.Add(OutboxMessage.Create(address.Address, invitation.Name,
            string.Format(CultureInfo.InvariantCulture, CaseNotifier.Get("Mail.Invite.Subject", language), key),
            string.Format(CultureInfo.InvariantCulture, CaseNotifier.Get("Mail.Invite.Body", language), party.Name, key, url), language, now, key));
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        await PublishAsync(c, Kinds.RepresentativeInvited);
        return invitation.Id;
    }

    /// <summary>The invitation, if it is addressed to the signed-in person's e-mail; <see cref="InvitationNotFound"/> otherwise.</summary>
    public async Task<Result<InvitationDetails>> GetInvitationAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await InvitationForAsync(user, invitationId, cancellationToken);
        if (invitation is null) return new InvitationNotFound();
        return new InvitationDetails(invitation.Id, invitation.CaseNumber, invitation.PartyName, invitation.InvitedByName, invitation.IsPending);
    }

    /// <summary>D7: how long the invitation link works (issue 19 item 1: single-use and expiring, like the party invitations).</summary>
    public static readonly TimeSpan RepresentativeInvitationValidFor = TimeSpan.FromDays(14);

    /// <summary>
    /// D7: the invitee accepts with a confirmed account at the invited address; from now on that account (by its user id,
    /// not its address) acts for the party. The link works once and for 14 days.
    /// </summary>
    public async Task<Result<string>> AcceptInvitationAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken = default)
    {
        if (!CaseAccess.HasConfirmedAddress(user) || UserIdOf(user) is var userId && userId == Guid.Empty) return new InvitationNotFound();
        var invitation = await InvitationForAsync(user, invitationId, cancellationToken);
        if (invitation is not { IsPending: true } || clock.GetUtcNow() >= invitation.InvitedAt + RepresentativeInvitationValidFor) return new InvitationNotFound();
        if (Domain.Schemes.CaseNumber.Parse(invitation.CaseNumber) is not { IsSuccess: true } number) return new InvitationNotFound();
        var loaded = await store.LoadAsync<Domain.BindingRuling.BindingRulingCase>(number.Value, cancellationToken);
        if (loaded.IsFailure) return new InvitationNotFound();
        var c = loaded.Value;
        if (c.FindParty(invitation.PartyId) is not { } party) return new InvitationNotFound();

        // The party invited; the audit names who accepted and the party it now acts for (issue 19: "X namens Y").
        var actor = new Actor(userId, DisplayNameOf(user), party.Role == PartyRole.Consumer ? Role.Consumer : Role.Business)
            { ForPartyId = party.Id, ForName = party.Name };
        var version = c.Version;
        var acted = c.SetRepresentative(actor, clock, party.Id, new Representative(invitation.Name, invitation.Capacity, invitation.Email.ToLowerInvariant()) { UserId = userId });
        if (acted.IsFailure) return acted.Error!;
        var now = clock.GetUtcNow();
        var notices = await notifier.PrepareAsync(c, "SetRepresentative", Guid.Empty, cancellationToken);
        var saved = await store.SaveAsync(c, version, db =>
        {
            notices(db);
            // Whoever represented the party before stops doing so.
            db.Set<RepresentativeInvitation>().Where(i => i.CaseNumber == invitation.CaseNumber && i.PartyId == party.Id && i.AcceptedAt != null && i.EndedAt == null)
                .ExecuteUpdate(u => u.SetProperty(i => i.EndedAt, now));
            db.Attach(invitation);
            invitation.AcceptedAt = now;
            invitation.AcceptedBy = userId;
        }, cancellationToken);
        return saved.IsFailure ? saved.Error! : invitation.CaseNumber;
    }

    /// <summary>D7: the party ends the representation (and any pending invitation).</summary>
    public async Task<Result> RevokeRepresentativeAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "RevokeRepresentative", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        if (grant.Kind is not (CaseAccessKind.Party or CaseAccessKind.Organisation) || c.PartyOf(grant.Actor) is not { } party)
            return new NotAllowedOnThisCase("RevokeRepresentative");
        var key = c.Number.ToString();
        var now = clock.GetUtcNow();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var ended = await db.Set<RepresentativeInvitation>().Where(i => i.CaseNumber == key && i.PartyId == party.Id && i.EndedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.EndedAt, now), cancellationToken);
            if (ended == 0 && party.Representative is null) return new NoRepresentative();
        }
        if (party.Representative is null)
        {
            await PublishAsync(c, Kinds.RepresentationRevoked);
            return Result.Success;
        }
        var version = c.Version;
        var acted = c.SetRepresentative(grant.Actor, clock, party.Id, null);
        return acted.IsFailure ? acted : await SaveWithNoticesAsync(grant, c, version, "SetRepresentative", null, cancellationToken);
    }

    private async Task<RepresentativeInvitation?> InvitationForAsync(ClaimsPrincipal user, Guid invitationId, CancellationToken cancellationToken)
    {
        if (EmailOf(user) is not { Length: > 0 } email) return null;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<RepresentativeInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == invitationId && i.Email == email, cancellationToken);
    }
}
