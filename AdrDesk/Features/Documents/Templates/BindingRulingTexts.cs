using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Templates;

/// <summary>The binding ruling's words; only Dutch and English (D8).</summary>
public sealed class BindingRulingTexts
{
    public required string Title { get; init; }
    /// <summary>"{0}" the case number.</summary>
    public required string InTheCase { get; init; }
    public required string Between { get; init; }
    public required string Assessor { get; init; }
    public required string Assessors { get; init; }
    public required string ProcedureHeading { get; init; }
    /// <summary>"{0}" the filing date, "{1}" the day the dossier was complete. D14: settlement tried first.</summary>
    public required string Procedure { get; init; }
    public required string FactsHeading { get; init; }
    public required string ConsumerPositionHeading { get; init; }
    public required string WebshopPositionHeading { get; init; }
    public required string ConsiderationsHeading { get; init; }
    public required string ApplicableLawHeading { get; init; }
    /// <summary>D27: the consumer's mandatory law, art. 7:902 BW excluded, reasonableness and fairness.</summary>
    public required IReadOnlyList<string> ApplicableLaw { get; init; }
    public required string DecisionHeading { get; init; }
    public required string DecisionIntro { get; init; }
    public required string Obligation { get; init; }
    public required string Amount { get; init; }
    public required string ComplyBy { get; init; }
    /// <summary>D17: binding on both parties.</summary>
    public required string Binding { get; init; }
    public required string ComplianceHeading { get; init; }
    /// <summary>D18: one formal reminder, then the consequences.</summary>
    public required string NonCompliance { get; init; }
    public required string CourtHeading { get; init; }
    /// <summary>D19: "{0}" the last day to bring the case to court.</summary>
    public required string Court { get; init; }
    /// <summary>"{0}" the place, "{1}" the date.</summary>
    public required string Signed { get; init; }

    public static BindingRulingTexts For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Nl => Nl,
        DocumentLanguage.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "D8: a ruling is given in Dutch or English."),
    };

    private static readonly BindingRulingTexts Nl = new()
    {
        Title = "Bindend advies",
        InTheCase = "in het geschil met zaaknummer {0}",
        Between = "tussen",
        Assessor = "Beoordelaar", Assessors = "Beoordelaars",
        ProcedureHeading = "1. De procedure",
        Procedure = "Het geschil is ingediend op {0}. Het dossier was compleet op {1}. Beide partijen hebben elkaars stukken ontvangen en konden daarop reageren. De beoordelaar heeft eerst geprobeerd een schikking te bereiken; dat is niet gelukt.",
        FactsHeading = "2. De feiten",
        ConsumerPositionHeading = "3. Het standpunt van de consument",
        WebshopPositionHeading = "4. Het standpunt van de webshop",
        ConsiderationsHeading = "5. De beoordeling",
        ApplicableLawHeading = "Toepasselijk recht",
        ApplicableLaw =
        [
            "Dit bindend advies ontneemt de consument niet de bescherming van de bepalingen waarvan bij overeenkomst niet kan worden afgeweken op grond van het Nederlandse recht, als de consument en de webshop hun gewone verblijfplaats respectievelijk plaats van vestiging in Nederland hebben.",
            "Is het recht dat op de koopovereenkomst van toepassing is bepaald volgens artikel 6 leden 1 en 2 van Verordening (EG) nr. 593/2008 (Rome I), dan behoudt de consument de bescherming van de bepalingen waarvan niet kan worden afgeweken op grond van het recht van de lidstaat waar hij zijn gewone verblijfplaats heeft; is dat recht bepaald volgens artikel 5 leden 1 tot en met 3 van het Verdrag van Rome van 19 juni 1980, dan de dwingende bepalingen van dat recht.",
            "Artikel 7:902 van het Burgerlijk Wetboek is op deze procedure niet van toepassing.",
            "Waar het procesreglement niet voorziet, heeft de beoordelaar beslist naar redelijkheid en billijkheid.",
        ],
        DecisionHeading = "6. De beslissing",
        DecisionIntro = "De beoordelaar beslist als volgt:",
        Obligation = "Verplichting", Amount = "Bedrag", ComplyBy = "Uiterlijk op",
        Binding = "Dit advies is bindend voor beide partijen.",
        ComplianceHeading = "7. Nakoming",
        NonCompliance = "Komt een partij dit advies niet na, dan volgt één aanmaning. Blijft nakoming daarna uit, dan wordt een webshop uit het register verwijderd en wordt de keurmerkhouder geïnformeerd; tegen een consument kan de webshop tot incasso overgaan, op kosten van de consument.",
        CourtHeading = "8. Geen hoger beroep",
        Court = "Tegen dit bindend advies staat geen hoger beroep open. Een partij die het er niet mee eens is, kan het geschil binnen twee maanden na verzending van dit advies voorleggen aan de bevoegde rechter, dus uiterlijk op {0}. Doet zij dat niet, dan moet zij het advies nakomen.",
        Signed = "Aldus beslist te {0} op {1}.",
    };

    private static readonly BindingRulingTexts En = new()
    {
        Title = "Binding ruling",
        InTheCase = "in the dispute with case number {0}",
        Between = "between",
        Assessor = "Assessor", Assessors = "Assessors",
        ProcedureHeading = "1. The procedure",
        Procedure = "The dispute was filed on {0}. The dossier was complete on {1}. Both parties received each other's documents and could respond to them. The assessor first tried to reach a settlement; this did not succeed.",
        FactsHeading = "2. The facts",
        ConsumerPositionHeading = "3. The consumer's position",
        WebshopPositionHeading = "4. The webshop's position",
        ConsiderationsHeading = "5. Assessment",
        ApplicableLawHeading = "Applicable law",
        ApplicableLaw =
        [
            "This ruling does not deprive the consumer of the protection of the provisions that cannot be derogated from by agreement under Dutch law, where the consumer and the webshop have their habitual residence and place of establishment in the Netherlands.",
            "Where the law applicable to the sales contract is determined under Article 6(1) and (2) of Regulation (EC) No 593/2008 (Rome I), the consumer keeps the protection of the provisions that cannot be derogated from under the law of the member state of his habitual residence; where it is determined under Article 5(1) to (3) of the Rome Convention of 19 June 1980, the mandatory rules of that law.",
            "Article 7:902 of the Dutch Civil Code does not apply to this procedure.",
            "Where the rules of procedure are silent, the assessor has decided according to reasonableness and fairness.",
        ],
        DecisionHeading = "6. Decision",
        DecisionIntro = "The assessor decides as follows:",
        Obligation = "Obligation", Amount = "Amount", ComplyBy = "By",
        Binding = "This ruling is binding on both parties.",
        ComplianceHeading = "7. Compliance",
        NonCompliance = "If a party does not comply with this ruling, one formal reminder follows. If it still does not comply, a webshop is removed from the register and the certification mark holder is informed; against a consumer, the webshop may start collection at the consumer's expense.",
        CourtHeading = "8. No appeal",
        Court = "There is no appeal against this binding ruling. A party that disagrees may bring the dispute before the competent court within two months after this ruling was sent, that is by {0} at the latest. Otherwise it must comply with the ruling.",
        Signed = "Thus decided at {0} on {1}.",
    };
}
