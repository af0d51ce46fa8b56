using AdrDesk.Features.Cases.Invitations;
using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Desk;

public sealed record QueueRow(string Number, string State, string? ConsumerName, string? WebshopName, DateTimeOffset? FiledAt, DateTimeOffset? NextDeadlineAt);

public sealed record IntakeQueue(IReadOnlyList<QueueRow> Cases);

/// <summary>
/// The one screening service (issue 18, <see cref="IFilingScreening"/>): every desk route to a decision on a filing calls
/// it. Screening routes a filing: a webshop's filing → the consumer's consent request with 5 weeks (D9, before anything
/// else: without consent nothing else is decided); webshop not subscribed → awaiting subscription with an invitation (D5).
/// Forwarding needs what <see cref="CaseScreening"/> asks; every refusal (the desk's, a declined consent) gets its D26 letter.
/// </summary>
public sealed class IntakeQueueService(
    IDbContextFactory<AdrDbContext> factory, CaseStore store, CaseAccess access, IRefusalLetters letters,
    PartyInvitations invitations, IPrintQueue printQueue, IOptions<MailOptions> mail, IOptions<DeskOptions> desk, TimeProvider clock) : IFilingScreening
{
    private static readonly string[] Waiting =
        [nameof(BindingRulingState.Filed), nameof(BindingRulingState.AwaitingSubscription), nameof(BindingRulingState.AwaitingConsent)];

    public async Task<Result<IntakeQueue>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { } actor || !actor.Role.IsStaff()) return new PaperEntryIsForStaff();
        await using var db = await factory.CreateDbContextAsync(ct);
        var cases = await db.Set<CaseSummary>().AsNoTracking()
            .Where(s => s.Scheme == Scheme.BindingRuling && Waiting.Contains(s.State))
            .OrderBy(s => s.CreatedAt).Take(200)
            .Select(s => new QueueRow(s.Number, s.State, s.ConsumerName, s.WebshopName, s.FiledAt, s.NextDeadlineAt)).ToListAsync(ct);
        return new IntakeQueue(cases);
    }

    public async Task<Result<ScreeningReport>> ReportAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (_, c, _) = opened.Value;
        return await ReportOfAsync(c, ct);
    }

    /// <summary>Starts screening a filed case and routes it (D9, D5); the mail goes in the same transaction.</summary>
    public async Task<Result<string>> ScreenAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        var screened = c.StartScreening(actor, clock);
        if (screened.IsFailure) return screened.Error!;

        Action<AdrDbContext>? notice;
        if (c.FiledBy == PartyRole.Business)
        {
            var requested = c.RequestConsent(actor, clock); // D9: 5 weeks, asked of the consumer
            if (requested.IsFailure) return requested.Error!;
            var consent = await ConsentRequestAsync(c, ct);
            notice = consent is null ? null : d => d.Add(consent);
        }
        else
        {
            var webshop = await WebshopAsync(c, ct);
            notice = null;
            if (webshop is not null && !webshop.IsSubscribedAt(clock.GetUtcNow()))
            {
                var requested = c.RequestSubscription(actor, clock); // D5
                if (requested.IsFailure) return requested.Error!;
                notice = await InvitationAsync(c, webshop, ct);
            }
        }
        var saved = await store.SaveAsync(c, version, notice, ct);
        return saved.IsSuccess ? c.State.ToString() : saved.Error!;
    }

    public async Task<Result> RequestSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        if (await WebshopAsync(c, ct) is not { } webshop) return new RespondentNotInRegister();
        var requested = c.RequestSubscription(actor, clock);
        if (requested.IsFailure) return requested;
        var notice = await InvitationAsync(c, webshop, ct);
        return await store.SaveAsync(c, version, notice, ct);
    }

    public async Task<Result> ConfirmSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        if (await WebshopAsync(c, ct) is not { } webshop) return new RespondentNotInRegister();
        var confirmed = c.ConfirmSubscription(actor, clock, webshop);
        return confirmed.IsFailure ? confirmed : await store.SaveAsync(c, version, cancellationToken: ct);
    }

    public async Task<Result> RecordDecisionAsync(
        ClaimsPrincipal user, string number, string ruleId, StaffDecisionOutcome outcome, string reason, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        var decided = c.RecordStaffDecision(actor, clock, ruleId, outcome, reason);
        return decided.IsFailure ? decided : await store.SaveAsync(c, version, cancellationToken: ct);
    }

    public async Task<Result> ForwardAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        var report = await ReportOfAsync(c, ct);
        if (c.State == BindingRulingState.Screening && report.Assessment.ForwardBlockedBy is { } blocked) return blocked;
        var forwarded = c.Forward(actor, clock);
        if (forwarded.IsFailure) return forwarded;
        // Issue 14: a webshop no account of which is linked is invited at its dispute address, with the forwarding.
        var invite = await invitations.PrepareForOrganisationsAsync(c, actor, ct);
        return await store.SaveAsync(c, version, invite, ct);
    }

    public async Task<Result<DocumentLink>> RefuseAsync(ClaimsPrincipal user, string number, IReadOnlyList<RefusalReason> reasons, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (actor, c, version) = opened.Value;
        var refused = c.Refuse(actor, clock, reasons);
        if (refused.IsFailure) return refused.Error!;
        var letter = await letters.IssueAsync(c, actor, ct);
        if (letter.IsFailure) return letter.Error!;
        var saved = await store.SaveAsync(c, version, letter.Value.AddTo, ct);
        return saved.IsFailure ? saved.Error! : letter.Value.Document;
    }

    /// <summary>D9/D25g: the consumer consents or declines; only the consumer of this case (or staff on paper). Declined: the D26 letter.</summary>
    public async Task<Result> AnswerConsentAsync(ClaimsPrincipal user, string number, bool consent, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        var version = c.Version;
        var actor = grant.Value.Actor;
        var answered = consent ? c.GiveConsent(actor, clock) : c.DeclineConsent(actor, clock);
        if (answered.IsFailure) return answered;
        Action<AdrDbContext>? extra = null;
        if (!consent)
        {
            var letter = await letters.IssueAsync(c, actor, ct); // D26
            if (letter.IsFailure) return letter.Error!;
            extra = letter.Value.AddTo;
        }
        return await store.SaveAsync(c, version, extra, ct);
    }

    public async Task<Result<BindingRulingCase>> ConsentCaseAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        return await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
    }

    private async Task<Result<(Actor Actor, BindingRulingCase Case, int Version)>> OpenAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Actor.Role is not (Role.CaseManager or Role.Admin)) return new DeskStaffOnly();
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        return (grant.Value.Actor, loaded.Value, loaded.Value.Version);
    }

    private async Task<ScreeningReport> ReportOfAsync(BindingRulingCase c, CancellationToken ct)
    {
        var webshop = await WebshopAsync(c, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.Set<StoredFilingAnswers>().AsNoTracking().FirstOrDefaultAsync(a => a.CaseNumber == c.Number.ToString(), ct);
        var answers = stored?.Read();
        return new ScreeningReport(c, answers, webshop, CaseScreening.Assess(c, answers, webshop, clock.GetUtcNow()));
    }

    /// <summary>
    /// D5: the invitation to subscribe goes to the webshop's dispute e-mail address in the register; without one, to an
    /// account of the webshop; without either, as a letter in the print queue (D21) to its postal address in the register,
    /// held for the desk to enter an address ("adres nodig") when the register has none. Never to the desk's own address.
    /// </summary>
    private async Task<Action<AdrDbContext>> InvitationAsync(BindingRulingCase c, Organisation webshop, CancellationToken ct)
    {
        var number = c.Number.ToString();
        var now = clock.GetUtcNow();
        var (subject, body) = IntakeMailTexts.SubscriptionInvitation(number, webshop.LegalName, $"{Base}/webshops", desk.Value.Name);
        if (webshop.Contact.DisputeEmail is { Length: > 0 } disputeEmail)
        {
            var mailed = OutboxMessage.Create(disputeEmail, webshop.LegalName, subject, body, "nl", now, number);
            return d => d.Add(mailed);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var contact = await db.Users.AsNoTracking().Where(u => u.OrganisationId == webshop.Id)
            .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (contact?.Email is { Length: > 0 } accountEmail)
        {
            var mailed = OutboxMessage.Create(accountEmail, contact.DisplayName ?? webshop.LegalName, subject, body, "nl", now, number);
            return d => d.Add(mailed);
        }
        var letter = new PrintLetter(number, webshop.LegalName, subject, now)
        {
            PartyId = c.Webshop.Id,
            Address = webshop.Contact.PostalAddress is { } postal ? string.Join('\n', postal.Lines) : null,
            Body = body,
            Language = "nl",
        };
        return d => printQueue.Add(d, letter);
    }

    /// <summary>D9: the consent request goes to the consumer, never to the webshop that filed (issue 18 item 4).</summary>
    private async Task<OutboxMessage?> ConsentRequestAsync(BindingRulingCase c, CancellationToken ct)
    {
        string? email, preferred;
        if (c.Consumer.UserId is { } consumerId)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var consumer = await db.Users.AsNoTracking().Where(u => u.Id == consumerId).Select(u => new { u.Email, u.PreferredLanguage }).FirstOrDefaultAsync(ct);
            (email, preferred) = (consumer?.Email, consumer?.PreferredLanguage);
        }
        else if (!c.Consumer.PaperProcedure && await invitations.InvitedAddressAsync(c.Number.ToString(), c.Consumer.Id, ct) is { } invited)
        {
            // Issue 19 item 1: nobody accepted the invitation yet; the notice goes to the address the webshop gave, and the
            // consumer answers after accepting the invitation (which leads to the consent page).
            (email, preferred) = invited;
        }
        else return null; // a paper consumer: the print queue's letter (CaseChangeNotices)
        if (email is not { Length: > 0 }) return null;
        var language = preferred switch { "en" => Language.En, "de" => Language.De, _ => Language.Nl };
        var number = c.Number.ToString();
        var due = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Consent)!.DueAt);
        var (subject, body) = IntakeMailTexts.ConsentRequest(language, number, c.Consumer.Name, c.Webshop.Name, due, $"{Base}/intake/consent/{number}", desk.Value.Name);
        return OutboxMessage.Create(email, c.Consumer.Name, subject, body, IntakeSubmission.Code(language), clock.GetUtcNow(), number);
    }

    private async Task<Organisation?> WebshopAsync(BindingRulingCase c, CancellationToken ct)
    {
        if (c.Webshop.OrganisationId is not { } id) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
    }

    private string Base => mail.Value.PublicBaseUrl.TrimEnd('/');
}
