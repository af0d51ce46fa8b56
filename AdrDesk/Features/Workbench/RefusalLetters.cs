using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// D26: the letter that tells a refused case so, with the reasons (the case's recorded refusal reasons), in the filing
/// language (D8), addressed to the filer; after a declined or lapsed consent (D25g) the consumer gets it too.
/// </summary>
public sealed class RefusalLetters(CaseLetters letters, Microsoft.Extensions.Options.IOptions<Infrastructure.Desk.DeskOptions> desk) : IRefusalLetters
{
    public async Task<Result<RefusalLetterIssued>> IssueAsync(BindingRulingCase c, Actor author, CancellationToken ct = default)
    {
        var filer = c.FiledBy == PartyRole.Consumer ? c.Consumer : c.Webshop;
        var emails = await letters.EmailsAsync(c, ct);
        var addresses = await letters.AddressesAsync(c, ct);
        var language = c.FilingLanguage switch { Language.En => DocumentLanguage.En, Language.De => DocumentLanguage.De, _ => DocumentLanguage.Nl };
        var model = new RefusalLetterModel
        {
            Language = language, Date = letters.Today, CaseNumber = c.Number.ToString(),
            Addressee = CaseLetters.DocParty(filer, emails.GetValueOrDefault(filer.Id), addresses.GetValueOrDefault(filer.Id)),
            SignedBy = author.Role == Role.System ? desk.Value.Name : author.DisplayName, SignerRole = SignerRole.Secretary,
            Respondent = CaseLetters.DocParty(c.Respondent, null, addresses.GetValueOrDefault(c.Respondent.Id)),
            ReceivedOn = AmsterdamCalendar.DateOf(c.FiledAt ?? c.CreatedAt),
            Reasons = c.RefusalReasons.Select(r => new Documents.Models.RefusalReason(DeskService.GroundOf(r.RuleId), r.WrittenReason.Trim())).ToList(),
        };
        Party[] recipients = c.RefusalReasons.Any(r => r.RuleId == "D25g") && filer != c.Consumer ? [filer, c.Consumer] : [filer];
        var letter = await letters.IssueAsync<RefusalLetter, RefusalLetterModel>(c, model, recipients, author, "Mail.Refusal.Subject", "Mail.Refusal.Body", c.FilingLanguage, ct: ct);
        if (letter.IsFailure) return letter.Error!;
        return new RefusalLetterIssued(Documents.Store.DocumentLink.Of(letter.Value.Document.Stored), letter.Value.AddTo);
    }
}
