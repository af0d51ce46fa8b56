using System.Text;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Very long inputs for every template (issue 20 item 4): each free-text field gets thousands of characters of
/// distinctive made-up words, and the generator remembers which field each word went into, so a test can tell which
/// field lost text. The words use no f, i or l (no ligatures for pdftotext to read back differently) and no digits.
/// </summary>
public sealed class LongTexts
{
    private const string Letters = "abcdeghjkmnopqrstuvwxyz";
    private readonly List<(string Field, string Word)> _words = [];
    private int _field;

    public IReadOnlyList<(string Field, string Word)> Words => _words;

    /// <summary>About <paramref name="chars"/> characters of words no dictionary has, each unique to this field.</summary>
    public string Text(string field, int chars = 3500)
    {
        var prefix = "q" + Encode(_field++, 2);
        var text = new StringBuilder();
        for (var i = 0; text.Length < chars; i++)
        {
            var word = prefix + Encode(i, 3);
            _words.Add((field, word));
            text.Append(word).Append(i % 17 == 16 ? ". " : " ");
        }
        return text.ToString().TrimEnd();
    }

    public IReadOnlyList<string> Paragraphs(string field, int count = 3, int chars = 2500) =>
        Enumerable.Range(1, count).Select(i => Text($"{field} {i}", chars)).ToList();

    /// <summary>
    /// A party whose name and address are long, as a typed-in business name with its trading names can be. The
    /// representative and the signatory only where the template names them (the addressee, the ruling's and the
    /// agreement's party blocks); elsewhere they are left out, so every word given must be printed.
    /// </summary>
    public DocumentParty Party(string role, DocumentParty sample, bool representative = false, bool signatory = false) => sample with
    {
        Name = Text($"{role} name", 300),
        Address = new PostalAddress(Text($"{role} street", 200), "1015 CS", Text($"{role} city", 120), "Nederland"),
        Representative = representative ? Text($"{role} representative", 200) : null,
        Signatory = signatory ? Text($"{role} signatory", 200) : null,
    };

