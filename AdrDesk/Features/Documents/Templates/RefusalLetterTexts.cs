using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>D26: the refusal letter's words per language; the grounds follow D25 a–j.</summary>
public sealed class RefusalLetterTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" is the other party.</summary>
    public required string Subject { get; init; }
    /// <summary>"{0}" is the date of receipt, "{1}" the other party.</summary>
    public required string Intro { get; init; }
    public required string GroundsHeading { get; init; }
    /// <summary>The other party, with its address where known (issue 20 item 4).</summary>
    public required string OtherParty { get; init; }
    /// <summary>"{0}" is the ground's letter in the rules (a–j).</summary>
    public required string GroundLabel { get; init; }
    public required string MeaningHeading { get; init; }
    public required IReadOnlyList<string> Meaning { get; init; }
    public required IReadOnlyDictionary<RefusalGround, string> Grounds { get; init; }

    public static RefusalLetterTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        DocumentLanguage.De => De,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The ground's letter in D25, printed so the parties can find it in the rules.</summary>
    public static char Letter(RefusalGround ground) => (char)('a' + (int)ground);

    private static readonly RefusalLetterTexts Nl = new()
    {
        Title = "Beslissing: geschil niet in behandeling genomen",
        Subject = "Uw geschil met {0} wordt niet in behandeling genomen",
        Intro = "Op {0} hebben wij uw geschil met {1} ontvangen. Wij hebben beoordeeld of wij dit geschil volgens ons procesreglement in behandeling kunnen nemen. Dat is helaas niet het geval. Hieronder leest u op welke grond en waarom.",
        GroundsHeading = "Gronden en redenen", OtherParty = "Wederpartij",
        GroundLabel = "Weigeringsgrond {0}",
        MeaningHeading = "Wat betekent dit voor u?",
        Meaning =
        [
            "Wij behandelen het geschil niet en er komt geen bindend advies. Er zijn voor u geen kosten aan verbonden.",
            "U behoudt al uw rechten. U kunt het geschil voorleggen aan de bevoegde rechter of, als die er is, aan een andere instantie voor geschillenbeslechting.",
            "Heeft u vragen over deze beslissing, of beschikt u over gegevens die wij niet kenden, neem dan contact met ons op en vermeld daarbij het zaaknummer.",
        ],
        Grounds = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.NoPriorComplaint] = "U heeft niet eerst geprobeerd het probleem met de webshop op te lossen.",
            [RefusalGround.TrivialMatter] = "Het geschil betreft een onbeduidend bedrag of een gering gebrek.",
            [RefusalGround.AlreadyHandled] = "Het geschil is al eerder door een andere geschilleninstantie of een rechter behandeld.",
            [RefusalGround.AmountOutOfRange] = "De waarde van het product is lager dan € 25,00, of de totale vordering is € 25.000,00 of hoger.",
            [RefusalGround.ComplaintTooLate] = "Er zijn meer dan 365 dagen verstreken sinds u het geschil voor het eerst aan de webshop meldde.",
            [RefusalGround.BetweenBusinesses] = "Het geschil is een geschil tussen twee bedrijven.",
            [RefusalGround.NoConsumerConsent] = "De webshop heeft het geschil aangemeld en de consument heeft niet ingestemd met de behandeling.",
            [RefusalGround.WebshopInsolventOrStopped] = "De webshop heeft surseance van betaling aangevraagd, is failliet verklaard of heeft zijn activiteiten beëindigd.",
            [RefusalGround.WebshopNotAffiliated] = "De webshop was op het moment van de bestelling niet bij ons aangesloten.",
            [RefusalGround.ImpairsOperation] = "De behandeling zou de effectieve werking van de geschillenbeslechting ernstig in gevaar brengen, of er zijn zwaarwegende redenen om het geschil niet te behandelen.",
        },
    };

    private static readonly RefusalLetterTexts En = new()
    {
        Title = "Decision: dispute not accepted",
        Subject = "Your dispute with {0} is not accepted for handling",
        Intro = "On {0} we received your dispute with {1}. We have assessed whether our rules of procedure allow us to handle it. Unfortunately they do not. Below you can read on which ground and why.",
        GroundsHeading = "Grounds and reasons", OtherParty = "Other party",
        GroundLabel = "Ground for refusal {0}",
        MeaningHeading = "What this means for you",
        Meaning =
        [
            "We will not handle the dispute and no binding ruling will be given. This costs you nothing.",
            "You keep all your rights. You may bring the dispute before the competent court or, where one exists, another dispute resolution body.",
            "If you have questions about this decision, or information we did not have, please contact us and quote the case number.",
        ],
        Grounds = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.NoPriorComplaint] = "You did not first try to resolve the problem with the webshop.",
            [RefusalGround.TrivialMatter] = "The dispute concerns a trivial amount or a minor defect.",
            [RefusalGround.AlreadyHandled] = "The dispute has already been handled by another dispute resolution body or a court.",
            [RefusalGround.AmountOutOfRange] = "The value of the product is below €25.00, or the total claim is €25,000.00 or more.",
            [RefusalGround.ComplaintTooLate] = "More than 365 days have passed since you first reported the dispute to the webshop.",
            [RefusalGround.BetweenBusinesses] = "The dispute is between two businesses.",
            [RefusalGround.NoConsumerConsent] = "The webshop filed the dispute and the consumer did not consent to it being handled.",
            [RefusalGround.WebshopInsolventOrStopped] = "The webshop has applied for a suspension of payments, has been declared bankrupt or has stopped trading.",
            [RefusalGround.WebshopNotAffiliated] = "The webshop was not affiliated with us at the time of the order.",
            [RefusalGround.ImpairsOperation] = "Handling the dispute would seriously impair the effective operation of the dispute resolution, or there are compelling reasons not to handle it.",
        },
    };

    private static readonly RefusalLetterTexts De = new()
    {
        Title = "Entscheidung: Streitigkeit nicht angenommen",
        Subject = "Ihre Streitigkeit mit {0} wird nicht angenommen",
        Intro = "Am {0} haben wir Ihre Streitigkeit mit {1} erhalten. Wir haben geprüft, ob wir sie nach unserer Verfahrensordnung behandeln können. Das ist leider nicht der Fall. Nachstehend lesen Sie, aus welchem Grund und warum.",
        GroundsHeading = "Gründe und Begründung", OtherParty = "Gegenpartei",
        GroundLabel = "Ablehnungsgrund {0}",
        MeaningHeading = "Was bedeutet das für Sie?",
        Meaning =
        [
            "Wir behandeln die Streitigkeit nicht; es ergeht keine verbindliche Entscheidung. Ihnen entstehen keine Kosten.",
            "Ihre Rechte bleiben unberührt. Sie können die Streitigkeit dem zuständigen Gericht oder gegebenenfalls einer anderen Streitbeilegungsstelle vorlegen.",
            "Wenn Sie Fragen zu dieser Entscheidung haben oder über Informationen verfügen, die uns nicht bekannt waren, wenden Sie sich bitte unter Angabe des Aktenzeichens an uns.",
        ],
        Grounds = new Dictionary<RefusalGround, string>
        {
            [RefusalGround.NoPriorComplaint] = "Sie haben nicht zuerst versucht, das Problem mit dem Webshop zu lösen.",
            [RefusalGround.TrivialMatter] = "Die Streitigkeit betrifft einen geringfügigen Betrag oder einen geringfügigen Mangel.",
            [RefusalGround.AlreadyHandled] = "Die Streitigkeit wurde bereits von einer anderen Streitbeilegungsstelle oder einem Gericht behandelt.",
            [RefusalGround.AmountOutOfRange] = "Der Warenwert liegt unter 25,00 € oder die Gesamtforderung beträgt 25.000,00 € oder mehr.",
            [RefusalGround.ComplaintTooLate] = "Seit Ihrer ersten Meldung der Streitigkeit beim Webshop sind mehr als 365 Tage vergangen.",
            [RefusalGround.BetweenBusinesses] = "Es handelt sich um eine Streitigkeit zwischen zwei Unternehmen.",
            [RefusalGround.NoConsumerConsent] = "Der Webshop hat die Streitigkeit eingereicht und der Verbraucher hat der Behandlung nicht zugestimmt.",
            [RefusalGround.WebshopInsolventOrStopped] = "Der Webshop hat einen Zahlungsaufschub beantragt, ist insolvent oder hat seine Tätigkeit eingestellt.",
            [RefusalGround.WebshopNotAffiliated] = "Der Webshop war zum Zeitpunkt der Bestellung nicht bei uns angeschlossen.",
            [RefusalGround.ImpairsOperation] = "Die Behandlung würde die wirksame Streitbeilegung ernsthaft beeinträchtigen, oder es liegen gewichtige Gründe gegen die Behandlung vor.",
        },
    };
}
