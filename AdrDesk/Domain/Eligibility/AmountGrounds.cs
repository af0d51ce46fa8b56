using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D2/D3, refused under D25d. Decided: €25.00 is eligible; €25,000.00 is refused.

public sealed record ProductValueBelowMinimum(Money Value) : EligibilityGround("D2", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        $"De waarde van het product ({Value.Format(Language.Nl)}, incl. btw, excl. verzendkosten) is lager dan € 25,00 (D2, D25d).",
        $"The value of the product ({Value.Format(Language.En)}, incl. VAT, excl. shipping) is below €25.00 (D2, D25d).",
        $"Der Wert des Produkts ({Value.Format(Language.De)}, inkl. MwSt., ohne Versandkosten) liegt unter € 25,00 (D2, D25d).");
}

public sealed record ClaimNotBelowMaximum(Money Claim) : EligibilityGround("D3", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        $"De totale vordering ({Claim.Format(Language.Nl)}, incl. btw en alle kosten) moet lager zijn dan € 25.000,00 (D3, D25d).",
        $"The total claim ({Claim.Format(Language.En)}, incl. VAT and all costs) must be lower than €25,000.00 (D3, D25d).",
        $"Die Gesamtforderung ({Claim.Format(Language.De)}, inkl. MwSt. und aller Kosten) muss unter € 25.000,00 liegen (D3, D25d).");
}
