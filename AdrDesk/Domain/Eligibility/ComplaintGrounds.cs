using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D4: first complain to the webshop (refused under D25a); D25e: within 365 days of that complaint.

public sealed record NoPriorComplaintToWebshop() : EligibilityGround("D25a", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        "U heeft uw klacht nog niet eerst aan de webshop voorgelegd (D4, D25a).",
        "You did not first submit your complaint to the webshop (D4, D25a).",
        "Sie haben Ihre Beschwerde nicht zuerst beim Webshop eingereicht (D4, D25a).");
}

public sealed record ComplaintTooOld(DateOnly FirstReported, int Days) : EligibilityGround("D25e", GroundHandling.Automatic)
{
    protected override LocalizedText Text => new(
        $"Sinds u het geschil op {FirstReported:dd-MM-yyyy} bij de webshop meldde zijn {Days} dagen verstreken; dat mag hooguit 365 zijn (D25e).",
        $"{Days} days have passed since you reported the dispute to the webshop on {FirstReported:yyyy-MM-dd}; at most 365 are allowed (D25e).",
        $"Seit Sie die Streitigkeit am {FirstReported:dd.MM.yyyy} beim Webshop gemeldet haben, sind {Days} Tage vergangen; höchstens 365 sind erlaubt (D25e).");
}
