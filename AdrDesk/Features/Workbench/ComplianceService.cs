using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Register;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// Issue 7 item 6 (D18): after the ruling was sent, the desk records each party's report of compliance,
/// confirms compliance, sends the one formal reminder (aanmaning) when the term has passed, and declares
/// non-compliance after the reminder's term: a webshop is then removed from the register (same transaction
/// as the case; the public register shows it) and its certification mark is informed.
/// </summary>
public sealed class ComplianceService(
    IDbContextFactory<AdrDbContext> factory, WorkbenchCases cases, CaseLetters letters, IOptions<DocumentOptions> documents, IPrintQueue printQueue,
    TimeProvider clock)
{
    /// <summary>A party reports that it complied (or the other did): kept as a desk note in the dossier.</summary>
    public Task<Result> RecordReportAsync(ClaimsPrincipal user, string number, Guid partyId, string report, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.FindParty(partyId) is { } party
            ? w.Case.AddStaffNote(w.Actor, clock, $"D18: {party.Name}: {report}")
            : new Domain.Cases.UnknownParty(partyId), deskOnly: true, ct: ct);

    public Task<Result> ConfirmComplianceAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.ConfirmCompliance(w.Actor, clock), deskOnly: true, ct: ct);

    /// <summary>D18: the one formal reminder to the party that must comply, once its term has passed.</summary>
    public async Task<Result<IssuedDocument>> SendReminderAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, deskOnly: true, ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        var acted = c.SendReminder(w.Actor, clock);
        if (acted.IsFailure) return acted.Error!;
        var ruling = c.Ruling!;
        var defaulting = ruling.MustComply == PartyRole.Consumer ? c.Consumer : c.Webshop;
        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var model = new FormalReminderModel
        {
            Language = CaseLetters.DocLanguage(c), Date = letters.Today, CaseNumber = c.Number.ToString(),
            Addressee = CaseLetters.DocParty(defaulting, emails.GetValueOrDefault(defaulting.Id), addresses.GetValueOrDefault(defaulting.Id)),
            SignedBy = w.Actor.DisplayName, SignerRole = SignerRole.Secretary,
            Defaulting = ruling.MustComply == PartyRole.Consumer ? DefaultingParty.Consumer : DefaultingParty.Webshop,
            RulingDate = AmsterdamCalendar.DateOf(ruling.IssuedAt),
            Order = new RulingOrder(ruling.Decision, ruling.ComplyBy),
            FinalDeadline = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Reminder)!.DueAt),
        };
        var letter = await letters.IssueAsync<FormalReminder, FormalReminderModel>(c, model, [defaulting], w.Actor, "Mail.Letter.Subject", "Mail.Letter.Body", ct: ct);
        if (letter.IsFailure) return letter.Error!;
        var saved = await cases.SaveAsync(w, letter.Value.AddTo, ct);
        return saved.IsFailure ? saved.Error! : letter.Value.Document;
    }

    /// <summary>
    /// D18: non-compliance after the reminder. For a webshop the register entry is removed with the date in the
    /// case's own transaction (with its register history line), and a notice goes to the desk's address for the
    /// certification mark and to the webshop.
    /// </summary>
    public async Task<Result> DeclareNonComplianceAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, deskOnly: true, ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        Organisation? webshop = null;
        if (c.Webshop.OrganisationId is { } orgId)
        {
            await using var read = await factory.CreateDbContextAsync(ct);
            webshop = await read.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        }
        // The reminder's term closes with the declaration; the letter to the certification mark names its date.
        var reminderDue = c.OpenDeadline(DeadlineKind.Reminder)?.DueAt;
        var acted = c.DeclareNonCompliance(w.Actor, clock, webshop);
        if (acted.IsFailure) return acted;
        var removed = webshop is { Status: OrganisationStatus.RemovedFromRegister } && c.Ruling!.MustComply == PartyRole.Business;
        var now = clock.GetUtcNow();
        var emails = await letters.EmailsAsync(c, ct);
        var lang = c.ProcedureLanguage;
        (IssuedDocument Document, byte[]? Content)? markLetter = null;
        if (removed && webshop!.CertificationMark is { Length: > 0 } markName)
        {
            var issued = await letters.IssueDocumentAsync<CertificationMarkNotice, CertificationMarkNoticeModel>(new CertificationMarkNoticeModel
            {
                Language = DocumentLanguage.Nl, Date = letters.Today, CaseNumber = c.Number.ToString(),
                Addressee = new DocumentParty(markName, new PostalAddress("", "", "", "")),
                SignedBy = w.Actor.DisplayName, SignerRole = SignerRole.Secretary,
                CertificationMark = markName, WebshopName = webshop.LegalName, KvkNumber = webshop.KvkNumber.Value,
                RulingDate = AmsterdamCalendar.DateOf(c.Ruling!.IssuedAt),
                ReminderDeadline = AmsterdamCalendar.DateOf(reminderDue ?? now),
                RemovedOn = webshop.StatusSince,
            }, w.Actor, ct);
            if (issued.IsFailure) return issued.Error!;
            markLetter = issued.Value;
        }
        return await cases.SaveAsync(w, db =>
        {
            if (!removed) return;
            // The same change on the tracked entry, so it commits with the case (DetectChanges runs after this).
            var tracked = db.Organisations.First(o => o.Id == webshop!.Id);
            var before = $"{tracked.Status} {tracked.StatusSince:yyyy-MM-dd}";
            tracked.RemoveFromRegister(webshop!.StatusSince, webshop.StatusReason!);
            db.RegisterChanges.Add(RegisterChange.Record(w.Actor, now, tracked.Id, RegisterChangeKind.StatusChanged, before,
                $"{tracked.Status} {tracked.StatusSince:yyyy-MM-dd}: {tracked.StatusReason}"));
            var mark = tracked.CertificationMark ?? "—";
            var desk = documents.Value.Desk;
            var toDesk = OutboxMessage.Create(desk.Email, mark,
                WorkbenchText.Get("Mail.Removal.Subject", Language.Nl, tracked.LegalName),
                WorkbenchText.MailBody("Mail.Removal.Body", Language.Nl, desk.Name, mark, tracked.LegalName, tracked.KvkNumber.Value, c.Number.ToString(), DisplayFormat.LongDate(webshop.StatusSince, Language.Nl)),
                "nl", now, c.Number.ToString());
            if (markLetter is { Document.Stored: var stored } letter)
            {
                // The register keeps no address of a mark holder: the letter goes to the desk's mail and into the one
                // print queue (D21-style), where staff print and send it.
                if (letter.Content is { } pdf) toDesk.Attach(stored.FileName, stored.ContentType, pdf);
                printQueue.Add(db, new PrintLetter(c.Number.ToString(), mark, stored.Title, now) { DocumentId = stored.Id });
            }
            db.Add(toDesk);
            if (emails.GetValueOrDefault(c.Webshop.Id) is { Length: > 0 } address)
                db.Add(OutboxMessage.Create(address, c.Webshop.Name,
                    WorkbenchText.Get("Mail.Removal.Subject", lang, tracked.LegalName),
                    WorkbenchText.MailBody("Mail.Removal.Body", lang, desk.Name, c.Webshop.Name, tracked.LegalName, tracked.KvkNumber.Value, c.Number.ToString(), DisplayFormat.LongDate(webshop.StatusSince, lang)),
                    lang.ToString().ToLowerInvariant(), now, c.Number.ToString()));
        }, ct);
    }
}
