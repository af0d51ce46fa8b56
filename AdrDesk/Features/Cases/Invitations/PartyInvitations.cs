using System.Globalization;
using System.Resources;
using System.Security.Claims;
using System.Security.Cryptography;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Cases.Invitations;

/// <summary>How a party is reached, as the desk sees it (issue 14 item 2).</summary>
public enum ReachKind
{
    /// <summary>An account acts for the party (its own, or one linked to its organisation).</summary>
    Account,
    /// <summary>An invitation link waits since <see cref="PartyReach.Since"/>.</summary>
    InvitationPending,
    /// <summary>Letters in the print queue, to the postal address (D21, or no e-mail address known).</summary>
    ByPost,
    /// <summary>No account, no invitation, no postal address: the desk must find the party.</summary>
    NotReached,
}

/// <summary>One party's reach; <see cref="CanResend"/> when an invitation was ever sent to it (the desk may send a new link).</summary>
public sealed record PartyReach(Guid PartyId, string PartyName, PartyRole Role, ReachKind Kind, DateTimeOffset? Since, string? InvitedEmail, bool CanResend)
{
    /// <summary>
    /// Set on the row of the representative a party named (D7, <see cref="InvitationKind.Representative"/>): its name; the
    /// row says whether that person's account acts (Account), its invitation waits (InvitationPending) or neither.
    /// </summary>
    public string? RepresentativeName { get; init; }
}

/// <summary>What the acceptance page shows for a link.</summary>
public sealed record InvitationView(InvitationStatus Status, string? CaseNumber, string? PartyName, InvitationKind? Kind, DateTimeOffset? ExpiresAt);

