using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

public sealed record LegalNameRequired() : DomainError()
{
    protected override LocalizedText Text => new(
        "De statutaire naam is verplicht.", "The legal name is required.", "Der Firmenname ist erforderlich.");
}

public sealed record InvalidSubscriptionPeriod(DateOnly From, DateOnly? To) : DomainError()
{
    protected override LocalizedText Text => new(
        $"De abonnementsperiode {From:yyyy-MM-dd} – {To:yyyy-MM-dd} is ongeldig of overlapt een bestaande periode.",
        $"The subscription period {From:yyyy-MM-dd} – {To:yyyy-MM-dd} is invalid or overlaps an existing one.");
}

public sealed record StatusReasonRequired(OrganisationStatus Status) : DomainError("D18")
{
    protected override LocalizedText Text => new(
        $"Een reden is verplicht bij de status {Status}.", $"A reason is required for the status {Status}.");
}

public sealed record InvalidWebAddress(string Input) : DomainError()
{
    protected override LocalizedText Text => new(
        $"'{Input}' is geen geldig webadres.", $"'{Input}' is not a valid web address.", $"'{Input}' ist keine gültige Webadresse.");
}

public sealed record NoRunningSubscription(DateOnly On) : DomainError()
{
    protected override LocalizedText Text => new(
        $"Er loopt op {On:dd-MM-yyyy} geen abonnement dat beëindigd kan worden.",
        $"No subscription runs on {On:yyyy-MM-dd} that could be ended.");
}
