using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class DepositTests
{
    [Fact]
    [Trait("Rule", "D23")]
    public void D23_The_ruling_cannot_be_issued_while_a_required_deposit_is_unpaid()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);
        var today = AmsterdamCalendar.DateOf(s.Clock.GetUtcNow());
        Assert.IsType<DepositDueDateInPast>(s.Case.RequireDeposit(Actors.CaseManager, s.Clock, Money.Euros(250m), PartyRole.Business, today).Error);
        Assert.True(s.Case.RequireDeposit(Actors.CaseManager, s.Clock, Money.Euros(250m), PartyRole.Business, today.AddDays(10)).IsSuccess);
        Assert.IsType<DepositAlreadyRequired>(s.Case.RequireDeposit(Actors.CaseManager, s.Clock, Money.Euros(1m), PartyRole.Business, today.AddDays(10)).Error);

        var ruling = BindingRulingScenario.RulingFor(today.AddDays(14));
        Assert.IsType<DepositUnpaid>(s.Case.IssueRuling(Actors.Assessor, s.Clock, ruling).Error);

        Assert.True(s.Case.RecordDepositPaid(Actors.CaseManager, s.Clock).IsSuccess);
        Assert.True(s.Case.IssueRuling(Actors.Assessor, s.Clock, ruling).IsSuccess);
    }

    [Fact]
    [Trait("Rule", "D23")]
    public void D23_A_paid_deposit_is_released_after_compliance()
    {
        var s = new BindingRulingScenario().To(S.DossierComplete);
        var today = AmsterdamCalendar.DateOf(s.Clock.GetUtcNow());
        s.Case.RequireDeposit(Actors.CaseManager, s.Clock, Money.Euros(100m), PartyRole.Business, today.AddDays(7));
        s.Case.RecordDepositPaid(Actors.CaseManager, s.Clock);
        s.To(S.Complied);

        Assert.True(s.Case.ReleaseDeposit(Actors.CaseManager, s.Clock).IsSuccess);
        Assert.Equal(DepositStatus.Released, s.Case.Deposit!.Status);
        Assert.IsType<NoPaidDeposit>(s.Case.ReleaseDeposit(Actors.CaseManager, s.Clock).Error);
    }

    [Fact]
    [Trait("Rule", "D23")]
    public void D23_A_paid_deposit_is_forfeited_after_non_compliance()
    {
        var s = new BindingRulingScenario().To(S.DossierComplete);
        var today = AmsterdamCalendar.DateOf(s.Clock.GetUtcNow());
        s.Case.RequireDeposit(Actors.CaseManager, s.Clock, Money.Euros(100m), PartyRole.Business, today.AddDays(7));
        s.Case.RecordDepositPaid(Actors.CaseManager, s.Clock);
        s.To(S.NonCompliance);

        Assert.True(s.Case.ForfeitDeposit(Actors.CaseManager, s.Clock).IsSuccess);
        Assert.Equal(DepositStatus.Forfeited, s.Case.Deposit!.Status);
    }
}
