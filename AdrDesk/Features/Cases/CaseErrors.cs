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

/// <summary>
/// Screening, assignment, wraking and deposits are decisions of the desk (D10, D11, D23, D25), and its figures (D22) are
/// the desk's: shared by the features that serve the desk (workbench, statistics).
/// </summary>
public sealed record DeskStaffOnly() : DomainError
{
    protected override LocalizedText Text => new(
        "Alleen medewerkers van de balie nemen deze beslissing.",
        "Only desk staff take this decision.");
}
