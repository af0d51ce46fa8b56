using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Cases;

/// <summary>Issue 3 item 10: another user saved the case after this one was loaded; nothing was written.</summary>
public sealed record CaseChangedBySomeoneElse() : DomainError;

/// <summary>
/// The case does not exist, or the caller may not see it: deliberately the same error, so that
/// trying numbers reveals nothing about which cases exist.
/// </summary>
public sealed record CaseNotFound(string Number) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Number];
}

/// <summary>
/// Screening, assignment, wraking and deposits are decisions of the desk (D10, D11, D23, D25), and its figures (D22) are
/// the desk's: shared by the features that serve the desk (workbench, statistics).
/// </summary>
public sealed record DeskStaffOnly() : DomainError;
