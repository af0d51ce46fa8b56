using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PartiesMismatch() : DomainError("D1")
{
    protected override LocalizedText Text => new(
        "Een bindend advies is tussen een consument en een webshop.", "A binding ruling is between a consumer and a webshop.");
}

public sealed record ProcedureLanguageNotOffered(Language Language) : DomainError("D8")
{
    protected override LocalizedText Text => new(
        "De procedure wordt gevoerd in het Nederlands of, op verzoek van de consument, in het Engels (D8).",
        "The procedure runs in Dutch or, if the consumer asks, in English (D8).",
        "Das Verfahren wird auf Niederländisch oder, auf Wunsch des Verbrauchers, auf Englisch geführt (D8).");
}

public sealed record OnlyTheFilerMaySubmit() : DomainError("D9")
{
    protected override LocalizedText Text => new(
        "Alleen de partij die het geschil aanmeldt, kan het indienen.", "Only the party filing the dispute can submit it.");
}

public sealed record BindingNatureNotAccepted() : DomainError("D17")
{
    protected override LocalizedText Text => new(
        "Bij het indienen aanvaardt u dat de uitspraak bindend is (D17).",
        "By filing you accept that the ruling is binding (D17).",
        "Mit der Einreichung akzeptieren Sie, dass die Entscheidung verbindlich ist (D17).");
}

public sealed record WebshopNotSubscribed() : DomainError("D5")
{
    protected override LocalizedText Text => new(
        "Volgens het register heeft deze webshop nog geen abonnement (D5).",
        "According to the register this webshop has no subscription yet (D5).");
}

public sealed record ConsentOnlyForWebshopFiling() : DomainError("D9")
{
    protected override LocalizedText Text => new(
        "Instemming van de consument is alleen nodig als de webshop het geschil aanmeldde (D9).",
        "The consumer's consent is only needed when the webshop filed the dispute (D9).");
}

public sealed record ConsentTermNotExpired() : DomainError("D9")
{
    protected override LocalizedText Text => new(
        "De termijn van vijf weken voor instemming loopt nog (D9).", "The five-week consent term is still running (D9).");
}

public sealed record RefusalGroundRequired() : DomainError("D26")
{
    protected override LocalizedText Text => new(
        "Een weigering noemt ten minste één grond met motivering (D26).",
        "A refusal names at least one ground with its reasons (D26).");
}
