using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record RulingReasonsRequired() : DomainError("D16")
{
    protected override LocalizedText Text => new(
        "Een uitspraak bevat de beslissing en de redenen (D16).", "A ruling states the decision and its reasons (D16).");
}

public sealed record ComplianceTermRequired() : DomainError("D17")
{
    protected override LocalizedText Text => new(
        "De uitspraak vermeldt hoe en uiterlijk wanneer (een toekomstige datum) zij moet worden nagekomen (D17).",
        "The ruling states how and by when (a future date) it must be complied with (D17).");
}

public sealed record ComplianceTermNotExpired() : DomainError("D18")
{
    protected override LocalizedText Text => new(
        "De nakomingstermijn loopt nog; een aanmaning kan pas daarna (D18).",
        "The compliance term is still running; a reminder comes only after it (D18).");
}

public sealed record ReminderTermNotExpired() : DomainError("D18")
{
    protected override LocalizedText Text => new(
        "De termijn van de aanmaning loopt nog (D18).", "The reminder's term is still running (D18).");
}

public sealed record WebshopRegisterEntryRequired() : DomainError("D18")
{
    protected override LocalizedText Text => new(
        "Geef de registerinschrijving van deze webshop mee; die wordt verwijderd (D18).",
        "Pass this webshop's register entry; it is removed from the register (D18).");
}

public sealed record RetentionNotExpired() : DomainError("D24")
{
    protected override LocalizedText Text => new(
        "De bewaartermijn van twee jaar is nog niet verstreken (D24).", "The two-year retention term has not yet passed (D24).");
}
