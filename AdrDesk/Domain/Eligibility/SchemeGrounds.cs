using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

public sealed record B2BTermsNotUsed() : EligibilityGround("M1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "Mediation is alleen mogelijk als in het contract de B2B-voorwaarden van de regeling zijn gebruikt (M1).",
        "Mediation is only possible when the scheme's B2B terms were used in the contract (M1).",
        "Mediation ist nur möglich, wenn im Vertrag die B2B-Bedingungen des Verfahrens verwendet wurden (M1).");
}

public sealed record NotACustomerOfSchemeParticipant() : EligibilityGround("B1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "Bemiddeling is er voor klanten van deelnemers; dit bedrijf is geen deelnemer (B1).",
        "Bemiddeling is for customers of scheme participants; this business is not a participant (B1).",
        "Die Schlichtung steht Kunden von Teilnehmern offen; dieses Unternehmen ist kein Teilnehmer (B1).");
}
