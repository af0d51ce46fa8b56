using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Workbench;

/// <summary>Where a panel member stands on the current revision (D10: all three approve before the issue).</summary>
public sealed record SeatApproval(Guid AssessorId, string Name, bool IsRapporteur, bool Approved);

public sealed record DraftView(
    WorkedCase Worked, RulingDraft? Draft, IReadOnlyList<RulingDraftVersion> Versions, IReadOnlyList<RulingReview> Reviews,
    IReadOnlyList<SeatApproval> Approvals, bool CanEdit, bool CanIssue, bool DocumentIsPdf = true)
{
    public RulingText Text => Draft?.Text ?? RulingText.Empty;
    public int Revision => Draft?.Revision ?? -1;
    public bool IsIssued => Draft?.IsIssued == true || Worked.Case.Ruling is not null;
}

/// <summary>
/// Issue 7 items 4 and 5: the ruling editor's server side. The rapporteur (or the single assessor) writes;
/// autosave keeps the text and a version history; the other two of a panel comment and approve one
/// revision; the issue needs every current seat's approval of the current revision (D10), then the
/// domain's IssueRuling (D16, D17, D23, D11) and SendRuling (D16, D19) run, the PDF is stored and
/// mailed to both parties in the same transaction as the case. An issued ruling is read-only.
/// </summary>
public sealed class RulingDraftService(
    IDbContextFactory<AdrDbContext> factory, WorkbenchCases cases, CaseLetters letters, DocumentRenderer renderer,
    IOptions<DocumentOptions> documents, TimeProvider clock)
{
    /// <summary>A new version in the history when the last one is older than this (autosave runs every few seconds).</summary>
    public static readonly TimeSpan VersionEvery = TimeSpan.FromMinutes(2);

    private static readonly BindingRulingState[] DraftingStates = [BindingRulingState.DossierComplete, BindingRulingState.RulingInPreparation];

    public async Task<Result<DraftView>> GetAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        return await ViewAsync(opened.Value, ct);
    }

    /// <summary>Autosave: keeps the text when it changed since <paramref name="expectedRevision"/>; returns the draft's revision.</summary>
    public async Task<Result<int>> SaveAsync(ClaimsPrincipal user, string number, RulingText text, int expectedRevision, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        if (MayNotEdit(w) is { } refused) return refused.Error!;
        if (text.IsTooLong) return new RulingPartTooLong(RulingText.MaxPartLength);
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<RulingDraft>().FirstOrDefaultAsync(d => d.CaseNumber == number, ct);
        var now = clock.GetUtcNow();
        if (draft is null)
        {
            if (expectedRevision >= 0) return new RulingDraftChangedElsewhere();
            draft = RulingDraft.Start(number, text, w.Actor, now);
            db.Add(draft);
            db.Add(RulingDraftVersion.Of(draft));
        }
        else
        {
            if (draft.IsIssued) return new RulingAlreadyIssued();
            if (draft.Revision != expectedRevision) return new RulingDraftChangedElsewhere();
            if (!draft.Change(text, w.Actor, now)) return draft.Revision;
            var last = await db.Set<RulingDraftVersion>().Where(v => v.DraftId == draft.Id).MaxAsync(v => (DateTimeOffset?)v.SavedAt, ct);
            if (last is null || now - last >= VersionEvery) db.Add(RulingDraftVersion.Of(draft));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new RulingDraftChangedElsewhere();
        }
        return draft.Revision;
    }

    /// <summary>A panel member's comment on the current revision.</summary>
    public Task<Result> CommentAsync(ClaimsPrincipal user, string number, string comment, CancellationToken ct = default) =>
        ReviewAsync(user, number, ReviewKind.Comment, comment, null, ct);

    /// <summary>A panel member approves <paramref name="revision"/>, which must still be the current one.</summary>
    public Task<Result> ApproveAsync(ClaimsPrincipal user, string number, int revision, CancellationToken ct = default) =>
        ReviewAsync(user, number, ReviewKind.Approval, "", revision, ct);

    /// <summary>The ruling as it will print (BindingRuling template), for the live preview.</summary>
    public async Task<Result<string>> PreviewAsync(ClaimsPrincipal user, string number, RulingText text, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var c = opened.Value.Case;
        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var court = BindingRulingTerms.Court.DueAfter(clock.GetUtcNow());
        var html = await renderer.RenderHtmlAsync<BindingRuling, BindingRulingModel>(Model(c, text, emails, addresses, AmsterdamCalendar.DateOf(court)));
        return html.IsFailure ? html.Error! : html.Value.Html;
    }

    /// <summary>Issue 7 item 5: final and binding. Rapporteur only, every seat approved, then issue, store, send to both parties.</summary>
    public async Task<Result<IssuedDocument>> IssueAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        if (w.Seat is null) return w.IsStaff ? new OnlyRapporteurIssues() : new CaseNotFound(number);
        if (!w.IsRapporteur) return new OnlyRapporteurIssues();
        var view = await ViewAsync(w, ct);
        if (view.Value.IsIssued) return new RulingAlreadyIssued();
        if (view.Value.Draft is not { } draft) return new RulingDraftIncomplete("—");
        if (Missing(draft.Text) is { } missing) return new RulingDraftIncomplete(missing);
        if (view.Value.Approvals.Count > 1 && view.Value.Approvals.Where(a => !a.Approved).Select(a => a.Name).ToList() is { Count: > 0 } pending)
            return new PanelApprovalMissing(string.Join(", ", pending));

        var t = draft.Text;
        var content = new RulingContent(t.Decision, t.Considerations, t.ComplianceManner, t.ComplyBy!.Value, t.MustComply);
        var issued = c.IssueRuling(w.Actor, clock, content);
        if (issued.IsFailure) return issued.Error!;
        var sent = c.SendRuling(Actor.System, clock); // D16: sent at once, on a durable medium
        if (sent.IsFailure) return sent.Error!;

        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var courtEnds = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Court)!.DueAt);
        var lang = c.ProcedureLanguage;
        var letter = await letters.IssueAsync<BindingRuling, BindingRulingModel>(c, Model(c, t, emails, addresses, courtEnds), [c.Consumer, c.Webshop], w.Actor,
            "Mail.Ruling.Subject", "Mail.Ruling.Body",
            bodyArgs: [t.Decision, t.Considerations, DisplayFormat.LongDate(t.ComplyBy.Value, CaseLetters.DocLanguage(c).ToLanguage()), DisplayFormat.LongDate(courtEnds, CaseLetters.DocLanguage(c).ToLanguage())],
            ct: ct);
        if (letter.IsFailure) return letter.Error!;
        var saved = await cases.SaveAsync(w, db =>
        {
            letter.Value.AddTo(db);
            db.Attach(draft);
            draft.MarkIssued(letter.Value.Document.Stored.Id, clock.GetUtcNow());
            db.Add(RulingDraftVersion.Of(draft));
        }, ct);
        return saved.IsFailure ? saved.Error! : letter.Value.Document;
    }

    /// <summary>D16/D17: what the draft still lacks before it can be issued; null when complete.</summary>
    public string? Missing(RulingText t)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(t.Facts)) missing.Add("facts");
        if (string.IsNullOrWhiteSpace(t.Considerations)) missing.Add("considerations");
        if (string.IsNullOrWhiteSpace(t.Decision)) missing.Add("decision");
        if (string.IsNullOrWhiteSpace(t.ComplianceManner)) missing.Add("compliance manner");
        if (t.ComplyBy is not { } by || by <= AmsterdamCalendar.DateOf(clock.GetUtcNow())) missing.Add("comply-by date");
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }

    private async Task<Result> ReviewAsync(ClaimsPrincipal user, string number, ReviewKind kind, string text, int? revision, CancellationToken ct)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        if (w.Seat is null) return w.IsStaff ? new OnlyRapporteurDrafts() : new CaseNotFound(number);
        if (kind == ReviewKind.Comment && string.IsNullOrWhiteSpace(text)) return new TextRequired("comment");
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<RulingDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.CaseNumber == number, ct);
        if (draft is null) return new RulingDraftIncomplete("—");
        if (draft.IsIssued) return new RulingAlreadyIssued();
        if (revision is { } r && r != draft.Revision) return new RulingDraftChangedElsewhere();
        db.Add(RulingReview.Record(draft, kind, w.Actor, text, clock.GetUtcNow()));
        if (kind == ReviewKind.Approval && !await db.Set<RulingDraftVersion>().AnyAsync(v => v.DraftId == draft.Id && v.Revision == draft.Revision, ct))
            db.Add(RulingDraftVersion.Of(draft)); // the approved text stays in the history
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    private static Result? MayNotEdit(WorkedCase w)
    {
        if (w.Case.Ruling is not null) return new RulingAlreadyIssued();
        if (w.Seat is null) return new OnlyRapporteurDrafts();
        if (!w.IsRapporteur) return new OnlyRapporteurDrafts();
        if (!DraftingStates.Contains(w.Case.State)) return new NotReadyForDrafting(w.Case.State.ToString());
        return null;
    }

    private async Task<Result<DraftView>> ViewAsync(WorkedCase w, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var number = w.Case.Number.ToString();
        var draft = await db.Set<RulingDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.CaseNumber == number, ct);
        IReadOnlyList<RulingDraftVersion> versions = [];
        IReadOnlyList<RulingReview> reviews = [];
        if (draft is not null)
        {
            versions = await db.Set<RulingDraftVersion>().AsNoTracking().Where(v => v.DraftId == draft.Id).OrderByDescending(v => v.Revision).ThenByDescending(v => v.SavedAt).ToListAsync(ct);
            reviews = (await db.Set<RulingReview>().AsNoTracking().Where(r => r.DraftId == draft.Id).ToListAsync(ct)).OrderBy(r => r.At).ToList();
        }
        var approvals = w.Case.CurrentPanel.Select(s => new SeatApproval(s.AssessorId, s.AssessorName, s.IsRapporteur,
            draft is not null && reviews.Any(r => r.Kind == ReviewKind.Approval && r.AssessorId == s.AssessorId && r.Revision == draft.Revision))).ToList();
        var canEdit = MayNotEdit(w) is null && draft?.IsIssued != true;
        var canIssue = canEdit && w.Case.State == BindingRulingState.RulingInPreparation && draft is not null
            && (approvals.Count <= 1 || approvals.All(a => a.Approved));
        // issue 19 item 6: the issued ruling's link says PDF only when it is one (read here, with the draft)
        var documentIsPdf = draft?.DocumentId is not { } doc || (await db.HtmlFallbacksAmongAsync([doc], ct)).Count == 0;
        return new DraftView(w, draft, versions, reviews, approvals, canEdit, canIssue, documentIsPdf);
    }

    private BindingRulingModel Model(BindingRulingCase c, RulingText t, IReadOnlyDictionary<Guid, string?> emails, IReadOnlyDictionary<Guid, PostalAddress> addresses, DateOnly courtEnds)
    {
        var today = AmsterdamCalendar.DateOf(clock.GetUtcNow());
        var complete = c.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Ruling)?.StartedAt;
        return new BindingRulingModel
        {
            Language = CaseLetters.DocLanguage(c), Date = today, CaseNumber = c.Number.ToString(),
            Consumer = CaseLetters.DocParty(c.Consumer, emails.GetValueOrDefault(c.Consumer.Id), addresses.GetValueOrDefault(c.Consumer.Id)),
            Webshop = CaseLetters.DocParty(c.Webshop, emails.GetValueOrDefault(c.Webshop.Id), addresses.GetValueOrDefault(c.Webshop.Id)),
            Assessors = c.CurrentPanel.OrderByDescending(s => s.IsRapporteur).Select(s => s.AssessorName).ToList(),
            FiledOn = AmsterdamCalendar.DateOf(c.FiledAt ?? c.CreatedAt),
            DossierCompleteOn = complete is { } at ? AmsterdamCalendar.DateOf(at) : today,
            Facts = RulingText.Paragraphs(t.Facts),
            ConsumerPosition = RulingText.Paragraphs(t.ConsumerPosition),
            WebshopPosition = RulingText.Paragraphs(t.WebshopPosition),
            Considerations = RulingText.Paragraphs(t.Considerations),
            Orders = string.IsNullOrWhiteSpace(t.Decision) ? [] : [new RulingOrder(t.Decision.Trim(), t.ComplyBy ?? today) { Amount = t.Amount }],
            ComplianceInstructions = t.ComplianceManner,
            CourtTermEndsOn = courtEnds,
            Place = documents.Value.Desk.City,
        };
    }
}
