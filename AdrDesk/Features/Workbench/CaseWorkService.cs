using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using InformationRequestLetter = AdrDesk.Features.Documents.Templates.InformationRequest;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Workbench;

/// <summary>The dossier as the workbench shows it: the case and the documents issued in it.</summary>
public sealed record DossierView(WorkedCase Worked, IReadOnlyList<StoredDocument> Documents, IReadOnlyDictionary<Guid, string?> Emails);

/// <summary>
/// Issue 7 item 3: the assessor's work on a case before the ruling: information requests (D13), the
/// settlement attempt (D14), dossier complete with the notice to both parties (D15, Directive art. 8(e)),
/// the one extension (D15), "ruling in preparation" (D20), conflicts of interest (Directive art. 6).
/// Access: desk staff and the assessors on the case's current panel (WorkbenchCases).
/// </summary>
public sealed class CaseWorkService(WorkbenchCases cases, CaseLetters letters, IDocumentStore documents, IOptions<MailOptions> mail, TimeProvider clock)
{
    public async Task<Result<DossierView>> DossierAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var c = opened.Value.Case;
        return new DossierView(opened.Value, await documents.ListAsync(c.Number.ToString(), ct), await letters.EmailsAsync(c, ct));
    }

    /// <summary>D13: a question to one party with a term of 1–90 days; the party receives the request as a letter.</summary>
    public async Task<Result> RequestInformationAsync(ClaimsPrincipal user, string number, Guid partyId, string question, int termDays, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        var acted = c.RequestInformation(w.Actor, clock, partyId, question, termDays);
        if (acted.IsFailure) return acted;
        var request = c.InformationRequests[^1];
        var party = c.FindParty(partyId)!;
        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var model = new InformationRequestModel
        {
            Language = CaseLetters.DocLanguage(c), Date = letters.Today, CaseNumber = c.Number.ToString(),
            Addressee = CaseLetters.DocParty(party, emails.GetValueOrDefault(party.Id), addresses.GetValueOrDefault(party.Id)),
            SignedBy = w.Actor.DisplayName, SignerRole = SignerRole.Assessor,
            Questions = [request.Question], RespondBy = AmsterdamCalendar.DateOf(request.DueAt),
            PortalUrl = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/cases/{c.Number}",
        };
        var letter = await letters.IssueAsync<InformationRequestLetter, InformationRequestModel>(c, model, [party], w.Actor, "Mail.Letter.Subject", "Mail.Letter.Body", ct: ct);
        if (letter.IsFailure) return letter.Error!;
        return await cases.SaveAsync(w, letter.Value.AddTo, ct);
    }

    /// <summary>D14: the settlement attempt failed; its result is recorded and information gathering starts.</summary>
    public Task<Result> FailSettlementAsync(ClaimsPrincipal user, string number, string result, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.FailSettlement(w.Actor, clock, result), ct: ct);

    /// <summary>D14/D20: the parties settled; the case ends.</summary>
    public Task<Result> SettleAsync(ClaimsPrincipal user, string number, string settlement, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.Settle(w.Actor, clock, settlement), ct: ct);

    /// <summary>Directive art. 6: an assessor on the panel discloses a possible conflict of interest.</summary>
    public Task<Result> DeclareConflictAsync(ClaimsPrincipal user, string number, string description, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.DeclareConflictOfInterest(w.Actor, clock, description), ct: ct);

    /// <summary>D15: all documents are in; both parties receive the notice and the 90 days start.</summary>
    public async Task<Result> DeclareDossierCompleteAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        var acted = c.DeclareDossierComplete(w.Actor, clock);
        if (acted.IsFailure) return acted;
        var due = AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Ruling)!.DueAt);
        var issued = await LettersToBothAsync(w, party => new DossierCompleteNoticeModel
        {
            Language = CaseLetters.DocLanguage(c), Date = letters.Today, CaseNumber = c.Number.ToString(),
            Addressee = party, SignedBy = w.Actor.DisplayName, SignerRole = SignerRole.Assessor,
            CompleteOn = letters.Today, RulingDueBy = due,
        }, ct);
        if (issued.IsFailure) return issued.Error!;
        return await cases.SaveAsync(w, db => { foreach (var l in issued.Value) l.AddTo(db); }, ct);
    }

    /// <summary>D15: once, by at most 90 days, with the reason and the date by which the ruling is expected; both parties are told.</summary>
    public async Task<Result> ExtendRulingTermAsync(ClaimsPrincipal user, string number, DateOnly expectedBy, string reason, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, ct: ct);
        if (opened.IsFailure) return opened.Error!;
        var w = opened.Value;
        var c = w.Case;
        var original = c.OpenDeadline(DeadlineKind.Ruling) is { } term ? AmsterdamCalendar.DateOf(term.DueAt) : letters.Today;
        var acted = c.ExtendRulingTerm(w.Actor, clock, expectedBy, reason);
        if (acted.IsFailure) return acted;
        var issued = await LettersToBothAsync(w, party => new ExtensionNoticeModel
        {
            Language = CaseLetters.DocLanguage(c), Date = letters.Today, CaseNumber = c.Number.ToString(),
            Addressee = party, SignedBy = w.Actor.DisplayName, SignerRole = SignerRole.Assessor,
            OriginalDueBy = original, NewDueBy = expectedBy, Reason = reason.Trim(),
        }, ct);
        if (issued.IsFailure) return issued.Error!;
        return await cases.SaveAsync(w, db => { foreach (var l in issued.Value) l.AddTo(db); }, ct);
    }

    /// <summary>D20: the ruling is being prepared; from now the consumer can no longer withdraw.</summary>
    public Task<Result> StartRulingPreparationAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.StartRulingPreparation(w.Actor, clock), ct: ct);

    private async Task<Result<IReadOnlyList<IssuedLetter>>> LettersToBothAsync<TModel>(WorkedCase w, Func<DocumentParty, TModel> model, CancellationToken ct)
        where TModel : LetterModel
    {
        var c = w.Case;
        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var issued = new List<IssuedLetter>();
        foreach (var party in new[] { c.Consumer, c.Webshop })
        {
            var m = model(CaseLetters.DocParty(party, emails.GetValueOrDefault(party.Id), addresses.GetValueOrDefault(party.Id)));
            var letter = m switch
            {
                DossierCompleteNoticeModel d => await letters.IssueAsync<DossierCompleteNotice, DossierCompleteNoticeModel>(c, d, [party], w.Actor, "Mail.Letter.Subject", "Mail.Letter.Body", ct: ct),
                ExtensionNoticeModel e => await letters.IssueAsync<ExtensionNotice, ExtensionNoticeModel>(c, e, [party], w.Actor, "Mail.Letter.Subject", "Mail.Letter.Body", ct: ct),
                _ => throw new NotSupportedException(typeof(TModel).Name),
            };
            if (letter.IsFailure) return letter.Error!;
            issued.Add(letter.Value);
        }
        return issued;
    }
}
