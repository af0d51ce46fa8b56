using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// One realistic case per template, in whichever language a test asks for. The free text a case
/// supplies (facts, reasons) is written in the case's language too, as the features will supply it.
/// Shared with the benchmark (.perf/AdrDesk.Benchmarks links this file).
/// </summary>
public static class Samples
{
    public const string CaseNumber = "DD-2026-00042";
    public const string MediationCaseNumber = "MB-2026-00007";
    public const decimal ProductValue = 1234.56m;
    public const decimal ClaimTotal = 1459.95m;
    public static readonly DateOnly Today = new(2026, 11, 21);
    public static readonly DateOnly Deadline = new(2026, 12, 5);

    public static readonly DocumentParty Consumer = new("Anna de Vries", new PostalAddress("Keizersgracht 12", "1015 CS", "Amsterdam", "Nederland"))
    {
        Email = "anna.devries@example.nl",
        Representative = "Mr. P. Jansen",
    };

    public static readonly DocumentParty Webshop = new("Fietsonderdelen Online B.V.", new PostalAddress("Stationsweg 8", "3511 ED", "Utrecht", "Nederland"))
    {
        Email = "klantenservice@fietsonderdelen.example",
        RegistrationNumber = "12345678",
        Signatory = "J. Bakker, directeur",
    };

    public static readonly DocumentParty Client = new("Bouwbedrijf Smit & Zn. B.V.", new PostalAddress("Havenstraat 3", "9711 AB", "Groningen", "Nederland"))
    {
        Email = "info@smitbouw.example",
        RegistrationNumber = "87654321",
        Signatory = "M. Smit, bestuurder",
    };

    private static string Say(DocumentLanguage language, string nl, string en, string? de = null) => language switch
    {
        DocumentLanguage.Nl => nl,
        DocumentLanguage.De => de ?? en,
        _ => en,
    };

    public static BlankIntakeFormModel BlankIntakeForm(DocumentLanguage language) => new() { Language = language, Date = Today };

    public static FilingReceiptModel FilingReceipt(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Consumer, SignedBy = "L. Visser", SignerRole = SignerRole.Secretary,
        Consumer = Consumer, Webshop = Webshop,
        FiledAt = new DateTimeOffset(2026, 11, 3, 13, 45, 0, TimeSpan.Zero),
        OrderDate = new DateOnly(2026, 8, 14), OrderNumber = "FO-778812",
        Product = Say(language, "E-bike accu 625 Wh", "E-bike battery 625 Wh", "E-Bike-Akku 625 Wh"),
        ProductValue = ProductValue, ClaimTotal = ClaimTotal,
        FirstComplaintDate = new DateOnly(2026, 9, 2),
        Complaint = Say(language, "De accu laadt na drie weken niet meer op.", "The battery stopped charging after three weeks.", "Der Akku lädt nach drei Wochen nicht mehr."),
        Claim = Say(language, "Vervanging van de accu of terugbetaling.", "Replacement of the battery or a refund.", "Ersatz des Akkus oder Erstattung."),
        Attachments = ["factuur-FO-778812.pdf", "email-klacht.pdf", "foto-accu.jpg"],
    };

    public static RespondentNoticeModel RespondentNotice(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Webshop, SignedBy = "mr. K. de Boer", SignerRole = SignerRole.Assessor,
        Claimant = Consumer, FiledOn = new DateOnly(2026, 11, 3),
        ClaimSummary = Say(language,
            "De consument stelt dat de op 14 augustus 2026 gekochte e-bike accu na drie weken niet meer oplaadt en vraagt vervanging of terugbetaling.",
            "The consumer states that the e-bike battery bought on 14 August 2026 stopped charging after three weeks and asks for a replacement or a refund."),
        ClaimTotal = ClaimTotal, ResponseDeadline = Deadline, PortalUrl = "https://adrdesk.example/cases/DD-2026-00042",
    };

