using AdrDesk.Domain.Eligibility;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Domain;

public class StaffDecisionTests
{
    private readonly FakeTimeProvider _clock = AmsterdamClock.At(2026, 6, 1);

    [Theory]
    [Trait("Rule", "D25b")]
    [Trait("Rule", "D25c")]
    [Trait("Rule", "D25j")]
    [InlineData("D25b")]
    [InlineData("D25c")]
    [InlineData("D25j")]
    public void D25b_D25c_D25j_Staff_decide_with_who_when_and_a_written_reason(string ruleId)
    {
        var decision = StaffDecision.Take(Actors.CaseManager, ruleId, StaffDecisionOutcome.Refuse, "Bedrag van € 3 is onbeduidend.", _clock).Value;

        Assert.Equal(Actors.CaseManager.UserId, decision.DecidedById);
        Assert.Equal(Actors.CaseManager.DisplayName, decision.DecidedByName);
        Assert.Equal(_clock.GetUtcNow(), decision.DecidedAt);
        Assert.Equal(ruleId, decision.RuleId);
        Assert.IsType<WrittenReasonRequired>(StaffDecision.Take(Actors.CaseManager, ruleId, StaffDecisionOutcome.Refuse, " ", _clock).Error);
    }

    [Fact]
    [Trait("Rule", "D25i")]
    public void D25i_Staff_may_override_not_affiliated_at_order_and_handle_the_case()
    {
        var decision = StaffDecision.Take(Actors.CaseManager, "D25i", StaffDecisionOutcome.Handle, "Webshop verwees ten onrechte naar ons; toch behandelen.", _clock);
        Assert.True(decision.IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D25")]
    public void D25_Automatic_grounds_cannot_be_overridden_and_only_staff_decide()
    {
        Assert.IsType<GroundNotOverridable>(StaffDecision.Take(Actors.CaseManager, "D25d", StaffDecisionOutcome.Handle, "x", _clock).Error);
        Assert.IsType<StaffDecisionRequiresStaff>(StaffDecision.Take(Actors.Assessor, "D25b", StaffDecisionOutcome.Refuse, "x", _clock).Error);
        Assert.IsType<NotAStaffDecidableGround>(StaffDecision.Take(Actors.CaseManager, "D12", StaffDecisionOutcome.Refuse, "x", _clock).Error);
        Assert.True(StaffDecision.Take(Actors.CaseManager, "D25h", StaffDecisionOutcome.Refuse, "Failliet volgens KvK.", _clock).IsSuccess);
    }
}
