using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Domain.Eligibility;

// D1: online purchase, consumer in the EU, webshop established in the Netherlands and in the register.

public sealed record NotAnOnlinePurchase() : EligibilityGround("D1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "Het geschil gaat niet over een online aankoop bij een webshop (D1).",
        "The dispute is not about an online purchase from a webshop (D1).",
        "Die Streitigkeit betrifft keinen Online-Kauf bei einem Webshop (D1).");
}

public sealed record ConsumerNotResidentInEu(CountryCode Country) : EligibilityGround("D1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        $"De consument woont niet in Nederland of een ander EU-land ({Country}) (D1).",
        $"The consumer does not live in the Netherlands or another EU member state ({Country}) (D1).",
        $"Der Verbraucher wohnt nicht in den Niederlanden oder einem anderen EU-Mitgliedstaat ({Country}) (D1).");
}

public sealed record WebshopNotEstablishedInNetherlands(CountryCode Country) : EligibilityGround("D1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        $"De webshop is niet in Nederland gevestigd ({Country}) (D1).",
        $"The webshop is not established in the Netherlands ({Country}) (D1).",
        $"Der Webshop ist nicht in den Niederlanden niedergelassen ({Country}) (D1).");
}

public sealed record RespondentNotInRegister() : EligibilityGround("D1", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "De webshop staat niet in ons register (D1).",
        "The webshop is not in our register (D1).",
        "Der Webshop ist nicht in unserem Register eingetragen (D1).");
}

public sealed record DisputeBetweenBusinesses() : EligibilityGround("D25f", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "Het is een geschil tussen bedrijven; deze regeling is voor consumenten (D25f).",
        "This is a dispute between businesses; this scheme is for consumers (D25f).",
        "Es handelt sich um eine Streitigkeit zwischen Unternehmen; dieses Verfahren ist für Verbraucher (D25f).");
}
