using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D9: a webshop that files must give the consumer 5 weeks to consent; no consent → D25g.

public sealed record ConsumerConsentPending() : EligibilityGround("D9", GroundHandling.Awaiting)
{
    protected override LocalizedText Text => new(
        "De webshop diende het geschil in; de consument heeft vijf weken om in te stemmen met de behandeling (D9).",
        "The webshop filed the dispute; the consumer has five weeks to consent to it being handled (D9).",
        "Der Webshop hat die Streitigkeit eingereicht; der Verbraucher hat fünf Wochen Zeit, der Behandlung zuzustimmen (D9).");
}

public sealed record ConsumerConsentRefused() : EligibilityGround("D25g", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "De webshop diende het geschil in zonder instemming van de consument (D9, D25g).",
        "The webshop filed the dispute without the consumer's consent (D9, D25g).",
        "Der Webshop hat die Streitigkeit ohne Zustimmung des Verbrauchers eingereicht (D9, D25g).");
}