    private static string Encode(int n, int width)
    {
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Letters[n % Letters.Length];
            n /= Letters.Length;
        }
        return new string(chars);
    }

    /// <summary>Every template, rendered with long inputs; the kinds in <see cref="TemplateCatalog"/> plus the certification-mark notice.</summary>
    public static IReadOnlyList<DocumentKind> Kinds => Enum.GetValues<DocumentKind>();

    public static IReadOnlyList<DocumentLanguage> LanguagesOf(DocumentKind kind) => kind switch
    {
        DocumentKind.CertificationMarkNotice => CertificationMarkNotice.Languages,
        _ => TemplateCatalog.For(kind).Languages,
    };

    public Task<Result<RenderedDocument>> RenderAsync(DocumentRenderer renderer, DocumentKind kind, DocumentLanguage l) => kind switch
    {
        DocumentKind.BlankIntakeForm => renderer.RenderHtmlAsync<BlankIntakeForm, BlankIntakeFormModel>(Samples.BlankIntakeForm(l)),
        DocumentKind.FilingReceipt => renderer.RenderHtmlAsync<FilingReceipt, FilingReceiptModel>(Letter(Samples.FilingReceipt(l)) with
        {
            Consumer = Party("consumer", Samples.Consumer), Webshop = Party("webshop", Samples.Webshop),
            Product = Text("product", 600), OrderNumber = Text("order number", 100),
            Complaint = Text("complaint"), Claim = Text("claim"),
            Attachments = [Text("attachment", 300)],
            Answers = [new ReceiptAnswer(Text("answer question", 300), Text("answer"))],
        }),
        DocumentKind.RespondentNotice => renderer.RenderHtmlAsync<RespondentNotice, RespondentNoticeModel>(Letter(Samples.RespondentNotice(l)) with
        {
            Claimant = Party("claimant", Samples.Consumer), ClaimSummary = Text("claim summary"),
        }),
        DocumentKind.RefusalLetter => renderer.RenderHtmlAsync<RefusalLetter, RefusalLetterModel>(Letter(Samples.Refusal(l)) with
        {
            Respondent = Party("respondent", Samples.Webshop),
            Reasons = [new RefusalReason(RefusalGround.ComplaintTooLate, Text("reason 1")), new RefusalReason(RefusalGround.AlreadyHandled, Text("reason 2"))],
        }),
        DocumentKind.InformationRequest => renderer.RenderHtmlAsync<InformationRequest, InformationRequestModel>(Letter(Samples.InformationRequest(l)) with
        {
            Questions = Paragraphs("question"),
        }),
        DocumentKind.DossierCompleteNotice => renderer.RenderHtmlAsync<DossierCompleteNotice, DossierCompleteNoticeModel>(Letter(Samples.DossierComplete(l))),
        DocumentKind.ExtensionNotice => renderer.RenderHtmlAsync<ExtensionNotice, ExtensionNoticeModel>(Letter(Samples.Extension(l)) with { Reason = Text("reason") }),
        DocumentKind.BindingRuling => renderer.RenderHtmlAsync<BindingRuling, BindingRulingModel>(Samples.BindingRuling(l) with
        {
            Consumer = Party("consumer", Samples.Consumer, representative: true), Webshop = Party("webshop", Samples.Webshop, representative: true),
            Assessors = [Text("assessor", 200)],
            Facts = Paragraphs("facts"), ConsumerPosition = Paragraphs("consumer position"), WebshopPosition = Paragraphs("webshop position"),
            Considerations = Paragraphs("considerations", 4),
            Orders = [new RulingOrder(Text("order"), new DateOnly(2026, 12, 5)) { Amount = 1234.56m }],
            ComplianceInstructions = Text("compliance"), Place = Text("place", 100),
        }),
        DocumentKind.FormalReminder => renderer.RenderHtmlAsync<FormalReminder, FormalReminderModel>(Letter(Samples.FormalReminder(l)) with
        {
            Order = new RulingOrder(Text("order"), new DateOnly(2026, 10, 15)) { Amount = 1234.56m },
        }),
        DocumentKind.MediationInvitation => renderer.RenderHtmlAsync<MediationInvitation, MediationInvitationModel>(Letter(Samples.MediationInvitation(l)) with
        {
            OtherParty = Party("other party", Samples.Webshop), Mediator = Text("mediator", 200), OfficeName = Text("office", 300),
            OfficeAddress = new PostalAddress(Text("office street", 200), "2514 EG", Text("office city", 100), "Nederland"),
        }),
        DocumentKind.SettlementAgreement => renderer.RenderHtmlAsync<SettlementAgreement, SettlementAgreementModel>(Samples.SettlementAgreement(l) with
        {
            PartyA = Party("party a", Samples.Webshop, representative: true, signatory: true), PartyB = Party("party b", Samples.Client, signatory: true),
            Mediator = Text("mediator", 200), MediatorOffice = Text("mediator office", 300),
            Dispute = Text("dispute", 5000), Agreements = Paragraphs("agreement", 4),
            Payments = [new SettlementPayment(Text("payer", 300), Text("payee", 300), 1234.56m, new DateOnly(2026, 12, 31))],
            Place = Text("place", 100),
        }),
        DocumentKind.CertificationMarkNotice => renderer.RenderHtmlAsync<CertificationMarkNotice, CertificationMarkNoticeModel>(new CertificationMarkNoticeModel
        {
            Language = l, Date = Samples.Today, CaseNumber = Samples.CaseNumber,
            Addressee = Party("mark holder", Samples.Client, representative: true), SignedBy = Text("signer", 200), SignerRole = SignerRole.Secretary,
            CertificationMark = Text("mark", 300), WebshopName = Text("webshop name", 300), KvkNumber = "12345678",
            RulingDate = new DateOnly(2026, 10, 1), ReminderDeadline = new DateOnly(2026, 11, 1), RemovedOn = new DateOnly(2026, 11, 21),
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a new template: add its long inputs here"),
    };

    /// <summary>The letter's own long parts: the addressee and who signs.</summary>
    private T Letter<T>(T letter) where T : LetterModel => letter with
    {
        Addressee = Party("addressee", letter.Addressee, representative: true), SignedBy = Text("signer", 200),
    };
}
