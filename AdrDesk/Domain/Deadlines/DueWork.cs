using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Domain.Deadlines;

public enum DueKind
{
    /// <summary>D12: 14 days passed without a response; the procedure continues.</summary>
    ResponseOverdue,

    /// <summary>D9/D25g: 5 weeks passed without consent; the case is refused.</summary>
    ConsentLapsed,

    /// <summary>D18: the compliance term passed; the one reminder is due.</summary>
    ComplianceReminderDue,

    /// <summary>D24: 2 years passed since the ruling or the end; the data is erased.</summary>
    RetentionExpired,
}

public sealed record DueItem(Guid CaseId, CaseNumber Number, DueKind Kind);

/// <summary>
/// What falls due at a moment, and acting on it through the ordinary transitions as <see cref="Actor.System"/>.
/// Idempotent by construction: each item is found only in a state its action leaves, so a second run
/// (or a run after a restart) finds nothing, and acting twice fails with the transition's named error.
/// </summary>
public static class DueWork
{
    public static IReadOnlyList<DueItem> Find(IEnumerable<BindingRulingCase> cases, DateTimeOffset now) =>
        cases.SelectMany(c => DueOn(c, now).Select(kind => new DueItem(c.Id, c.Number, kind))).ToList();

    public static Result Act(DueItem item, BindingRulingCase @case, TimeProvider clock) => item.Kind switch
    {
        DueKind.ResponseOverdue => @case.ExpireResponseTerm(Actor.System, clock),
        DueKind.ConsentLapsed => @case.LapseConsent(Actor.System, clock),
        DueKind.ComplianceReminderDue => @case.SendReminder(Actor.System, clock),
        _ => @case.EraseData(Actor.System, clock),
    };

    /// <summary>Retention of any scheme (D24 for D; M and B: <see cref="RetentionTerms"/>): erase once the term has passed.</summary>
    public static Result EraseAfterRetention(CaseBase @case, TimeProvider clock) => @case switch
    {
        BindingRulingCase br => br.EraseData(Actor.System, clock),
        Mediation.MediationCase m => m.EraseData(Actor.System, clock),
        Bemiddeling.BemiddelingCase b => b.EraseData(Actor.System, clock),
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case.GetType().Name, "A scheme without retention."),
    };

    private static IEnumerable<DueKind> DueOn(BindingRulingCase c, DateTimeOffset now)
    {
        switch (c.State)
        {
            case BindingRulingState.ForwardedToRespondent when c.OpenDeadline(DeadlineKind.Response)?.IsOverdue(now) == true:
                yield return DueKind.ResponseOverdue;
                break;
            case BindingRulingState.AwaitingConsent when c.OpenDeadline(DeadlineKind.Consent)?.IsOverdue(now) == true:
                yield return DueKind.ConsentLapsed;
                break;
            case BindingRulingState.CompliancePeriod when c.OpenDeadline(DeadlineKind.Compliance)?.IsOverdue(now) == true:
                yield return DueKind.ComplianceReminderDue;
                break;
            case BindingRulingState.Refused or BindingRulingState.Withdrawn or BindingRulingState.Settled or BindingRulingState.Closed
                when c.OpenDeadline(DeadlineKind.Retention) is { } retention && now >= retention.DueAt:
                yield return DueKind.RetentionExpired;
                break;
        }
    }
}
