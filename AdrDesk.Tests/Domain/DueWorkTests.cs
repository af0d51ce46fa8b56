using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class DueWorkTests
{
    [Fact]
    [Trait("Rule", "D12")]
    [Trait("Rule", "D25g")]
    [Trait("Rule", "D18")]
    public void Due_work_finds_each_kind_once_and_a_second_run_finds_nothing()
    {
        var clock = AmsterdamClock.At(2026, 2, 2);
        var response = new BindingRulingScenario(clock: clock).To(S.ForwardedToRespondent);
        var consent = new BindingRulingScenario(PartyRole.Business, clock).To(S.AwaitingConsent);
        var compliance = new BindingRulingScenario(clock: clock).To(S.CompliancePeriod);
        var idle = new BindingRulingScenario(clock: clock).To(S.InformationGathering);
        BindingRulingCase[] cases = [response.Case, consent.Case, compliance.Case, idle.Case];
        clock.Advance(TimeSpan.FromDays(40));

        var due = DueWork.Find(cases, clock.GetUtcNow());
        Assert.Equal([DueKind.ResponseOverdue, DueKind.ConsentLapsed, DueKind.ComplianceReminderDue], due.Select(d => d.Kind));

        foreach (var item in due) Assert.True(DueWork.Act(item, cases.Single(c => c.Id == item.CaseId), clock).IsSuccess);

        Assert.Equal(S.SettlementAttempt, response.Case.State);
        Assert.Equal(S.Refused, consent.Case.State); // D25g
        Assert.Equal(S.ReminderSent, compliance.Case.State);
        Assert.Empty(DueWork.Find(cases, clock.GetUtcNow()));
    }

    [Fact]
    public void Acting_twice_on_the_same_item_fails_the_second_time_and_changes_nothing()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        s.Clock.Advance(TimeSpan.FromDays(20));
        var item = Assert.Single(DueWork.Find([s.Case], s.Clock.GetUtcNow()));

        Assert.True(DueWork.Act(item, s.Case, s.Clock).IsSuccess);
        var version = s.Case.Version;
        var audits = s.Case.PendingAudit.Count;

        Assert.False(DueWork.Act(item, s.Case, s.Clock).IsSuccess);
        Assert.Equal(version, s.Case.Version);
        Assert.Equal(audits, s.Case.PendingAudit.Count);
    }

    [Fact]
    [Trait("Rule", "D24")]
    public void D24_Retention_expiry_is_due_work_and_erasing_ends_it()
    {
        var s = new BindingRulingScenario().To(S.Withdrawn);
        Assert.Empty(DueWork.Find([s.Case], s.Clock.GetUtcNow()));

        s.Clock.Advance(TimeSpan.FromDays(2 * 366));
        var item = Assert.Single(DueWork.Find([s.Case], s.Clock.GetUtcNow()));
        Assert.Equal(DueKind.RetentionExpired, item.Kind);
        Assert.True(DueWork.Act(item, s.Case, s.Clock).IsSuccess);
        Assert.Empty(DueWork.Find([s.Case], s.Clock.GetUtcNow()));
        Assert.Equal(Actor.System.UserId, s.Case.PendingAudit.Last().ActorId);
    }
}
