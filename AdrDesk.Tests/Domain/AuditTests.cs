using AdrDesk.Domain.Common;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class AuditTests
{
    [Fact]
    public void A_transition_writes_an_audit_entry_and_an_event_and_steps_the_version()
    {
        var s = new BindingRulingScenario().To(S.Filed);
        s.Case.ClearPending();
        var version = s.Case.Version;

        Assert.True(s.Case.StartScreening(Actors.CaseManager, s.Clock).IsSuccess);

        var entry = Assert.Single(s.Case.PendingAudit);
        Assert.Equal((Actors.CaseManager.UserId, "Eva Jansen", Role.CaseManager), (entry.ActorId, entry.ActorName, entry.Role));
        Assert.Equal(("StartScreening", "Filed", "Screening"), (entry.Action, entry.Before, entry.After));
        Assert.Equal((s.Case.Id, "DD-2026-000123", s.Clock.GetUtcNow()), (entry.CaseId, entry.CaseNumber, entry.At));
        var caseEvent = Assert.Single(s.Case.PendingEvents);
        Assert.Equal(("DD-2026-000123", "StartScreening", "Screening"), (caseEvent.Number.ToString(), caseEvent.Kind, caseEvent.State));
        Assert.Equal(version + 1, s.Case.Version);
    }

    [Fact]
    public void Deadline_changes_are_audited_with_the_transition()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        s.Case.AssignPanel(Actors.CaseManager, s.Clock, [BindingRulingScenario.Member(Actors.Assessor)]);
        s.Case.ClearPending();

        s.Case.Forward(Actors.Assessor, s.Clock);

        Assert.Equal(["DeadlineClosed:Refusal", "DeadlineStarted:Response", "Forward"], s.Case.PendingAudit.Select(a => a.Action));
    }

    [Fact]
    public void A_failed_command_writes_nothing_and_ClearPending_empties_both_lists()
    {
        var s = new BindingRulingScenario().To(S.Screening);
        var (audits, events, version) = (s.Case.PendingAudit.Count, s.Case.PendingEvents.Count, s.Case.Version);

        Assert.False(s.Case.Forward(Actors.CaseManager, s.Clock).IsSuccess);
        Assert.Equal((audits, events, version), (s.Case.PendingAudit.Count, s.Case.PendingEvents.Count, s.Case.Version));

        s.Case.ClearPending();
        Assert.Empty(s.Case.PendingAudit);
        Assert.Empty(s.Case.PendingEvents);
    }
}
