using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>M9, art. 7:900 BW: the vaststellingsovereenkomst. Mediation has no language rule, so every language is offered.</summary>
public sealed class SettlementAgreementTexts
{
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    /// <summary>"{0}" the case number.</summary>
    public required string Reference { get; init; }
    public required string Undersigned { get; init; }
    public required string PartyA { get; init; }
    public required string PartyB { get; init; }
    /// <summary>"{0}" the signatory of a business.</summary>
    public required string RepresentedBy { get; init; }
    public required string WhereasHeading { get; init; }
    /// <summary>"{0}" the dispute.</summary>
    public required string WhereasDispute { get; init; }
    /// <summary>"{0}" the desk, "{1}" the mediator, "{2}" the mediator's office.</summary>
    public required string WhereasMediation { get; init; }
    public required string WhereasSettle { get; init; }
    public required string AgreeHeading { get; init; }
    public required string AgreementsHeading { get; init; }
    public required string PaymentsIntro { get; init; }
    public required string Payer { get; init; }
    public required string Payee { get; init; }
    public required string Amount { get; init; }
    public required string DueBy { get; init; }
    public required string FinalHeading { get; init; }
    public required string Final { get; init; }
    public required string ConfidentialityHeading { get; init; }
    /// <summary>M3: confidentiality ends when agreement is reached.</summary>
    public required string Confidentiality { get; init; }
    public required string EnforceableHeading { get; init; }
    /// <summary>M9: legally enforceable once both parties have signed.</summary>
    public required string Enforceable { get; init; }
    public required string LawHeading { get; init; }
    public required string Law { get; init; }
    /// <summary>"{0}" the place, "{1}" the date.</summary>
    public required string Signed { get; init; }
    public required string Mediator { get; init; }

    public static SettlementAgreementTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly SettlementAgreementTexts Nl = new()
    {
        Title = "Vaststellingsovereenkomst",
        Subtitle = "als bedoeld in artikel 7:900 en volgende van het Burgerlijk Wetboek",
        Reference = "Mediation met zaaknummer {0}",
        Undersigned = "De ondergetekenden:",
        PartyA = "Partij 1", PartyB = "Partij 2",
        RepresentedBy = "rechtsgeldig vertegenwoordigd door {0}",
        WhereasHeading = "Overwegende dat:",
        WhereasDispute = "tussen partijen een geschil is ontstaan over het volgende: {0}",
        WhereasMediation = "partijen dit geschil hebben voorgelegd aan de mediationregeling van {0}, onder leiding van mediator {1} ({2});",
        WhereasSettle = "partijen ter beëindiging en ter voorkoming van onzekerheid en geschil over wat tussen hen rechtens geldt, zich willen binden aan een vaststelling daarvan, bedoeld om ook te gelden als dat tussen hen afwijkt van de voordien bestaande rechtstoestand;",
        AgreeHeading = "Komen het volgende overeen:",
        AgreementsHeading = "Artikel 1. Afspraken",
        PaymentsIntro = "Betalingen:",
        Payer = "Betaler", Payee = "Ontvanger", Amount = "Bedrag", DueBy = "Uiterlijk op",
        FinalHeading = "Artikel 2. Beëindiging van het geschil",
        Final = "Met deze overeenkomst is het geschil volledig en definitief beslecht. Na nakoming van deze overeenkomst hebben partijen ter zake van het geschil niets meer van elkaar te vorderen.",
        ConfidentialityHeading = "Artikel 3. Vertrouwelijkheid",
        Confidentiality = "De mediation was vertrouwelijk. Met het bereiken van deze overeenkomst eindigt de vertrouwelijkheid; elk van de partijen kan zich op deze overeenkomst beroepen, ook tegenover de rechter, om nakoming te verlangen.",
        EnforceableHeading = "Artikel 4. Afdwingbaarheid",
        Enforceable = "Deze overeenkomst is juridisch afdwingbaar zodra beide partijen haar hebben ondertekend.",
        LawHeading = "Artikel 5. Toepasselijk recht",
        Law = "Op deze overeenkomst is Nederlands recht van toepassing.",
        Signed = "Aldus overeengekomen en in drievoud ondertekend te {0} op {1}.",
        Mediator = "Mediator",
    };