    public static RefusalLetterModel Refusal(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Consumer, SignedBy = "L. Visser", SignerRole = SignerRole.Secretary,
        Respondent = Webshop, ReceivedOn = new DateOnly(2026, 11, 3),
        Reasons =
        [
            new RefusalReason(RefusalGround.ComplaintTooLate, Say(language,
                "U meldde het gebrek op 2 oktober 2025; het geschil is ingediend op 3 november 2026, 397 dagen later.",
                "You first reported the defect on 2 October 2025; the dispute was filed on 3 November 2026, 397 days later.",
                "Sie haben den Mangel am 2. Oktober 2025 gemeldet; die Streitigkeit wurde am 3. November 2026 eingereicht, 397 Tage später.")),
            new RefusalReason(RefusalGround.AmountOutOfRange, Say(language,
                "Uw totale vordering van € 26.500,00 ligt boven de grens.",
                "Your total claim of €26,500.00 exceeds the limit.",
                "Ihre Gesamtforderung von 26.500,00 € übersteigt die Grenze.")),
        ],
    };

    public static InformationRequestModel InformationRequest(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Webshop, SignedBy = "mr. K. de Boer", SignerRole = SignerRole.Assessor,
        Questions =
        [
            Say(language, "Stuur een kopie van het onderzoeksrapport van de accu.", "Please send a copy of the test report on the battery."),
            Say(language, "Wanneer heeft u de accu van de consument ontvangen?", "When did you receive the battery from the consumer?"),
        ],
        RespondBy = Deadline, PortalUrl = "https://adrdesk.example/cases/DD-2026-00042",
    };

    public static DossierCompleteNoticeModel DossierComplete(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Consumer, SignedBy = "L. Visser", SignerRole = SignerRole.Secretary,
        CompleteOn = new DateOnly(2026, 11, 20), RulingDueBy = new DateOnly(2027, 2, 18),
    };

    public static ExtensionNoticeModel Extension(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Consumer, SignedBy = "mr. K. de Boer", SignerRole = SignerRole.Assessor,
        OriginalDueBy = new DateOnly(2027, 2, 18), NewDueBy = new DateOnly(2027, 5, 19),
        Reason = Say(language,
            "Voor de beoordeling is een technisch rapport van een onafhankelijke deskundige nodig.",
            "The assessment requires a technical report from an independent expert."),
    };

    public static BindingRulingModel BindingRuling(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Consumer = Consumer, Webshop = Webshop,
        Assessors = ["mr. K. de Boer"],
        FiledOn = new DateOnly(2026, 8, 3), DossierCompleteOn = new DateOnly(2026, 9, 20),
        Facts = Repeat(3, Say(language,
            "Op 14 augustus 2026 kocht de consument via de website van de webshop een accu voor haar elektrische fiets voor € 1.234,56. De accu werd op 16 augustus 2026 geleverd. Na ongeveer drie weken normaal gebruik laadde de accu niet meer op. De consument heeft dit op 2 september 2026 per e-mail aan de webshop gemeld en vervanging gevraagd.",
            "On 14 August 2026 the consumer bought a battery for her electric bicycle on the webshop's website for €1,234.56. The battery was delivered on 16 August 2026. After about three weeks of normal use it stopped charging. The consumer reported this to the webshop by email on 2 September 2026 and asked for a replacement.")),
        ConsumerPosition = Repeat(3, Say(language,
            "De consument stelt dat de accu niet de eigenschappen heeft die zij mocht verwachten. Een accu van deze prijsklasse hoort jaren mee te gaan. Zij heeft de accu volgens de handleiding gebruikt en opgeladen met de meegeleverde lader.",
            "The consumer argues that the battery does not have the properties she was entitled to expect. A battery in this price range should last for years. She used and charged it according to the manual, with the charger supplied.")),
        WebshopPosition = Repeat(3, Say(language,
            "De webshop stelt dat de accu door onjuist gebruik defect is geraakt, omdat de accu bij vorst buiten zou zijn opgeladen. De webshop heeft de accu laten onderzoeken door de fabrikant, die een diepe ontlading vaststelde.",
            "The webshop argues that the battery failed through improper use, because it was allegedly charged outdoors in frost. The webshop had the battery examined by the manufacturer, which found a deep discharge.")),
        Considerations = Repeat(3, Say(language,
            "De beoordelaar stelt voorop dat een consument mag verwachten dat een nieuwe accu bij normaal gebruik langer dan drie weken meegaat. Het gebrek is binnen zes maanden na levering aan het licht gekomen; vermoed wordt dat de accu bij aflevering niet aan de overeenkomst beantwoordde. De webshop heeft dit vermoeden niet weerlegd: het rapport van de fabrikant stelt een diepe ontlading vast, maar niet dat die door de consument is veroorzaakt.",
            "The assessor starts from the premise that a consumer may expect a new battery to last longer than three weeks in normal use. The defect appeared within six months of delivery; the battery is presumed not to have conformed to the contract on delivery. The webshop has not rebutted that presumption: the manufacturer's report finds a deep discharge, but not that the consumer caused it.")),
        Orders =
        [
            new RulingOrder(Say(language, "De webshop betaalt de consument de koopprijs van de accu terug.", "The webshop refunds the purchase price of the battery to the consumer."), new DateOnly(2026, 12, 5)) { Amount = ProductValue },
            new RulingOrder(Say(language, "De webshop vergoedt de verzendkosten voor het retourneren van de accu.", "The webshop reimburses the cost of returning the battery."), new DateOnly(2026, 12, 5)) { Amount = 24.95m },
            new RulingOrder(Say(language, "De consument stelt de accu ter beschikking aan de webshop.", "The consumer makes the battery available to the webshop."), new DateOnly(2026, 12, 19)),
        ],
        ComplianceInstructions = Say(language,
            "De webshop betaalt de bedragen op de bankrekening die de consument in het dossier heeft opgegeven, onder vermelding van het zaaknummer. De consument stuurt de accu na ontvangst van de betaling met het retourlabel van de webshop terug.",
            "The webshop pays the amounts into the bank account the consumer gave in the dossier, quoting the case number. After receiving payment, the consumer returns the battery using the webshop's return label."),
        CourtTermEndsOn = new DateOnly(2027, 1, 21),
        Place = "Den Haag",
    };

