using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class EndingTests
{
    [Theory]
    [Trait("Rule", "D20")]
    [InlineData(S.Filed)]
    [InlineData(S.ForwardedToRespondent)]
    [InlineData(S.DossierComplete)]
    public void D20_The_consumer_may_withdraw_until_the_ruling_is_being_prepared(S state)
    {
        var s = new BindingRulingScenario().To(state);
        Assert.True(s.Case.Withdraw(Actors.Consumer, s.Clock, "Ik ga naar de rechter.").IsSuccess);
        Assert.Equal(S.Withdrawn, s.Case.State);
        Assert.NotNull(s.Case.EndedAt);
    }

    [Theory]
    [Trait("Rule", "D20")]
    [InlineData(S.RulingInPreparation)]
    [InlineData(S.RulingIssued)]
    [InlineData(S.CompliancePeriod)]
    public void D20_The_consumer_may_not_withdraw_once_the_ruling_is_being_prepared(S state)
    {
        var s = new BindingRulingScenario().To(state);
        var error = s.Case.Withdraw(Actors.Consumer, s.Clock).Error;
        Assert.IsType<ConsumerWithdrawalEnded>(error);
        Assert.IsAssignableFrom<TransitionNotAllowed>(error);
        Assert.Equal("D20", error!.RuleId);
    }

    [Fact]
    [Trait("Rule", "D20")]
    public void D20_The_webshop_withdraws_only_by_settlement()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        Assert.IsType<WebshopWithdrawsOnlyBySettlement>(s.Case.Withdraw(Actors.Webshop, s.Clock).Error);
        Assert.True(s.Case.Settle(Actors.Assessor, s.Clock, "Vaststellingsovereenkomst: terugbetaling € 50,00.").IsSuccess);
        Assert.Equal(S.Settled, s.Case.State);
    }

    [Fact]
    [Trait("Rule", "D20")]
    public void D20_Both_parties_may_end_the_procedure_by_agreement_even_while_the_ruling_is_prepared()
    {
        var s = new BindingRulingScenario().To(S.RulingInPreparation);
        Assert.IsType<TextRequired>(s.Case.EndByAgreement(Actors.CaseManager, s.Clock, "").Error);
        Assert.True(s.Case.EndByAgreement(Actors.CaseManager, s.Clock, "Beide partijen per e-mail van 3 februari.").IsSuccess);
        Assert.Equal(S.Withdrawn, s.Case.State);
    }
}
