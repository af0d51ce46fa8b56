using AdrDesk.Domain.BindingRuling;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class StatisticsTests
{
    [Fact]
    [Trait("Rule", "D22")]
    public void D22_Average_duration_runs_from_filing_to_the_end_over_ended_cases()
    {
        var quick = new BindingRulingScenario().To(S.Screening);
        quick.Clock.Advance(TimeSpan.FromDays(28));
        quick.To(S.Withdrawn);
        var slow = new BindingRulingScenario().To(S.InformationGathering);
        slow.Clock.Advance(TimeSpan.FromDays(84));
        slow.To(S.Settled);
        var open = new BindingRulingScenario().To(S.InformationGathering);

        Assert.Equal(TimeSpan.FromDays(56), ProcedureStatistics.AverageDuration([quick.Case, slow.Case, open.Case]));
        Assert.Null(ProcedureStatistics.AverageDuration([open.Case]));
    }
}
