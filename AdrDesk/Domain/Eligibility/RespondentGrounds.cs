using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Domain.Eligibility;

// What the register says about the webshop: D25h, D25i and D5.

public sealed record WebshopInsolventOrCeased(OrganisationStatus Status) : EligibilityGround("D25h", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "De webshop heeft surseance van betaling aangevraagd, is failliet of is gestopt (D25h).",
        "The webshop applied for suspension of payments, is bankrupt or has ceased trading (D25h).",
        "Der Webshop hat Zahlungsaufschub beantragt, ist insolvent oder hat den Betrieb eingestellt (D25h).");
}

/// <summary>D25i: automatic, but the desk may still choose to handle the case (a staff override).</summary>
public sealed record WebshopNotAffiliatedAtOrder(DateOnly OrderDate) : EligibilityGround("D25i", GroundHandling.Automatic)
{
    public override bool StaffMayOverride => true;

    protected override LocalizedText Text => new(
        $"De webshop was op de besteldatum {OrderDate:dd-MM-yyyy} niet aangesloten (D25i).",
        $"The webshop was not affiliated on the order date {OrderDate:yyyy-MM-dd} (D25i).",
        $"Der Webshop war am Bestelldatum {OrderDate:dd.MM.yyyy} nicht angeschlossen (D25i).");
}

/// <summary>D5: not a refusal; the desk asks the webshop to subscribe and the case waits.</summary>
public sealed record WebshopNotSubscribedAtFiling() : EligibilityGround("D5", GroundHandling.Awaiting)
{
    protected override LocalizedText Text => new(
        "De webshop heeft nu geen abonnement; wij vragen de webshop zich aan te sluiten zodat wij uw zaak kunnen behandelen (D5).",
        "The webshop has no subscription at present; we will ask it to subscribe so that we can handle your case (D5).",
        "Der Webshop hat derzeit kein Abonnement; wir bitten ihn, sich anzuschließen, damit wir Ihren Fall bearbeiten können (D5).");
}