/// <summary>
/// Issue 14 item 2: invitations instead of admin linking. When a case reaches a party no account of which is linked
/// (D12 forwarding to the webshop, a mediation request naming the other party, a webshop's filing reaching the
/// consumer, D9), the party's address gets a mail with a single-use link valid 14 days; following it a person
/// creates an account or signs in and is linked to the organisation (or becomes the consumer party) at once.
/// The token is random and only its hash stored. Every invitation sent, accepted or revoked is an audit entry
/// of the case. The D7 representative invitations (case file) predate this and stay separate for now.
/// </summary>
public sealed class PartyInvitations(
    IDbContextFactory<AdrDbContext> factory, CaseStore store, CaseAccess access, AccountScopes accounts,
    IOptions<MailOptions> mail, IOptions<DeskOptions> desk, OutboxSignal outbox, ICaseEventBus events, TimeProvider clock,
    AdrDesk.Security.AccountThrottle throttle)
{
    /// <summary>The link's validity: 14 days, like the D12 response term it usually comes with.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public const string Sent = "InvitationSent";
    public const string Accepted = "InvitationAccepted";
    public const string Revoked = "InvitationRevoked";

    private static readonly ResourceManager Strings = new("AdrDesk.Features.Cases.Invitations.InvitationResource", typeof(PartyInvitations).Assembly);

    public static string Text(string key, string language) => Strings.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key;

    /// <summary>
    /// For the feature whose change reaches the business parties of <paramref name="c"/>: the invitation rows to add
    /// to the same save, for each business party whose organisation has no linked account, no pending invitation,
    /// and an e-mail address for disputes in the register. Null when there is nothing to send.
    /// </summary>
    public async Task<Action<AdrDbContext>?> PrepareForOrganisationsAsync(CaseBase c, Actor by, CancellationToken ct = default)
    {
        var rows = await OrganisationRowsAsync(c, by, ct);
        return rows.Count == 0 ? null : db => rows.ForEach(r => r.Add(db));
    }

    /// <summary>
    /// As <see cref="PrepareForOrganisationsAsync"/>, for a case already saved (a mediation request naming the other
    /// party, M10): the invitations, their mails and audit entries in a transaction of their own.
    /// </summary>
    public async Task InviteOrganisationsAsync(CaseBase c, Actor by, CancellationToken ct = default)
    {
        var rows = await OrganisationRowsAsync(c, by, ct);
        if (rows.Count == 0) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        foreach (var r in rows)
        {
            db.Add(r.Invitation);
            db.Add(r.Mail);
            await CaseStore.AppendAuditAsync(db, r.Audit, ct);
        }
        await db.SaveChangesAsync(ct);
        await AfterAsync(c.Number.ToString(), Sent, ct);
    }

    private async Task<List<PreparedRows>> OrganisationRowsAsync(CaseBase c, Actor by, CancellationToken ct)
    {
        var rows = new List<PreparedRows>();
        var candidates = c.Parties.Where(p => p.Role == PartyRole.Business && p.UserId is null && p.OrganisationId is not null && !p.PaperProcedure).ToList();
        if (candidates.Count == 0) return rows;
        await using var db = await factory.CreateDbContextAsync(ct);
        foreach (var party in candidates)
        {
            var org = party.OrganisationId!.Value;
            if (await db.Users.AnyAsync(u => u.OrganisationId == org, ct)) continue;
            if (await PendingAsync(db, c.Number.ToString(), party.Id, ct) is not null) continue;
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == org, ct);
            if (organisation?.Contact.DisputeEmail is not { } email) continue;
            rows.Add(Rows(c, party, InvitationKind.Organisation, email, LanguageOf(c, null), by));
        }
        return rows;
    }

    /// <summary>D9: the consumer a webshop's filing names, at the address the filing gives, in the filing's language.</summary>
    public async Task<Action<AdrDbContext>?> PrepareForConsumerAsync(CaseBase c, Guid partyId, string email, string language, Actor by, CancellationToken ct = default)
    {
        if (c.FindParty(partyId) is not { Role: PartyRole.Consumer, UserId: null, PaperProcedure: false } party || string.IsNullOrWhiteSpace(email)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await PendingAsync(db, c.Number.ToString(), party.Id, ct) is not null) return null;
        return Rows(c, party, InvitationKind.Consumer, email.Trim(), LanguageOf(c, language), by).Add;
    }

    /// <summary>
    /// D7: the representative a party named (at intake, or later), at the address the party gave. Until it accepts with a
    /// confirmed account, the representative is only a name on the case: the address grants nothing (issue 19 item 1).
    /// </summary>
    public async Task<Action<AdrDbContext>?> PrepareForRepresentativeAsync(CaseBase c, Guid partyId, string email, string language, Actor by, CancellationToken ct = default)
    {
        if (c.FindParty(partyId) is not { Representative: { UserId: null } } party || string.IsNullOrWhiteSpace(email)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await PendingAsync(db, c.Number.ToString(), party.Id, InvitationKind.Representative, ct) is not null) return null;
        return Rows(c, party, InvitationKind.Representative, email.Trim(), LanguageOf(c, language), by).Add;
    }

    /// <summary>
    /// D9: the address and language the party's latest invitation went to, for a notice that must reach the party before
    /// anyone accepted (the consent request). Null when none was sent.
    /// </summary>
    public async Task<(string Email, string Language)?> InvitedAddressAsync(string number, Guid partyId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = await db.Set<PartyInvitation>().AsNoTracking()
            .Where(i => i.CaseNumber == number && i.PartyId == partyId && i.Kind != InvitationKind.Representative)
            .OrderByDescending(i => i.IssuedAt).FirstOrDefaultAsync(ct);
        return last is null ? null : (last.Email, last.Language);
    }

    /// <summary>
    /// The desk sends a new link (the pending one, if any, is revoked); audited. <paramref name="representative"/>: the
    /// link of the representative the party named (D7), not the party's own.
    /// </summary>
    public async Task<Result> ResendAsync(ClaimsPrincipal user, string number, Guid partyId, CancellationToken ct = default, bool representative = false)
    {
        // Issue 19 item 2: each resend is a mail; an account sends only so many an hour.
        if (!throttle.MaySendInvitation(user.FindFirstValue(ClaimTypes.NameIdentifier))) return new TooManyInvitations();
        var desk = await DeskCaseAsync(user, number, ct);
        if (desk.IsFailure) return desk.Error!;
        var (actor, c) = desk.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        var sent = db.Set<PartyInvitation>().AsNoTracking().Where(i => i.CaseNumber == number && i.PartyId == partyId);
        var last = await (representative ? sent.Where(i => i.Kind == InvitationKind.Representative) : sent.Where(i => i.Kind != InvitationKind.Representative))
                .OrderByDescending(i => i.IssuedAt).FirstOrDefaultAsync(ct)
            // A party's row with no invitation of its own resends the one it has (as before the representative had a row).
            ?? (representative ? null : await sent.OrderByDescending(i => i.IssuedAt).FirstOrDefaultAsync(ct));
        if (last is null || c.FindParty(partyId) is not { } party) return new NoInvitationForParty();
        if (last.Kind == InvitationKind.Representative ? party.Representative is not { UserId: null } : party.UserId is not null) return new NoInvitationForParty();
        var now = clock.GetUtcNow();
        if (last.StatusAt(now) == InvitationStatus.Pending)
        {
            db.Attach(last);
            last.RevokedAt = now;
            await CaseStore.AppendAuditAsync(db, c.Id, number, actor, now, Revoked, last.Email, null, party.Name, ct);
        }
        var rows = Rows(c, party, last.Kind, last.Email, last.Language, actor);
        db.Add(rows.Invitation);
        db.Add(rows.Mail);
        await CaseStore.AppendAuditAsync(db, rows.Audit, ct);
        await db.SaveChangesAsync(ct);
        await AfterAsync(number, Sent, ct);
        return Result.Success;
    }

    /// <summary>The desk withdraws the pending link (<paramref name="representative"/>: the one to the party's representative, D7); audited.</summary>
    public async Task<Result> RevokeAsync(ClaimsPrincipal user, string number, Guid partyId, CancellationToken ct = default, bool representative = false)
    {
        var desk = await DeskCaseAsync(user, number, ct);
        if (desk.IsFailure) return desk.Error!;
        var (actor, c) = desk.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        // The party's own invitation, else the one to the representative it named (D7); the representative's row asks for that one only.
        var pending = representative
            ? await PendingAsync(db, number, partyId, InvitationKind.Representative, ct)
            : await PendingAsync(db, number, partyId, ct) ?? await PendingAsync(db, number, partyId, InvitationKind.Representative, ct);
        if (pending is null) return new NoInvitationForParty();
        var now = clock.GetUtcNow();
        pending.RevokedAt = now;
        await CaseStore.AppendAuditAsync(db, c.Id, number, actor, now, Revoked, pending.Email, null, pending.PartyName, ct);
        await db.SaveChangesAsync(ct);
        await AfterAsync(number, Revoked, ct);
        return Result.Success;
    }

    /// <summary>What the link leads to; anyone holding the link may ask (it shows the case number and party only).</summary>
    public async Task<InvitationView> LookAsync(string? token, CancellationToken ct = default)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation is null) return new InvitationView(InvitationStatus.Unknown, null, null, null, null);
        return new InvitationView(invitation.StatusAt(clock.GetUtcNow()), invitation.CaseNumber, invitation.PartyName, invitation.Kind, invitation.ExpiresAt);
    }

    /// <summary>
    /// The signed-in person accepts: linked to the organisation (or made the consumer party, D9) and the link used up.
    /// The token is claimed first, in one statement, so a link works once even when followed twice at the same moment.
    /// Returns the case number to show.
    /// </summary>
    public async Task<Result<string>> AcceptAsync(ClaimsPrincipal user, string? token, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return new InvitationNotUsable(InvitationStatus.Unknown);
        if (user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.CaseManager) || user.IsInRole(AppRoles.Assessor) || user.IsInRole(AppRoles.Mediator))
            return new InvitationNotForStaff();
        var invitation = await FindAsync(token, ct);
        var now = clock.GetUtcNow();
        if (invitation is null) return new InvitationNotUsable(InvitationStatus.Unknown);
        if (invitation.StatusAt(now) is var status && status != InvitationStatus.Pending) return new InvitationNotUsable(status);

        var account = await accounts.RunAsync(users => users.FindByIdAsync(userId.ToString()));
        if (account is null) return new InvitationNotUsable(InvitationStatus.Unknown);
        // Issue 19 item 1: a confirmed account accepts. An unconfirmed one only for the address the link was sent to:
        // following the link proves that address, so accepting confirms it (an account created from the link).
        var confirmsByLink = !account.EmailConfirmed;
        if (confirmsByLink && !string.Equals(account.Email?.Trim(), invitation.Email, StringComparison.OrdinalIgnoreCase))
            return new InvitationNeedsConfirmedAccount();
        if (invitation.Kind == InvitationKind.Organisation && account.OrganisationId is { } other && other != invitation.OrganisationId)
            return new AccountLinkedToOtherOrganisation();

        if (!await ClaimAsync(invitation.Id, userId, now, ct)) return new InvitationNotUsable(InvitationStatus.Used);
        var linked = invitation.Kind switch
        {
            InvitationKind.Organisation => await LinkOrganisationAsync(invitation, account, now, ct),
            InvitationKind.Representative => await AttachRepresentativeAsync(invitation, account, now, ct),
            _ => await AttachConsumerAsync(invitation, account, now, ct),
        };
        if (linked.IsFailure)
        {
            await UnclaimAsync(invitation.Id, ct);
            return linked.Error!;
        }
        if (confirmsByLink) await ConfirmAddressAsync(account.Id);
        return invitation.CaseNumber;
    }

    /// <summary>Per party of the case: reached by account, by a pending invitation (since when), by post, or not at all. Desk staff only.</summary>
    public async Task<Result<IReadOnlyList<PartyReach>>> ReachAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var desk = await DeskCaseAsync(user, number, ct);
        if (desk.IsFailure) return desk.Error!;
        var c = desk.Value.Case;
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(ct);
        var invitations = await db.Set<PartyInvitation>().AsNoTracking().Where(i => i.CaseNumber == number).ToListAsync(ct);
        var orgIds = c.Parties.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value).ToList();
        var linkedOrgs = await db.Users.AsNoTracking().Where(u => u.OrganisationId != null && orgIds.Contains(u.OrganisationId.Value))
            .Select(u => u.OrganisationId!.Value).Distinct().ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToListAsync(ct);
        var rows = new List<PartyReach>();
        foreach (var party in c.Parties)
        {
            var own = invitations.Where(i => i.PartyId == party.Id && i.Kind != InvitationKind.Representative).ToList();
            var pending = own.Where(i => i.StatusAt(now) == InvitationStatus.Pending).MaxBy(i => i.IssuedAt);
            var organisation = organisations.FirstOrDefault(o => o.Id == party.OrganisationId);
            var (kind, since) =
                party.UserId is not null || (party.OrganisationId is { } org && linkedOrgs.Contains(org)) ? (ReachKind.Account, (DateTimeOffset?)null)
                : pending is not null ? (ReachKind.InvitationPending, pending.IssuedAt)
                : party.PaperProcedure || organisation?.Contact.PostalAddress is not null ? (ReachKind.ByPost, null)
                : (ReachKind.NotReached, null);
            rows.Add(new PartyReach(party.Id, party.Name, party.Role, kind, since, pending?.Email, own.Count > 0));

            // D7: the representative the party named has a row of its own: its account acts, its invitation waits, or neither.
            var toRepresentative = invitations.Where(i => i.PartyId == party.Id && i.Kind == InvitationKind.Representative).ToList();
            var representative = party.Representative;
            if (representative is null && toRepresentative.Count == 0) continue;
            var waiting = toRepresentative.Where(i => i.StatusAt(now) == InvitationStatus.Pending).MaxBy(i => i.IssuedAt);
            var linked = representative?.UserId is not null;
            rows.Add(new PartyReach(party.Id, party.Name, party.Role,
                linked ? ReachKind.Account : waiting is not null ? ReachKind.InvitationPending : ReachKind.NotReached,
                linked ? null : waiting?.IssuedAt, waiting?.Email, !linked && representative is not null && toRepresentative.Count > 0)
            {
                RepresentativeName = representative?.Name ?? toRepresentative.MaxBy(i => i.IssuedAt)!.Email,
            });
        }
        return rows;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private sealed record PreparedRows(PartyInvitation Invitation, OutboxMessage Mail, AuditEntry Audit)
    {
        /// <summary>Inside a CaseStore save (an <c>extra</c>): the store numbers the audit entry.</summary>
        public void Add(AdrDbContext db)
        {
            db.Add(Invitation);
            db.Add(Mail);
            db.Add(Audit);
        }
    }

    private PreparedRows Rows(CaseBase c, Party party, InvitationKind kind, string email, string language, Actor by)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var number = c.Number.ToString();
        var invitation = new PartyInvitation
        {
            Id = Guid.CreateVersion7(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, PartyName = party.Name,
            OrganisationId = party.OrganisationId, Kind = kind, Email = email.ToLowerInvariant(), Language = language,
            TokenHash = Hash(token), IssuedAt = now, ExpiresAt = now + ValidFor, IssuedBy = by.UserId, IssuedByName = by.DisplayName,
        };
        var url = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/invitation/{token}";
        var expires = Resources.DisplayFormat.LongDate(AmsterdamCalendar.DateOf(invitation.ExpiresAt), Enum.Parse<Language>(language, ignoreCase: true));
        var subject = string.Format(CultureInfo.InvariantCulture, Text("Mail.Subject", language), number);
        var body = string.Format(CultureInfo.InvariantCulture, Text(kind switch
        {
            InvitationKind.Organisation => "Mail.Body.Organisation",
            InvitationKind.Representative => "Mail.Body.Representative",
            _ => "Mail.Body.Consumer",
        }, language),
            party.Name, number, url, expires, desk.Value.Name); // signed with the desk's one name (docs/glossary.md)
        var message = OutboxMessage.Create(email, party.Name, subject, body, language, now, number);
        var audit = new AuditEntry(Guid.NewGuid(), c.Id, number, by.UserId, by.DisplayName, by.Role, now, Sent, null, invitation.Email, party.Name);
        return new PreparedRows(invitation, message, audit);
    }

    private static string LanguageOf(CaseBase c, string? given) => given is "en" or "de" or "nl" ? given
        : c is BindingRulingCase br ? (br.ProcedureLanguage == Language.En ? "en" : "nl") : "nl";

    private Task<PartyInvitation?> PendingAsync(AdrDbContext db, string number, Guid partyId, CancellationToken ct) =>
        PendingAsync(db, number, partyId, null, ct);

    private Task<PartyInvitation?> PendingAsync(AdrDbContext db, string number, Guid partyId, InvitationKind? kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Set<PartyInvitation>()
            .Where(i => i.CaseNumber == number && i.PartyId == partyId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Where(i => kind == null ? i.Kind != InvitationKind.Representative : i.Kind == kind)
            .OrderByDescending(i => i.IssuedAt).FirstOrDefaultAsync(ct);
    }

    private async Task<PartyInvitation?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Hash(token.Trim());
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<PartyInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    private async Task<bool> ClaimAsync(Guid id, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<PartyInvitation>()
            .Where(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedBy, userId), ct) == 1;
    }

    private async Task UnclaimAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<PartyInvitation>().Where(i => i.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAt, (DateTimeOffset?)null).SetProperty(i => i.AcceptedBy, (Guid?)null), ct);
    }

    private async Task<Result> LinkOrganisationAsync(PartyInvitation invitation, AppUser account, DateTimeOffset now, CancellationToken ct)
    {
        var linked = await accounts.RunAsync(async users =>
        {
            var user = await users.FindByIdAsync(account.Id.ToString());
            if (user is null) return false;
            user.OrganisationId = invitation.OrganisationId;
            user.CompanyName ??= invitation.PartyName;
            if (!(await users.UpdateAsync(user)).Succeeded) return false;
            if (!await users.IsInRoleAsync(user, AppRoles.Business)) await users.AddToRoleAsync(user, AppRoles.Business);
            return true;
        });
        if (!linked) return new InvitationNotUsable(InvitationStatus.Unknown);
        var actor = new Actor(account.Id, $"{account.DisplayName} ({invitation.PartyName})", Role.Business);
        await using var db = await factory.CreateDbContextAsync(ct);
        await CaseStore.AppendAuditAsync(db, invitation.CaseId, invitation.CaseNumber, actor, now, Accepted, null, account.Email, invitation.PartyName, ct);
        await db.SaveChangesAsync(ct);
        await AfterAsync(invitation.CaseNumber, Accepted, ct);
        return Result.Success;
    }

    // D9: the person becomes the consumer party of the webshop's filing.
    private async Task<Result> AttachConsumerAsync(PartyInvitation invitation, AppUser account, DateTimeOffset now, CancellationToken ct)
    {
        if (CaseNumber.Parse(invitation.CaseNumber) is not { IsSuccess: true } number) return new CaseNotFound(invitation.CaseNumber);
        var loaded = await LoadAnyAsync(number.Value, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        var version = c.Version;
        var actor = new Actor(account.Id, account.DisplayName, Role.Consumer);
        var attached = c.AttachAccount(actor, now, invitation.PartyId);
        if (attached.IsFailure) return attached;
        await accounts.RunAsync(async users =>
        {
            if (await users.FindByIdAsync(account.Id.ToString()) is { } user && !await users.IsInRoleAsync(user, AppRoles.Consumer))
                await users.AddToRoleAsync(user, AppRoles.Consumer);
            return true;
        });
        return await store.SaveAsync(c, version, db => db.Add(
            new AuditEntry(Guid.NewGuid(), c.Id, invitation.CaseNumber, actor.UserId, actor.DisplayName, actor.Role, now, Accepted, null, account.Email, invitation.PartyName)), ct);
    }

    // D7: the accepting account becomes the party's representative; the change is recorded as that person for the party.
    private async Task<Result> AttachRepresentativeAsync(PartyInvitation invitation, AppUser account, DateTimeOffset now, CancellationToken ct)
    {
        if (CaseNumber.Parse(invitation.CaseNumber) is not { IsSuccess: true } number || number.Value.Scheme != Scheme.BindingRuling)
            return new CaseNotFound(invitation.CaseNumber);
        var loaded = await store.LoadAsync<BindingRulingCase>(number.Value, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        if (c.FindParty(invitation.PartyId) is not { Representative: { } representative } party) return new InvitationNotUsable(InvitationStatus.Revoked);
        var version = c.Version;
        var actor = new Actor(account.Id, account.DisplayName, party.Role == PartyRole.Consumer ? Role.Consumer : Role.Business)
            { ForPartyId = party.Id, ForName = party.Name };
        var set = c.SetRepresentative(actor, clock, party.Id, representative with { UserId = account.Id });
        if (set.IsFailure) return set;
        return await store.SaveAsync(c, version, db => db.Add(
            new AuditEntry(Guid.NewGuid(), c.Id, invitation.CaseNumber, actor.UserId, actor.DisplayName, actor.Role, now, Accepted, null, account.Email, invitation.PartyName)
                { OnBehalfOf = party.Name }), ct);
    }

    private Task ConfirmAddressAsync(Guid userId) => accounts.RunAsync(async users =>
    {
        if (await users.FindByIdAsync(userId.ToString()) is { EmailConfirmed: false } user)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        return true;
    });

    private async Task<Result<(Actor Actor, CaseBase Case)>> DeskCaseAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (!grant.Value.IsStaff) return new DeskStaffOnly();
        var loaded = await LoadAnyAsync(grant.Value.Number, ct);
        return loaded.IsFailure ? loaded.Error! : (grant.Value.Actor, loaded.Value);
    }

    private async Task<Result<CaseBase>> LoadAnyAsync(CaseNumber number, CancellationToken ct) => number.Scheme switch
    {
        Scheme.BindingRuling => Widen(await store.LoadAsync<BindingRulingCase>(number, ct)),
        Scheme.B2BMediation => Widen(await store.LoadAsync<MediationCase>(number, ct)),
        _ => Widen(await store.LoadAsync<BemiddelingCase>(number, ct)),
    };

    private static Result<CaseBase> Widen<T>(Result<T> r) where T : CaseBase => r.IsFailure ? r.Error! : r.Value;

    private async Task AfterAsync(string number, string kind, CancellationToken ct)
    {
        outbox.Wake();
        if (CaseNumber.Parse(number) is { IsSuccess: true } parsed)
            await events.PublishAsync([new CaseEvent(parsed.Value, kind, "")], ct);
    }
}
