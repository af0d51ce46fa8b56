using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Desk;

public sealed record QueueRow(string Number, string State, string? ConsumerName, string? WebshopName, DateTimeOffset? FiledAt, DateTimeOffset? NextDeadlineAt);

public sealed record IntakeQueue(IReadOnlyList<QueueRow> Cases);

/// <summary>
/// The desk's side of the intake: new filings to screen, D5 cases awaiting subscription, D9 cases awaiting consent,
/// (the D21 post is in the one print queue, /desk/print-queue). Screening routes a filing: webshop not subscribed → awaiting subscription with an
/// invitation (D5); a webshop's filing → the consumer's consent request with 5 weeks (D9). Staff only.
/// </summary>
public sealed class IntakeQueueService(
    IDbContextFactory<AdrDbContext> factory, CaseStore store, CaseAccess access, RegisterService register, IOptions<MailOptions> mail, TimeProvider clock) : IFilingScreening
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

    /// <summary>Starts screening a filed case and routes it (D5, D9); the mail goes in the same transaction.</summary>
    public async Task<Result<string>> ScreenAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (!grant.Value.IsStaff) return new PaperEntryIsForStaff();
        var actor = grant.Value.Actor;
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        var version = c.Version;
        var screened = c.StartScreening(actor, clock);
        if (screened.IsFailure) return screened.Error!;

        OutboxMessage? notice = null;
        var webshop = c.Webshop.OrganisationId is { } orgId ? await register.FindAsync(orgId, ct) : null;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (webshop is not null && !webshop.IsSubscribedAt(clock.GetUtcNow()))
        {
            var requested = c.RequestSubscription(actor, clock); // D5
            if (requested.IsFailure) return requested.Error!;
            var contact = await db.Users.AsNoTracking().Where(u => u.OrganisationId == webshop.Id).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
            var (subject, body) = IntakeMailTexts.SubscriptionInvitation(number, webshop.LegalName, $"{Base}/webshops");
            notice = OutboxMessage.Create(contact?.Email ?? mail.Value.FromAddress, contact?.DisplayName ?? webshop.LegalName, subject, body, "nl", clock.GetUtcNow(), number);
        }
        else if (c.FiledBy == PartyRole.Business)
        {
            var requested = c.RequestConsent(actor, clock); // D9: 5 weeks
            if (requested.IsFailure) return requested.Error!;
            var consumer = await db.Users.AsNoTracking().Where(u => u.Id == c.Consumer.UserId).Select(u => new { u.Email, u.PreferredLanguage }).FirstOrDefaultAsync(ct);
            if (consumer?.Email is { } email)
            {
                var language = consumer.PreferredLanguage switch { "en" => Language.En, "de" => Language.De, _ => Language.Nl };
                var due = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Consent)!.DueAt);
                var (subject, body) = IntakeMailTexts.ConsentRequest(language, number, c.Consumer.Name, c.Webshop.Name, due, $"{Base}/intake/consent/{number}");
                notice = OutboxMessage.Create(email, c.Consumer.Name, subject, body, IntakeSubmission.Code(language), clock.GetUtcNow(), number);
            }
        }
        var saved = await store.SaveAsync(c, version, notice is null ? null : d => d.Add(notice), ct);
        return saved.IsSuccess ? c.State.ToString() : saved.Error!;
    }

    /// <summary>D9/D25g: the consumer consents or declines; only the consumer of this case (or staff on paper).</summary>
    public async Task<Result> AnswerConsentAsync(ClaimsPrincipal user, string number, bool consent, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        var result = await store.UpdateAsync<BindingRulingCase>(grant.Value.Number,
            c => consent ? c.GiveConsent(grant.Value.Actor, clock) : c.DeclineConsent(grant.Value.Actor, clock), cancellationToken: ct);
        return result;
    }

    public async Task<Result<BindingRulingCase>> ConsentCaseAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        return await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
    }

    private string Base => mail.Value.PublicBaseUrl.TrimEnd('/');
}
