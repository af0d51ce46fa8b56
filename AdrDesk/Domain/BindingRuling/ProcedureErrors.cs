using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PanelNotAssigned() : DomainError("D10")
{
    protected override LocalizedText Text => new(
        "Wijs eerst een beoordelaar of een panel van drie aan (D10).", "First assign an assessor or a panel of three (D10).");
}

public sealed record OnlyRespondentMayRespond() : DomainError("D12")
{
    protected override LocalizedText Text => new(
        "Alleen de wederpartij reageert op het ingediende geschil (D12).", "Only the other party responds to the filed dispute (D12).");
}

public sealed record ResponseTermNotExpired() : DomainError("D12")
{
    protected override LocalizedText Text => new(
        "De reactietermijn van 14 dagen loopt nog (D12).", "The 14-day response term is still running (D12).");
}

public sealed record SettlementResultRequired() : DomainError("D14")
{
    protected override LocalizedText Text => new(
        "Leg de schikkingspoging en het resultaat vast (D14).", "Record the settlement attempt and its result (D14).");
}

public sealed record InvalidInformationTerm(int Days) : DomainError("D13")
{
    protected override LocalizedText Text => new(
        $"Een termijn van {Days} dagen is niet mogelijk (1 tot en met {BindingRulingTerms.MaxInformationTermDays}).",
        $"A term of {Days} days is not possible (1 to {BindingRulingTerms.MaxInformationTermDays}).");
}

public sealed record UnknownInformationRequest() : DomainError("D13")
{
    protected override LocalizedText Text => new(
        "Dit verzoek om informatie bestaat niet, is al beantwoord of is aan de andere partij gericht.",
        "This information request does not exist, is already answered, or is addressed to the other party.");
}

public sealed record InformationOutstanding() : DomainError("D15")
{
    protected override LocalizedText Text => new(
        "Er staan nog verzoeken om informatie open; het dossier is niet compleet (D13, D15).",
        "Information requests are still open; the dossier is not complete (D13, D15).");
}

public sealed record RulingTermAlreadyExtended() : DomainError("D15")
{
    protected override LocalizedText Text => new(
        "De termijn voor de uitspraak is al eenmaal verlengd (D15).", "The ruling term has already been extended once (D15).");
}

public sealed record InvalidRulingExtension(DateOnly ExpectedBy) : DomainError("D15")
{
    protected override LocalizedText Text => new(
        $"De verwachte datum {ExpectedBy:dd-MM-yyyy} moet na de huidige termijn liggen en ten hoogste 90 dagen later (D15).",
        $"The expected date {ExpectedBy:yyyy-MM-dd} must be after the current term and at most 90 days later (D15).");
}
