using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>D27: fixed text blocks of the ruling template (procedure languages only, D8).</summary>
public static class RulingClauses
{
    public static readonly LocalizedText MandatoryConsumerLaw = new(
        "Deze uitspraak laat de bescherming onverlet die de consument ontleent aan dwingend Nederlands recht of, "
        + "waar van toepassing, aan het dwingende recht van de lidstaat waar hij woont (art. 6 lid 1 en 2 Rome I; "
        + "art. 5 lid 1 t/m 3 EVO). Artikel 7:902 BW is niet van toepassing. Waar het reglement niet voorziet, "
        + "beslist de commissie naar redelijkheid en billijkheid.",
        "This ruling does not deprive the consumer of the protection of mandatory Dutch law or, where applicable, "
        + "the mandatory law of the member state where the consumer lives (Rome I art. 6(1)-(2); Rome Convention "
        + "art. 5(1)-(3)). Article 7:902 of the Dutch Civil Code does not apply. Where the rules are silent, the desk "
        + "decides by reasonableness and fairness.");
}