    public static FormalReminderModel FormalReminder(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = CaseNumber,
        Addressee = Webshop, SignedBy = "L. Visser", SignerRole = SignerRole.Secretary,
        Defaulting = DefaultingParty.Webshop, RulingDate = new DateOnly(2026, 10, 1),
        Order = new RulingOrder(Say(language, "De koopprijs van de accu terugbetalen aan de consument.", "Refund the purchase price of the battery to the consumer."), new DateOnly(2026, 10, 15)) { Amount = ProductValue },
        FinalDeadline = Deadline,
    };

    public static MediationInvitationModel MediationInvitation(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = MediationCaseNumber,
        Addressee = Client, SignedBy = "mr. E. Mulder", SignerRole = SignerRole.Mediator,
        OtherParty = Webshop, Mediator = "mr. E. Mulder",
        SessionDate = new DateOnly(2026, 12, 10), StartsAt = new TimeOnly(14, 0), EndsAt = new TimeOnly(16, 30),
        OfficeName = "Mulder Mediation", OfficeAddress = new PostalAddress("Lange Voorhout 44", "2514 EG", "Den Haag", "Nederland"),
    };

    public static SettlementAgreementModel SettlementAgreement(DocumentLanguage language) => new()
    {
        Language = language, Date = Today, CaseNumber = MediationCaseNumber,
        PartyA = Webshop, PartyB = Client,
        Mediator = "mr. E. Mulder", MediatorOffice = "Mulder Mediation, Den Haag",
        Dispute = Say(language,
            "de oplevering en betaling van de webshopsoftware volgens de overeenkomst van 1 maart 2026.",
            "the delivery of and payment for the webshop software under the agreement of 1 March 2026.",
            "die Lieferung und Bezahlung der Webshop-Software gemäß dem Vertrag vom 1. März 2026."),
        Agreements =
        [
            Say(language, "Fietsonderdelen Online B.V. levert de ontbrekende koppeling met het boekhoudpakket op.", "Fietsonderdelen Online B.V. delivers the missing link to the accounting package.", "Fietsonderdelen Online B.V. liefert die fehlende Anbindung an die Buchhaltungssoftware."),
            Say(language, "Bouwbedrijf Smit & Zn. B.V. betaalt het restant van de factuur, verminderd met een korting.", "Bouwbedrijf Smit & Zn. B.V. pays the remainder of the invoice, less a discount.", "Bouwbedrijf Smit & Zn. B.V. zahlt den Rest der Rechnung abzüglich eines Nachlasses."),
        ],
        Payments = [new SettlementPayment("Bouwbedrijf Smit & Zn. B.V.", "Fietsonderdelen Online B.V.", ProductValue, new DateOnly(2026, 12, 31))],
        Place = "Den Haag",
    };

    private static IReadOnlyList<string> Repeat(int count, string paragraph) => Enumerable.Repeat(paragraph, count).ToList();
}
