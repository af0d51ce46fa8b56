using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// Decided: D25 b, c and j are decisions of the desk staff, recorded with a written reason.

public sealed record TrivialAmountOrMinorDefect() : EligibilityGround("D25b", GroundHandling.StaffDecision)
{
    protected override LocalizedText Text => new(
        "Het geschil gaat over een onbeduidend bedrag of een gering gebrek (D25b).",
        "The dispute is about a trivial amount or a minor defect (D25b).",
        "Die Streitigkeit betrifft einen geringfügigen Betrag oder einen unerheblichen Mangel (D25b).");
}

public sealed record AlreadyHandledElsewhere(string By) : EligibilityGround("D25c", GroundHandling.StaffDecision)
{
    protected override LocalizedText Text => new(
        $"Het geschil is mogelijk al behandeld door een andere geschilleninstantie of rechter ({By}) (D25c).",
        $"The dispute may already have been handled by another ADR body or a court ({By}) (D25c).",
        $"Die Streitigkeit wurde möglicherweise bereits von einer anderen Streitbeilegungsstelle oder einem Gericht behandelt ({By}) (D25c).");
}

public sealed record ImpairsEffectiveOperation() : EligibilityGround("D25j", GroundHandling.StaffDecision)
{
    protected override LocalizedText Text => new(
        "Behandeling zou de doeltreffende werking van de geschillencommissie ernstig belemmeren (D25j).",
        "Handling the dispute would seriously impair the desk's effective operation (D25j).",
        "Die Behandlung würde die wirksame Arbeit der Stelle ernsthaft beeinträchtigen (D25j).");
}
