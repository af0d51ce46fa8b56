using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Cases;

/// <summary>Issue 3 item 10: another user saved the case after this one was loaded; nothing was written.</summary>
public sealed record CaseChangedBySomeoneElse() : DomainError
{
    protected override LocalizedText Text => new(
        "Deze zaak is intussen door iemand anders gewijzigd. Laad de zaak opnieuw; uw invoer is bewaard.",
        "This case has meanwhile been changed by someone else. Reload the case; your input has been kept.",
        "Dieser Fall wurde inzwischen von jemand anderem geändert. Laden Sie den Fall neu; Ihre Eingaben sind gespeichert.");
}

/// <summary>
/// The case does not exist, or the caller may not see it: deliberately the same error, so that
/// trying numbers reveals nothing about which cases exist.
/// </summary>
public sealed record CaseNotFound(string Number) : DomainError
{
    protected override LocalizedText Text => new(
        $"Zaak {Number} is niet gevonden.",
        $"Case {Number} was not found.",
        $"Fall {Number} wurde nicht gefunden.");
}
