using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>The filing receipt with the filled intake form, per filing language (D8).</summary>
public sealed class FilingReceiptTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" is the moment of filing, "{1}" the case number.</summary>
    public required string Intro { get; init; }
    public required string FormHeading { get; init; }
    public required string Consumer { get; init; }
    public required string Webshop { get; init; }
    public required string OrderDate { get; init; }
    public required string OrderNumber { get; init; }
    public required string Product { get; init; }
    public required string ProductValue { get; init; }
    public required string ClaimTotal { get; init; }
    public required string FirstComplaint { get; init; }
    public required string Complaint { get; init; }
    public required string Claim { get; init; }
    public required string Attachments { get; init; }
    public required string NoAttachments { get; init; }
    public required string ByPost { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NextHeading { get; init; }
    /// <summary>ADR Directive art. 5(4): a reasoned refusal within 3 weeks; D12: 14 days for the other party; D17: binding; D20: withdrawal.</summary>
    public required IReadOnlyList<string> Next { get; init; }

    public static FilingReceiptTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly FilingReceiptTexts Nl = new()
    {
        Title = "Ontvangstbevestiging van uw geschil",
        Intro = "Wij hebben uw geschil ontvangen op {0}. Het is geregistreerd onder zaaknummer {1}; vermeld dit nummer bij alle contact met ons. Hieronder staan de gegevens zoals u ze heeft ingevuld. Klopt er iets niet, laat het ons dan weten.",
        FormHeading = "Uw aanmelding",
        Consumer = "Consument", Webshop = "Webshop", OrderDate = "Besteldatum", OrderNumber = "Ordernummer",
        Product = "Product", ProductValue = "Waarde product (incl. btw, excl. verzendkosten)", ClaimTotal = "Totale vordering (incl. btw en kosten)",
        FirstComplaint = "Eerste klacht bij de webshop", Complaint = "Wat is er misgegaan", Claim = "Wat u wilt bereiken",
        Attachments = "Bijlagen", NoAttachments = "geen", ByPost = "Procedure schriftelijk per post", Yes = "ja", No = "nee",
        NextHeading = "Hoe gaat het verder?",
        Next =
        [
            "Wij beoordelen binnen drie weken of wij uw geschil in behandeling kunnen nemen. Kunnen wij dat niet, dan laten wij u dat weten met de redenen.",
            "Nemen wij het geschil in behandeling, dan sturen wij het naar de wederpartij. Die heeft 14 dagen om te reageren. Alles wat een partij indient, ontvangt de andere partij ook.",
            "Met het indienen heeft u aanvaard dat de uitspraak voor beide partijen bindend is. Tot wij melden dat alle stukken binnen zijn en de uitspraak wordt voorbereid, kunt u zich uit de procedure terugtrekken.",
        ],
    };

    private static readonly FilingReceiptTexts En = new()
    {
        Title = "Acknowledgement of your dispute",
        Intro = "We received your dispute on {0}. It is registered under case number {1}; please quote this number whenever you contact us. Below are the details as you entered them. If anything is wrong, please let us know.",
        FormHeading = "Your submission",
        Consumer = "Consumer", Webshop = "Webshop", OrderDate = "Order date", OrderNumber = "Order number",
        Product = "Product", ProductValue = "Value of the product (incl. VAT, excl. shipping)", ClaimTotal = "Total claim (incl. VAT and costs)",
        FirstComplaint = "First complaint to the webshop", Complaint = "What went wrong", Claim = "What you want to achieve",
        Attachments = "Enclosures", NoAttachments = "none", ByPost = "Procedure in writing, by post", Yes = "yes", No = "no",
        NextHeading = "What happens next?",
        Next =
        [
            "Within three weeks we assess whether we can handle your dispute. If we cannot, we will tell you so, with the reasons.",
            "If we accept the dispute, we send it to the other party, which has 14 days to respond. Everything one party submits is also sent to the other.",
            "By filing you have accepted that the ruling is binding on both parties. Until we announce that all documents have been received and the ruling is being prepared, you may withdraw from the procedure.",
        ],
    };

    private static readonly FilingReceiptTexts De = new()
    {
        Title = "Eingangsbestätigung Ihrer Streitigkeit",
        Intro = "Wir haben Ihre Streitigkeit am {0} erhalten. Sie ist unter dem Aktenzeichen {1} registriert; bitte geben Sie dieses bei jedem Kontakt an. Nachstehend finden Sie Ihre Angaben. Sollte etwas nicht stimmen, teilen Sie es uns bitte mit.",
        FormHeading = "Ihr Antrag",
        Consumer = "Verbraucher", Webshop = "Webshop", OrderDate = "Bestelldatum", OrderNumber = "Bestellnummer",
        Product = "Produkt", ProductValue = "Warenwert (inkl. MwSt., ohne Versandkosten)", ClaimTotal = "Gesamtforderung (inkl. MwSt. und Kosten)",
        FirstComplaint = "Erste Beschwerde beim Webshop", Complaint = "Was ist schiefgelaufen", Claim = "Was Sie erreichen möchten",
        Attachments = "Anlagen", NoAttachments = "keine", ByPost = "Verfahren schriftlich per Post", Yes = "ja", No = "nein",
        NextHeading = "Wie geht es weiter?",
        Next =
        [
            "Innerhalb von drei Wochen prüfen wir, ob wir Ihre Streitigkeit behandeln können. Ist das nicht der Fall, teilen wir Ihnen dies mit Begründung mit.",
            "Nehmen wir die Streitigkeit an, senden wir sie an die Gegenpartei, die 14 Tage Zeit für eine Stellungnahme hat. Alles, was eine Partei einreicht, erhält auch die andere.",
            "Mit der Einreichung haben Sie akzeptiert, dass die Entscheidung für beide Parteien verbindlich ist. Bis wir mitteilen, dass alle Unterlagen vorliegen und die Entscheidung vorbereitet wird, können Sie sich aus dem Verfahren zurückziehen.",
        ],
    };
}
