using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Tests.Support;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Domain;

public class PartyTests
{
    [Fact]
    [Trait("Rule", "D7")]
    public void D7_A_party_may_be_represented_at_any_time_and_stop_being_so()
    {
        var s = new BindingRulingScenario().To(S.InformationGathering);
        var consumer = s.Case.Consumer;
        Assert.Null(consumer.Representative); // no lawyer required

        Assert.True(s.Case.SetRepresentative(Actors.Consumer, s.Clock, consumer.Id, new Representative("J. de Wit", "Juridisch adviseur", null)).IsSuccess);
        Assert.Equal("J. de Wit", consumer.Representative!.Name);
        Assert.IsType<UnknownParty>(s.Case.SetRepresentative(Actors.Consumer, s.Clock, s.Case.Webshop.Id, null).Error);

        Assert.True(s.Case.SetRepresentative(Actors.Consumer, s.Clock, consumer.Id, null).IsSuccess);
        Assert.Null(consumer.Representative);
    }

    [Fact]
    [Trait("Rule", "D21")]
    public void D21_If_either_party_asks_the_procedure_is_conducted_in_writing()
    {
        var s = new BindingRulingScenario().To(S.ForwardedToRespondent);
        Assert.False(s.Case.IsConductedInWriting);

        Assert.True(s.Case.RequestPaperProcedure(Actors.CaseManager, s.Clock, s.Case.Webshop.Id).IsSuccess);

        Assert.True(s.Case.Webshop.PaperProcedure);
        Assert.False(s.Case.Consumer.PaperProcedure);
        Assert.True(s.Case.IsConductedInWriting);
        // Staff enter what a paper party sends by post, on its behalf.
        Assert.True(s.Case.AddSubmission(Actors.CaseManager, s.Clock, "Brief van de webshop.", s.Case.Webshop.Id).IsSuccess);
        Assert.IsType<UnknownParty>(s.Case.AddSubmission(Actors.CaseManager, s.Clock, "Zonder partij.").Error);
    }
}