    private static readonly SettlementAgreementTexts En = new()
    {
        Title = "Settlement agreement (vaststellingsovereenkomst)",
        Subtitle = "within the meaning of Article 7:900 et seq. of the Dutch Civil Code",
        Reference = "Mediation with case number {0}",
        Undersigned = "The undersigned:",
        PartyA = "Party 1", PartyB = "Party 2",
        RepresentedBy = "duly represented by {0}",
        WhereasHeading = "Whereas:",
        WhereasDispute = "a dispute has arisen between the parties about the following: {0}",
        WhereasMediation = "the parties have submitted this dispute to the mediation scheme of {0}, led by mediator {1} ({2});",
        WhereasSettle = "the parties, to end and to prevent uncertainty and dispute about what the law is between them, wish to bind themselves to a determination of it, intended to apply even where it departs from the legal position that existed before;",
        AgreeHeading = "Agree as follows:",
        AgreementsHeading = "Article 1. Terms",
        PaymentsIntro = "Payments:",
        Payer = "Payer", Payee = "Payee", Amount = "Amount", DueBy = "By",
        FinalHeading = "Article 2. End of the dispute",
        Final = "This agreement settles the dispute fully and finally. Once this agreement has been performed, the parties have no further claims against each other in respect of the dispute.",
        ConfidentialityHeading = "Article 3. Confidentiality",
        Confidentiality = "The mediation was confidential. Confidentiality ends with this agreement; either party may rely on this agreement, including before a court, to demand performance.",
        EnforceableHeading = "Article 4. Enforceability",
        Enforceable = "This agreement is legally enforceable once both parties have signed it.",
        LawHeading = "Article 5. Governing law",
        Law = "This agreement is governed by Dutch law.",
        Signed = "Thus agreed and signed in triplicate at {0} on {1}.",
        Mediator = "Mediator",
    };

    private static readonly SettlementAgreementTexts De = new()
    {
        Title = "Vergleichsvertrag (vaststellingsovereenkomst)",
        Subtitle = "im Sinne von Artikel 7:900 ff. des niederländischen Bürgerlichen Gesetzbuchs",
        Reference = "Mediation mit dem Aktenzeichen {0}",
        Undersigned = "Die Unterzeichnenden:",
        PartyA = "Partei 1", PartyB = "Partei 2",
        RepresentedBy = "rechtswirksam vertreten durch {0}",
        WhereasHeading = "In Erwägung, dass:",
        WhereasDispute = "zwischen den Parteien eine Streitigkeit über Folgendes entstanden ist: {0}",
        WhereasMediation = "die Parteien diese Streitigkeit der Mediationsregelung von {0} unter Leitung des Mediators {1} ({2}) vorgelegt haben;",
        WhereasSettle = "die Parteien, um Ungewissheit und Streit darüber, was zwischen ihnen rechtens ist, zu beenden und zu vermeiden, sich an eine Feststellung dessen binden wollen, die auch dann gelten soll, wenn sie von der zuvor bestehenden Rechtslage abweicht;",
        AgreeHeading = "Vereinbaren Folgendes:",
        AgreementsHeading = "Artikel 1. Vereinbarungen",
        PaymentsIntro = "Zahlungen:",
        Payer = "Zahler", Payee = "Empfänger", Amount = "Betrag", DueBy = "Spätestens am",
        FinalHeading = "Artikel 2. Beendigung der Streitigkeit",
        Final = "Mit diesem Vertrag ist die Streitigkeit vollständig und endgültig beigelegt. Nach Erfüllung dieses Vertrags haben die Parteien in Bezug auf die Streitigkeit keine weiteren Ansprüche gegeneinander.",
        ConfidentialityHeading = "Artikel 3. Vertraulichkeit",
        Confidentiality = "Die Mediation war vertraulich. Mit diesem Vertrag endet die Vertraulichkeit; jede Partei kann sich auf diesen Vertrag berufen, auch vor Gericht, um seine Erfüllung zu verlangen.",
        EnforceableHeading = "Artikel 4. Durchsetzbarkeit",
        Enforceable = "Dieser Vertrag ist rechtlich durchsetzbar, sobald beide Parteien ihn unterzeichnet haben.",
        LawHeading = "Artikel 5. Anwendbares Recht",
        Law = "Dieser Vertrag unterliegt niederländischem Recht.",
        Signed = "So vereinbart und in dreifacher Ausfertigung unterzeichnet in {0} am {1}.",
        Mediator = "Mediator",
    };
}
