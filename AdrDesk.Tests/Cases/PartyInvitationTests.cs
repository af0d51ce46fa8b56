using AdrDesk.Domain.Eligibility;
using System.Security.Claims;
using System.Text.RegularExpressions;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.Invitations;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using AdrDesk.Tests.Workbench;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Cases;

/// <summary>
/// Issue 14 item 2 over real SQLite: a webshop no account of which is linked is invited when the desk forwards the case
/// (D12); the link is single-use, expires after 14 days, can be resent (the old link revoked) and revoked; each step is
/// an audit entry of the case; a webshop's filing reaches the consumer the same way (D9).
/// </summary>
public sealed partial class PartyInvitationTests : IAsyncLifetime
{
    private ServiceHost _host = default!;
    private readonly FakeTimeProvider _clock = AmsterdamClock.At(2026, 3, 2, 10);
    private Organisation _webshop = default!;
    private Person _desk = default!, _assessor = default!, _consumer = default!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(_clock));
        _webshop = Organisation.Register("Stille Fietsen B.V.", KvkNumber.Create("71234567").Value, CountryCode.Netherlands, ["https://www.stillefietsen.nl"],
            new DateOnly(2020, 1, 1), contact: OrganisationContact.Create("Geschillen@StilleFietsen.nl", null, null, null).Value).Value;
        _webshop.AddSubscription(new DateOnly(2020, 1, 1), null);
        await using (var db = await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(_webshop);
            await db.SaveChangesAsync();
        }
        _desk = await PersonAsync("Eva Jansen", AppRoles.CaseManager);
        _assessor = await PersonAsync("mr. P. Bakker", AppRoles.Assessor);
        _consumer = await PersonAsync("Sanne de Vries", AppRoles.Consumer);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();
    private PartyInvitations Invitations => Get<PartyInvitations>();

    [Fact, Trait("Rule", "D12")]
    public async Task D12_Forwarding_to_a_webshop_without_account_mails_a_single_use_link_to_its_dispute_address()
    {
        var n = await ForwardedAsync();

        var mail = await SingleInvitationMailAsync(n);
        Assert.Equal("Geschillen@StilleFietsen.nl".ToLowerInvariant(), mail.ToAddress.ToLowerInvariant());
        Assert.Equal("nl", mail.Language);
        Assert.Contains("19 maart 2026", mail.TextBody); // 14 days after 5 March
        var token = TokenOf(mail);
        await using (var db = await Db())
        {
            var stored = await db.Set<PartyInvitation>().SingleAsync(i => i.CaseNumber == n);
            Assert.Equal(PartyInvitations.Hash(token), stored.TokenHash);
            Assert.DoesNotContain(token, stored.TokenHash);
            Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromDays(14), stored.ExpiresAt);
        }
        Assert.Contains(await AuditAsync(n), a => a.Action == PartyInvitations.Sent && a.ActorId == _desk.Id && a.After == "geschillen@stillefietsen.nl");
        var reach = ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n));
        Assert.Contains(reach, r => r.Role == PartyRole.Business && r.Kind == ReachKind.InvitationPending && r.Since == _clock.GetUtcNow());
        Assert.Contains(reach, r => r.Role == PartyRole.Consumer && r.Kind == ReachKind.Account);

        // A new account made by following the link is linked to the webshop at once and sees the case.
        var newcomer = await PersonAsync("Piet Stil", AppRoles.Consumer);
        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(newcomer.Principal, token)));
        var account = await UserAsync(newcomer.Id);
        Assert.Equal(_webshop.Id, account.OrganisationId);
        Assert.Contains(AppRoles.Business, await RolesAsync(newcomer.Id));
        var signedInAgain = Principal(account, AppRoles.Business);
        Assert.True((await Get<CaseAccess>().ForCaseAsync(signedInAgain, n)).IsSuccess);
        Assert.Contains(await AuditAsync(n), a => a.Action == PartyInvitations.Accepted && a.ActorId == newcomer.Id);
        reach = ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n));
        Assert.All(reach, r => Assert.Equal(ReachKind.Account, r.Kind));

        // Single use: the same link again, by anyone, is refused and says why.
        var second = await PersonAsync("Iemand Anders", AppRoles.Consumer);
        Assert.Equal(InvitationStatus.Used, Assert.IsType<InvitationNotUsable>((await Invitations.AcceptAsync(second.Principal, token)).Error).Status);
        Assert.Equal(InvitationStatus.Used, (await Invitations.LookAsync(token)).Status);
        Assert.Null((await UserAsync(second.Id)).OrganisationId);
    }

    [Fact, Trait("Rule", "D12")]
    public async Task D12_The_link_expires_after_14_days()
    {
        var n = await ForwardedAsync();
        var token = TokenOf(await SingleInvitationMailAsync(n));

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        Assert.Equal(InvitationStatus.Pending, (await Invitations.LookAsync(token)).Status);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(InvitationStatus.Expired, (await Invitations.LookAsync(token)).Status);
        var late = await PersonAsync("Piet Stil", AppRoles.Business);
        Assert.Equal(InvitationStatus.Expired, Assert.IsType<InvitationNotUsable>((await Invitations.AcceptAsync(late.Principal, token)).Error).Status);
        Assert.Null((await UserAsync(late.Id)).OrganisationId);
        // An expired invitation is no longer pending: the desk sees the party unreached and may send a new link.
        var reach = ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n));
        Assert.Contains(reach, r => r.Role == PartyRole.Business && r.Kind == ReachKind.NotReached && r.CanResend);
    }

    [Fact, Trait("Rule", "D12")]
    public async Task Resend_revokes_the_old_link_and_mails_a_new_one_and_revoke_ends_it_each_audited()
    {
        var n = await ForwardedAsync();
        var first = TokenOf(await SingleInvitationMailAsync(n));
        var party = (await LoadAsync(n)).Webshop.Id;
        _clock.Advance(TimeSpan.FromDays(3));

        ResultAssert.Ok(await Invitations.ResendAsync(_desk.Principal, n, party));
        Assert.Equal(InvitationStatus.Revoked, (await Invitations.LookAsync(first)).Status);
        var mails = await InvitationMailsAsync(n);
        Assert.Equal(2, mails.Count);
        var second = TokenOf(mails.OrderBy(m => m.CreatedAt).Last());
        Assert.NotEqual(first, second);
        Assert.Equal(InvitationStatus.Pending, (await Invitations.LookAsync(second)).Status);
        var reach = ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n));
        Assert.Contains(reach, r => r.PartyId == party && r.Kind == ReachKind.InvitationPending && r.Since == _clock.GetUtcNow());

        ResultAssert.Ok(await Invitations.RevokeAsync(_desk.Principal, n, party));
        Assert.Equal(InvitationStatus.Revoked, (await Invitations.LookAsync(second)).Status);
        Assert.IsType<NoInvitationForParty>((await Invitations.RevokeAsync(_desk.Principal, n, party)).Error);
        var someone = await PersonAsync("Piet Stil", AppRoles.Business);
        Assert.Equal(InvitationStatus.Revoked, Assert.IsType<InvitationNotUsable>((await Invitations.AcceptAsync(someone.Principal, second)).Error).Status);

        var audit = await AuditAsync(n);
        Assert.Equal(2, audit.Count(a => a.Action == PartyInvitations.Sent));
        Assert.Equal(2, audit.Count(a => a.Action == PartyInvitations.Revoked));
        Assert.All(audit.Where(a => a.Action.StartsWith("Invitation", StringComparison.Ordinal)), a => Assert.Equal(_desk.Id, a.ActorId));
        // Only the desk resends or revokes.
        Assert.IsType<DeskStaffOnly>((await Invitations.ResendAsync(_consumer.Principal, n, party)).Error);
    }

    [Fact]
    public async Task An_unknown_link_and_a_staff_account_are_refused()
    {
        var n = await ForwardedAsync();
        var token = TokenOf(await SingleInvitationMailAsync(n));

        Assert.Equal(InvitationStatus.Unknown, (await Invitations.LookAsync("not-a-token")).Status);
        Assert.IsType<InvitationNotForStaff>((await Invitations.AcceptAsync(_desk.Principal, token)).Error);
        Assert.Equal(InvitationStatus.Pending, (await Invitations.LookAsync(token)).Status);
    }

    [Fact, Trait("Rule", "D12")]
    public async Task A_webshop_with_a_linked_account_gets_no_invitation()
    {
        await PersonAsync("Fietsen Medewerker", AppRoles.Business, _webshop.Id);
        var n = await ForwardedAsync();

        Assert.Empty(await InvitationMailsAsync(n));
        Assert.All(ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n)), r => Assert.Equal(ReachKind.Account, r.Kind));
    }

    [Fact, Trait("Rule", "D9")]
    public async Task D9_The_consumer_a_webshops_filing_names_becomes_that_party_by_the_link()
    {
        var shopUser = await PersonAsync("Fietsen Medewerker", AppRoles.Business, _webshop.Id);
        var consumerParty = Party.Consumer("Karin Bos", null).Value;
        var shopParty = Party.Business(_webshop.LegalName, shopUser.Id, _webshop.Id).Value;
        var created = ResultAssert.Ok(await Get<CaseStore>().CreateAsync(Scheme.BindingRuling,
            num => BindingRulingCase.Draft(num, consumerParty, shopParty, PartyRole.Business, Language.En, Language.En, FilingChannel.Online, shopUser.Actor, _clock)));
        var c = created;
        var invite = await Invitations.PrepareForConsumerAsync(c, consumerParty.Id, "karin.bos@example.com", "en", shopUser.Actor);
        Assert.NotNull(invite);
        ResultAssert.Ok(await Get<CaseStore>().SaveAsync(c, c.Version, invite));
        var n = c.Number.ToString();

        var mail = await SingleInvitationMailAsync(n);
        Assert.Equal("karin.bos@example.com", mail.ToAddress);
        Assert.Equal("en", mail.Language);
        var karin = await PersonAsync("Karin Bos", AppRoles.Consumer);
        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(karin.Principal, TokenOf(mail))));

        var loaded = await LoadAsync(n);
        Assert.Equal(karin.Id, loaded.Consumer.UserId);
        Assert.True((await Get<CaseAccess>().ForCaseAsync(karin.Principal, n)).IsSuccess);
        var audit = await AuditAsync(n);
        Assert.Contains(audit, a => a.Action == "AttachAccount" && a.ActorId == karin.Id);
        Assert.Contains(audit, a => a.Action == PartyInvitations.Accepted && a.ActorId == karin.Id);
    }

    [Fact, Trait("Rule", "D12")]
    public async Task D12_An_unconfirmed_account_at_another_address_cannot_accept_until_its_address_is_confirmed()
    {
        var n = await ForwardedAsync();
        var token = TokenOf(await SingleInvitationMailAsync(n));

        var unconfirmed = await PersonAsync("Piet Stil", AppRoles.Business, confirmed: false);
        Assert.IsType<InvitationNeedsConfirmedAccount>((await Invitations.AcceptAsync(unconfirmed.Principal, token)).Error);
        Assert.Equal(InvitationStatus.Pending, (await Invitations.LookAsync(token)).Status);
        Assert.Null((await UserAsync(unconfirmed.Id)).OrganisationId);
        Assert.IsType<CaseNotFound>((await Get<CaseAccess>().ForCaseAsync(unconfirmed.Principal, n)).Error);

        var confirmed = await PersonAsync("Piet Stil", AppRoles.Business);
        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(confirmed.Principal, token)));
    }

    [Fact, Trait("Rule", "D12")]
    public async Task D12_An_account_made_at_the_invited_address_is_confirmed_by_following_the_link()
    {
        var n = await ForwardedAsync();
        var token = TokenOf(await SingleInvitationMailAsync(n));
        var fresh = await PersonAsync("Geschillen Stille Fietsen", AppRoles.Consumer, confirmed: false, email: "geschillen@stillefietsen.nl");

        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(fresh.Principal, token)));

        var account = await UserAsync(fresh.Id);
        Assert.True(account.EmailConfirmed); // the link came to this address: following it proved it
        Assert.Equal(_webshop.Id, account.OrganisationId);
        Assert.True((await Get<CaseAccess>().ForCaseAsync(Principal(account, AppRoles.Business), n)).IsSuccess);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task D7_A_representative_named_at_filing_gets_the_case_only_by_accepting_the_invitation_to_that_address()
    {
        var shopUser = await PersonAsync("Fietsen Medewerker", AppRoles.Business, _webshop.Id);
        var consumerParty = Party.Consumer("Sanne de Vries", _consumer.Id).Value;
        var shopParty = Party.Business(_webshop.LegalName, shopUser.Id, _webshop.Id).Value;
        var c = ResultAssert.Ok(await Get<CaseStore>().CreateAsync(Scheme.BindingRuling,
            num => BindingRulingCase.Draft(num, consumerParty, shopParty, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, _consumer.Actor, _clock)));
        var version = c.Version;
        Assert.True(c.SetRepresentative(_consumer.Actor, _clock, consumerParty.Id, new Representative("Jan Raad", "jurist", "jan@raad.example")).IsSuccess);
        var invite = await Invitations.PrepareForRepresentativeAsync(c, consumerParty.Id, "jan@raad.example", "nl", _consumer.Actor);
        Assert.NotNull(invite);
        ResultAssert.Ok(await Get<CaseStore>().SaveAsync(c, version, invite));
        var n = c.Number.ToString();

        // Owning (even confirming) the address the consumer named grants nothing by itself.
        var jan = await PersonAsync("Jan Raad", AppRoles.Consumer, email: "jan@raad.example");
        Assert.IsType<CaseNotFound>((await Get<CaseAccess>().ForCaseAsync(jan.Principal, n)).Error);

        var mail = await SingleInvitationMailAsync(n);
        Assert.Equal("jan@raad.example", mail.ToAddress);
        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(jan.Principal, TokenOf(mail))));

        var grant = ResultAssert.Ok(await Get<CaseAccess>().ForCaseAsync(jan.Principal, n));
        Assert.Equal(CaseAccessKind.Representative, grant.Kind);
        Assert.Equal(consumerParty.Id, grant.Actor.ForPartyId);
        Assert.Equal(jan.Id, (await LoadAsync(n)).Consumer.Representative!.UserId);
        // The audit trail keeps the person who acted and the party acted for.
        Assert.Contains(await AuditAsync(n), a => a.Action == "SetRepresentative" && a.ActorId == jan.Id && a.OnBehalfOf == "Sanne de Vries");
        Assert.Contains(await AuditAsync(n), a => a.Action == PartyInvitations.Accepted && a.ActorId == jan.Id && a.OnBehalfOf == "Sanne de Vries");
        // Used up: a second account with the same link gets nothing.
        var other = await PersonAsync("Iemand Anders", AppRoles.Consumer);
        Assert.Equal(InvitationStatus.Used, Assert.IsType<InvitationNotUsable>((await Invitations.AcceptAsync(other.Principal, TokenOf(mail))).Error).Status);
        Assert.IsType<CaseNotFound>((await Get<CaseAccess>().ForCaseAsync(other.Principal, n)).Error);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task D7_The_desk_revokes_a_representatives_invitation_and_the_link_is_refused()
    {
        var consumerParty = Party.Consumer("Sanne de Vries", _consumer.Id).Value;
        var shopParty = Party.Business(_webshop.LegalName, null, _webshop.Id).Value;
        var c = ResultAssert.Ok(await Get<CaseStore>().CreateAsync(Scheme.BindingRuling,
            num => BindingRulingCase.Draft(num, consumerParty, shopParty, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, _consumer.Actor, _clock)));
        var version = c.Version;
        Assert.True(c.SetRepresentative(_consumer.Actor, _clock, consumerParty.Id, new Representative("Jan Raad", "jurist", "jan.raad@example.nl")).IsSuccess);
        ResultAssert.Ok(await Get<CaseStore>().SaveAsync(c, version, await Invitations.PrepareForRepresentativeAsync(c, consumerParty.Id, "jan.raad@example.nl", "nl", _consumer.Actor)));
        var n = c.Number.ToString();
        var token = TokenOf(await SingleInvitationMailAsync(n));

        ResultAssert.Ok(await Invitations.RevokeAsync(_desk.Principal, n, consumerParty.Id));

        var jan = await PersonAsync("Jan Raad", AppRoles.Consumer, email: "jan.raad@example.nl");
        Assert.Equal(InvitationStatus.Revoked, Assert.IsType<InvitationNotUsable>((await Invitations.AcceptAsync(jan.Principal, token)).Error).Status);
        Assert.IsType<CaseNotFound>((await Get<CaseAccess>().ForCaseAsync(jan.Principal, n)).Error);
        Assert.Contains(await AuditAsync(n), a => a.Action == PartyInvitations.Revoked && a.ActorId == _desk.Id);
    }

    [Fact, Trait("Rule", "D7")]
    public async Task D7_The_desk_sees_a_representatives_invitation_in_a_row_of_its_own_and_resends_and_revokes_it()
    {
        var consumerParty = Party.Consumer("Sanne de Vries", _consumer.Id).Value;
        var shopParty = Party.Business(_webshop.LegalName, null, _webshop.Id).Value;
        var c = ResultAssert.Ok(await Get<CaseStore>().CreateAsync(Scheme.BindingRuling,
            num => BindingRulingCase.Draft(num, consumerParty, shopParty, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, _consumer.Actor, _clock)));
        var version = c.Version;
        Assert.True(c.SetRepresentative(_consumer.Actor, _clock, consumerParty.Id, new Representative("Jan Raad", "jurist", "jan.raad@example.nl")).IsSuccess);
        ResultAssert.Ok(await Get<CaseStore>().SaveAsync(c, version, await Invitations.PrepareForRepresentativeAsync(c, consumerParty.Id, "jan.raad@example.nl", "nl", _consumer.Actor)));
        var n = c.Number.ToString();
        var first = TokenOf(await SingleInvitationMailAsync(n));
        var sentAt = _clock.GetUtcNow();

        // The consumer's own row says its account acts; the representative's row says its invitation waits.
        var reach = ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n));
        Assert.Contains(reach, r => r.PartyId == consumerParty.Id && r.RepresentativeName is null && r.Kind == ReachKind.Account);
        var row = Assert.Single(reach, r => r.RepresentativeName is not null);
        Assert.Equal(("Jan Raad", consumerParty.Id, ReachKind.InvitationPending, sentAt, "jan.raad@example.nl", true),
            (row.RepresentativeName, row.PartyId, row.Kind, row.Since, row.InvitedEmail, row.CanResend));

        // Resend: the old link is revoked, a new one goes to the representative's address; audited.
        _clock.Advance(TimeSpan.FromDays(2));
        ResultAssert.Ok(await Invitations.ResendAsync(_desk.Principal, n, consumerParty.Id, representative: true));
        Assert.Equal(InvitationStatus.Revoked, (await Invitations.LookAsync(first)).Status);
        var mails = await InvitationMailsAsync(n);
        Assert.Equal(2, mails.Count);
        var latest = mails.OrderBy(m => m.CreatedAt).Last();
        Assert.Equal("jan.raad@example.nl", latest.ToAddress);
        var second = TokenOf(latest);
        Assert.Equal(InvitationKind.Representative, (await Invitations.LookAsync(second)).Kind);
        row = Assert.Single(ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n)), r => r.RepresentativeName is not null);
        Assert.Equal((ReachKind.InvitationPending, _clock.GetUtcNow()), (row.Kind, row.Since));

        // Revoke: the link is refused and the row says the representative is not reached (the desk may send a new link).
        ResultAssert.Ok(await Invitations.RevokeAsync(_desk.Principal, n, consumerParty.Id, representative: true));
        Assert.Equal(InvitationStatus.Revoked, (await Invitations.LookAsync(second)).Status);
        Assert.IsType<NoInvitationForParty>((await Invitations.RevokeAsync(_desk.Principal, n, consumerParty.Id, representative: true)).Error);
        row = Assert.Single(ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n)), r => r.RepresentativeName is not null);
        Assert.Equal((ReachKind.NotReached, true), (row.Kind, row.CanResend));
        Assert.Equal(2, (await AuditAsync(n)).Count(a => a.Action == PartyInvitations.Revoked && a.ActorId == _desk.Id));

        // A third link, accepted: the row says the representative's account acts.
        _clock.Advance(TimeSpan.FromHours(1));
        ResultAssert.Ok(await Invitations.ResendAsync(_desk.Principal, n, consumerParty.Id, representative: true));
        var third = TokenOf((await InvitationMailsAsync(n)).OrderBy(m => m.CreatedAt).Last());
        var jan = await PersonAsync("Jan Raad", AppRoles.Consumer, email: "jan.raad@example.nl");
        Assert.Equal(n, ResultAssert.Ok(await Invitations.AcceptAsync(jan.Principal, third)));
        row = Assert.Single(ResultAssert.Ok(await Invitations.ReachAsync(_desk.Principal, n)), r => r.RepresentativeName is not null);
        Assert.Equal((ReachKind.Account, false), (row.Kind, row.CanResend));
        // Only desk staff.
        Assert.IsType<DeskStaffOnly>((await Invitations.ResendAsync(_consumer.Principal, n, consumerParty.Id, representative: true)).Error);
    }

    [Fact, Trait("Rule", "M4")]
    public async Task A_mediation_request_naming_an_organisation_without_account_invites_it()
    {
        var client = await PersonAsync("Horeca Klant B.V.", AppRoles.Business, Guid.NewGuid());
        var participant = Party.Business(_webshop.LegalName, null, _webshop.Id).Value;
        var filer = Party.Business(client.Name, client.Id, client.OrganisationId!.Value).Value;
        var c = ResultAssert.Ok(await Get<CaseStore>().CreateAsync<AdrDesk.Domain.Mediation.MediationCase>(Scheme.B2BMediation,
            num => AdrDesk.Domain.Mediation.MediationCase.Request(num, participant, filer, client.Actor, _clock)));

        await Invitations.InviteOrganisationsAsync(c, client.Actor);

        var n = c.Number.ToString();
        var mail = await SingleInvitationMailAsync(n);
        Assert.Equal("geschillen@stillefietsen.nl", mail.ToAddress.ToLowerInvariant());
        Assert.Contains(await AuditAsync(n), a => a.Action == PartyInvitations.Sent && a.ActorId == client.Id);
        // Asked again (a retry), nothing is sent twice while the link waits.
        await Invitations.InviteOrganisationsAsync(c, client.Actor);
        Assert.Single(await InvitationMailsAsync(n));
    }

    /// <summary>A consumer's online filing against the webshop, screened, a panel seated and forwarded by the desk (D12).</summary>
    private async Task<string> ForwardedAsync()
    {
        var consumerParty = Party.Consumer(_consumer.Name, _consumer.Id).Value;
        var shopParty = Party.Business(_webshop.LegalName, null, _webshop.Id).Value;
        var store = Get<CaseStore>();
        var c = ResultAssert.Ok(await store.CreateAsync(Scheme.BindingRuling,
            num => BindingRulingCase.Draft(num, consumerParty, shopParty, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, _consumer.Actor, _clock),
            amountClaimed: Money.Euros(480m)));
        var version = c.Version;
        ResultAssert.Ok(c.Submit(_consumer.Actor, _clock, acceptsBindingRuling: true));
        ResultAssert.Ok(await store.SaveAsync(c, version));
        var n = c.Number.ToString();
        var desk = Get<DeskService>();
        _clock.Advance(TimeSpan.FromDays(3));
        ResultAssert.Ok(await desk.StartScreeningAsync(_desk.Principal, n));
        ResultAssert.Ok(await desk.AssignPanelAsync(_desk.Principal, n, [_assessor.Id], _assessor.Id));
        ResultAssert.Ok(await desk.RecordStaffDecisionAsync(_desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await desk.ForwardAsync(_desk.Principal, n));
        return n;
    }

    private async Task<BindingRulingCase> LoadAsync(string n) => (await Get<CaseStore>().LoadAsync<BindingRulingCase>(CaseNumber.Parse(n).Value)).Value;

    private async Task<AdrDbContext> Db() => await Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();

    private async Task<List<OutboxMessage>> InvitationMailsAsync(string n)
    {
        await using var db = await Db();
        return (await db.Set<OutboxMessage>().Where(m => m.CaseNumber == n).ToListAsync()).Where(m => m.TextBody.Contains("/invitation/", StringComparison.Ordinal)).ToList();
    }

    private async Task<OutboxMessage> SingleInvitationMailAsync(string n) => Assert.Single(await InvitationMailsAsync(n));

    private static string TokenOf(OutboxMessage mail) => LinkPattern().Match(mail.TextBody).Groups[1].Value;

    [GeneratedRegex(@"/invitation/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();

    private async Task<List<AuditEntry>> AuditAsync(string n)
    {
        await using var db = await Db();
        return await db.Set<AuditEntry>().Where(a => a.CaseNumber == n).ToListAsync();
    }

    private async Task<AppUser> UserAsync(Guid id)
    {
        await using var db = await Db();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<IList<string>> RolesAsync(Guid id)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(id.ToString()))!);
    }

    private static ClaimsPrincipal Principal(AppUser user, string role)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()), new(ClaimTypes.Name, user.Email!), new(ClaimTypes.Email, user.Email!),
            new(ClaimTypes.Role, role), new(AppClaimsPrincipalFactory.DisplayNameClaim, user.DisplayName),
        };
        if (user.EmailConfirmed) claims.Add(new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true"));
        if (user.OrganisationId is { } org) claims.Add(new Claim(AppClaimsPrincipalFactory.OrganisationClaim, org.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    /// <summary>An account; confirmed (its address proven) unless told otherwise, and then its cookie lacks the confirmed claim.</summary>
    private async Task<Person> PersonAsync(string name, string role, Guid? organisationId = null, bool confirmed = true, string? email = null)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        email ??= $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, OrganisationId = organisationId, EmailConfirmed = confirmed, CreatedAt = _clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, AppHost.TestPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new Person(user.Id, name, email, role, Principal(user, role), organisationId);
    }
}
