using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record DepositAlreadyRequired() : DomainError("D23")
{
    protected override LocalizedText Text => new(
        "Er is al een waarborgsom gevraagd (D23).", "A deposit has already been required (D23).");
}

public sealed record DepositDueDateInPast(DateOnly DueDate) : DomainError("D23")
{
    protected override LocalizedText Text => new(
        $"De uiterste betaaldatum {DueDate:dd-MM-yyyy} moet in de toekomst liggen (D23).",
        $"The due date {DueDate:yyyy-MM-dd} must be in the future (D23).");
}

public sealed record NoUnpaidDeposit() : DomainError("D23")
{
    protected override LocalizedText Text => new(
        "Er staat geen onbetaalde waarborgsom open (D23).", "There is no unpaid deposit (D23).");
}

public sealed record NoPaidDeposit() : DomainError("D23")
{
    protected override LocalizedText Text => new(
        "Er is geen betaalde waarborgsom om vrij te geven of te behouden (D23).",
        "There is no paid deposit to release or forfeit (D23).");
}

/// <summary>D23: the ruling cannot be issued while a required deposit is unpaid.</summary>
public sealed record DepositUnpaid() : DomainError("D23")
{
    protected override LocalizedText Text => new(
        "De gevraagde waarborgsom is nog niet betaald; de uitspraak kan nog niet worden gedaan (D23).",
        "The required deposit is unpaid; the ruling cannot be issued yet (D23).");
}
