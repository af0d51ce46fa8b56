using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D6: the paper questionnaire, per filing language (D8).</summary>
public sealed class BlankIntakeFormTexts
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Optional { get; init; }
    public required string ConsumerHeading { get; init; }
    public required IReadOnlyList<string> ConsumerFields { get; init; }
    public required string RepresentativeHeading { get; init; }
    public required IReadOnlyList<string> RepresentativeFields { get; init; }
    public required string WebshopHeading { get; init; }
    public required IReadOnlyList<string> WebshopFields { get; init; }
    public required string OrderHeading { get; init; }
    public required IReadOnlyList<string> OrderFields { get; init; }
    public required string ComplaintHeading { get; init; }
    public required string FirstComplaintDate { get; init; }
    public required IReadOnlyList<string> ComplaintBoxes { get; init; }
    public required string EligibilityHeading { get; init; }
    /// <summary>D1–D4, D25a, c, d, e, f: what decides whether the desk can take the case.</summary>
    public required IReadOnlyList<string> EligibilityQuestions { get; init; }
    public required string ProcedureHeading { get; init; }
    public required string ProcedureLanguage { get; init; }
    /// <summary>D8: the procedure runs in Dutch, or English at the consumer's request.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    /// <summary>D21: the procedure in writing, by post.</summary>
    public required string ByPost { get; init; }
    public required string AttachHeading { get; init; }
    public required IReadOnlyList<string> Attachments { get; init; }
    public required string SignHeading { get; init; }
    /// <summary>D17 (binding accepted on filing), D24 (data shared with the other party and the assessor).</summary>
    public required IReadOnlyList<string> Declarations { get; init; }
    public required IReadOnlyList<string> SignFields { get; init; }
    public required string SendHeading { get; init; }
    public required string SendTo { get; init; }
    /// <summary>"{0}" is the desk's website. D5: filing is free; D6: the online questionnaire is the same form.</summary>
    public required string SendNote { get; init; }

    public static BlankIntakeFormTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly BlankIntakeFormTexts Nl = new()
    {
        Title = "Aanmeldformulier geschil met een webshop",
        Intro = "Met dit formulier legt u een geschil over een online aankoop voor. Het is hetzelfde formulier als de online vragenlijst. Vul het in blokletters in en kruis aan wat van toepassing is.",
        Yes = "Ja", No = "Nee", Optional = "(indien van toepassing)",
        ConsumerHeading = "1. Uw gegevens",
        ConsumerFields = ["Naam", "Straat en huisnummer", "Postcode en woonplaats", "Land", "E-mailadres", "Telefoonnummer"],
        RepresentativeHeading = "2. Gemachtigde of adviseur",
        RepresentativeFields = ["Naam", "Adres of e-mailadres"],
        WebshopHeading = "3. De webshop",
        WebshopFields = ["Naam webshop", "Website", "Adres (indien bekend)"],
        OrderHeading = "4. De bestelling",
        OrderFields = ["Besteldatum", "Ordernummer", "Product(en)", "Waarde product(en) incl. btw, excl. verzendkosten (€)", "Totale vordering incl. btw en alle kosten (€)"],
        ComplaintHeading = "5. Uw klacht",
        FirstComplaintDate = "Datum waarop u voor het eerst bij de webshop klaagde",
        ComplaintBoxes = ["Wat is er misgegaan?", "Wat wilt u bereiken?"],
        EligibilityHeading = "6. Kunnen wij uw geschil behandelen?",
        EligibilityQuestions =
        [
            "Heeft u het product online gekocht bij een webshop die in Nederland is gevestigd?",
            "Heeft u het product als consument gekocht, dus niet voor uw bedrijf of beroep?",
            "Woont u in Nederland of in een ander land van de Europese Unie?",
            "Heeft u eerst bij de webshop geklaagd, zonder antwoord of met een antwoord waarmee u het niet eens bent?",
            "Is uw eerste klacht bij de webshop minder dan 365 dagen geleden?",
            "Is de waarde van het product (incl. btw, excl. verzendkosten) € 25,00 of meer?",
            "Is uw totale vordering (incl. btw en alle kosten) lager dan € 25.000,00?",
            "Is het geschil nog niet door een andere geschilleninstantie of een rechter behandeld?",
        ],
        ProcedureHeading = "7. Verloop van de procedure",
        ProcedureLanguage = "Taal van de procedure",
        Languages = ["Nederlands", "Engels"],
        ByPost = "Ik wil de procedure schriftelijk, per post voeren",
        AttachHeading = "8. Stuur kopieën mee van",
        Attachments =
        [
            "de orderbevestiging of factuur",
            "uw klacht aan de webshop en de reactie van de webshop",
            "foto's of andere bewijsstukken van het probleem",
            "de machtiging van uw gemachtigde (indien van toepassing)",
        ],
        SignHeading = "9. Ondertekening",
        Declarations =
        [
            "Ik verklaar dit formulier naar waarheid te hebben ingevuld.",
            "Ik aanvaard dat de uitspraak voor beide partijen bindend is.",
            "Ik stem ermee in dat mijn gegevens en stukken aan de webshop en de beoordelaar worden verstrekt; ze worden uiterlijk twee jaar na afloop van de procedure verwijderd.",
        ],
        SignFields = ["Plaats", "Datum", "Handtekening"],
        SendHeading = "Waar stuurt u het formulier naartoe?",
        SendTo = "Stuur het ingevulde en ondertekende formulier met de bijlagen naar:",
        SendNote = "Het indienen van een geschil is gratis. U kunt het geschil ook online indienen via {0}.",
    };

    private static readonly BlankIntakeFormTexts En = new()
    {
        Title = "Dispute form for a webshop dispute",
        Intro = "Use this form to submit a dispute about an online purchase. It is the same form as the online questionnaire. Please write in block capitals and tick what applies.",
        Yes = "Yes", No = "No", Optional = "(if applicable)",
        ConsumerHeading = "1. Your details",
        ConsumerFields = ["Name", "Street and number", "Postcode and town", "Country", "Email address", "Telephone number"],
        RepresentativeHeading = "2. Representative or adviser",
        RepresentativeFields = ["Name", "Address or email address"],
        WebshopHeading = "3. The webshop",
        WebshopFields = ["Name of the webshop", "Website", "Address (if known)"],
        OrderHeading = "4. The order",
        OrderFields = ["Order date", "Order number", "Product(s)", "Value of the product(s) incl. VAT, excl. shipping (€)", "Total claim incl. VAT and all costs (€)"],
        ComplaintHeading = "5. Your complaint",
        FirstComplaintDate = "Date you first complained to the webshop",
        ComplaintBoxes = ["What went wrong?", "What do you want to achieve?"],
        EligibilityHeading = "6. Can we handle your dispute?",
        EligibilityQuestions =
        [
            "Did you buy the product online from a webshop established in the Netherlands?",
            "Did you buy the product as a consumer, not for your business or profession?",
            "Do you live in the Netherlands or another member state of the European Union?",
            "Did you first complain to the webshop, and receive no reply or a reply you disagree with?",
            "Was your first complaint to the webshop less than 365 days ago?",
            "Is the value of the product (incl. VAT, excl. shipping) €25.00 or more?",
            "Is your total claim (incl. VAT and all costs) less than €25,000.00?",
            "Has the dispute not yet been handled by another dispute resolution body or a court?",
        ],
        ProcedureHeading = "7. The procedure",
        ProcedureLanguage = "Language of the procedure",
        Languages = ["Dutch", "English"],
        ByPost = "I want the procedure to be conducted in writing, by post",
        AttachHeading = "8. Please enclose copies of",
        Attachments =
        [
            "the order confirmation or invoice",
            "your complaint to the webshop and the webshop's reply",
            "photos or other evidence of the problem",
            "your representative's authorisation (if applicable)",
        ],
        SignHeading = "9. Signature",
        Declarations =
        [
            "I declare that I have completed this form truthfully.",
            "I accept that the ruling is binding on both parties.",
            "I consent to my details and documents being shared with the webshop and the assessor; they are deleted at most two years after the procedure ends.",
        ],
        SignFields = ["Place", "Date", "Signature"],
        SendHeading = "Where to send this form",
        SendTo = "Send the completed and signed form with the enclosures to:",
        SendNote = "Submitting a dispute is free of charge. You can also submit it online at {0}.",
    };

    private static readonly BlankIntakeFormTexts De = new()
    {
        Title = "Antragsformular für eine Streitigkeit mit einem Webshop",
        Intro = "Mit diesem Formular reichen Sie eine Streitigkeit über einen Online-Kauf ein. Es entspricht dem Online-Fragebogen. Bitte in Druckbuchstaben ausfüllen und Zutreffendes ankreuzen.",
        Yes = "Ja", No = "Nein", Optional = "(falls zutreffend)",
        ConsumerHeading = "1. Ihre Angaben",
        ConsumerFields = ["Name", "Straße und Hausnummer", "Postleitzahl und Ort", "Land", "E-Mail-Adresse", "Telefonnummer"],
        RepresentativeHeading = "2. Bevollmächtigter oder Berater",
        RepresentativeFields = ["Name", "Anschrift oder E-Mail-Adresse"],
        WebshopHeading = "3. Der Webshop",
        WebshopFields = ["Name des Webshops", "Website", "Anschrift (falls bekannt)"],
        OrderHeading = "4. Die Bestellung",
        OrderFields = ["Bestelldatum", "Bestellnummer", "Produkt(e)", "Warenwert inkl. MwSt., ohne Versandkosten (€)", "Gesamtforderung inkl. MwSt. und aller Kosten (€)"],
        ComplaintHeading = "5. Ihre Beschwerde",
        FirstComplaintDate = "Datum Ihrer ersten Beschwerde beim Webshop",
        ComplaintBoxes = ["Was ist schiefgelaufen?", "Was möchten Sie erreichen?"],
        EligibilityHeading = "6. Können wir Ihre Streitigkeit behandeln?",
        EligibilityQuestions =
        [
            "Haben Sie das Produkt online bei einem Webshop mit Sitz in den Niederlanden gekauft?",
            "Haben Sie das Produkt als Verbraucher gekauft, also nicht für Ihr Unternehmen oder Ihren Beruf?",
            "Wohnen Sie in den Niederlanden oder einem anderen Mitgliedstaat der Europäischen Union?",
            "Haben Sie sich zuerst beim Webshop beschwert, ohne Antwort oder mit einer Antwort, mit der Sie nicht einverstanden sind?",
            "Liegt Ihre erste Beschwerde beim Webshop weniger als 365 Tage zurück?",
            "Beträgt der Warenwert (inkl. MwSt., ohne Versandkosten) 25,00 € oder mehr?",
            "Liegt Ihre Gesamtforderung (inkl. MwSt. und aller Kosten) unter 25.000,00 €?",
            "Wurde die Streitigkeit noch nicht von einer anderen Streitbeilegungsstelle oder einem Gericht behandelt?",
        ],
        ProcedureHeading = "7. Ablauf des Verfahrens",
        ProcedureLanguage = "Verfahrenssprache",
        Languages = ["Niederländisch", "Englisch"],
        ByPost = "Ich möchte das Verfahren schriftlich, per Post führen",
        AttachHeading = "8. Bitte fügen Sie Kopien bei von",
        Attachments =
        [
            "der Bestellbestätigung oder Rechnung",
            "Ihrer Beschwerde beim Webshop und dessen Antwort",
            "Fotos oder anderen Nachweisen des Problems",
            "der Vollmacht Ihres Bevollmächtigten (falls zutreffend)",
        ],
        SignHeading = "9. Unterschrift",
        Declarations =
        [
            "Ich erkläre, dieses Formular wahrheitsgemäß ausgefüllt zu haben.",
            "Ich akzeptiere, dass die Entscheidung für beide Parteien verbindlich ist.",
            "Ich bin damit einverstanden, dass meine Angaben und Unterlagen an den Webshop und den Gutachter weitergegeben werden; sie werden spätestens zwei Jahre nach Abschluss des Verfahrens gelöscht.",
        ],
        SignFields = ["Ort", "Datum", "Unterschrift"],
        SendHeading = "Wohin senden Sie das Formular?",
        SendTo = "Senden Sie das ausgefüllte und unterschriebene Formular mit den Anlagen an:",
        SendNote = "Die Einreichung ist kostenlos. Sie können die Streitigkeit auch online einreichen unter {0}.",
    };
}
