using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Support;

/// <summary>A binding-ruling case driven along the happy path to any state, asserting each step succeeds.</summary>
public sealed class BindingRulingScenario
{
    public BindingRulingScenario(PartyRole filedBy = PartyRole.Consumer, FakeClock? clock = null)
    {
        Clock = clock ?? FakeClock.AtAmsterdam(2026, 2, 2);
        Organisation = TestRegister.Webshop();
        var consumer = Party.Consumer("Sanne de Vries", Actors.Consumer.UserId).Value;
        var webshop = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, Organisation.Id).Value;
        var number = CaseNumber.Create(Scheme.BindingRuling, 2026, 123).Value;
        var filer = filedBy == PartyRole.Consumer ? Actors.Consumer : Actors.Webshop;
        Case = BindingRulingCase.Draft(number, consumer, webshop, filedBy, Language.Nl, Language.Nl, FilingChannel.Online, filer, Clock).Value;
    }

    public FakeClock Clock { get; }
    public Organisation Organisation { get; }
    public BindingRulingCase Case { get; }

    public static RulingContent RulingFor(DateOnly complyBy, PartyRole mustComply = PartyRole.Business) =>
        new("De webshop betaalt € 120,00 terug.", "Het product was bij aflevering defect.", "Terugbetaling op de rekening van de consument", complyBy, mustComply);

    public static PanelMember Member(Actor assessor, bool rapporteur = false) => new(assessor.UserId, assessor.DisplayName, rapporteur);

    public BindingRulingScenario To(S target)
    {
        var filer = Case.FiledBy == PartyRole.Consumer ? Actors.Consumer : Actors.Webshop;
        if (Case.State == target) return this;
        if (Reached(target, S.Filed, () => Case.Submit(filer, Clock, acceptsBindingRuling: true))) return this;
        if (Reached(target, S.Screening, () => Case.StartScreening(Actors.CaseManager, Clock))) return this;
        if (target == S.AwaitingSubscription) return Do(() => Case.RequestSubscription(Actors.CaseManager, Clock));
        if (target == S.AwaitingConsent) return Do(() => Case.RequestConsent(Actors.CaseManager, Clock));
        if (target == S.Refused) return Do(() => Case.Refuse(Actors.CaseManager, Clock, [new RefusalReason("D25b", "Gering gebrek.")]));
        Do(() => Case.AssignPanel(Actors.CaseManager, Clock, [Member(Actors.Assessor)]));
        if (Reached(target, S.ForwardedToRespondent, () => Case.Forward(Actors.Assessor, Clock))) return this;
        if (Reached(target, S.SettlementAttempt, () => Case.RecordResponse(Actors.Webshop, Clock, "Wij betwisten de klacht."))) return this;
        if (Reached(target, S.InformationGathering, () => Case.FailSettlement(Actors.Assessor, Clock, "Partijen komen niet tot elkaar."))) return this;
        if (Reached(target, S.DossierComplete, () => Case.DeclareDossierComplete(Actors.Assessor, Clock))) return this;
        if (target is S.Withdrawn) return Do(() => Case.Withdraw(Actors.Consumer, Clock));
        if (target is S.Settled) return Do(() => Case.Settle(Actors.Assessor, Clock, "Schikking: € 60,00."));
        if (Reached(target, S.RulingInPreparation, () => Case.StartRulingPreparation(Actors.Assessor, Clock))) return this;
        var complyBy = AmsterdamCalendar.DateOf(Clock.GetUtcNow()).AddDays(14);
        if (Reached(target, S.RulingIssued, () => Case.IssueRuling(Actors.Assessor, Clock, RulingFor(complyBy)))) return this;
        if (Reached(target, S.CompliancePeriod, () => Case.SendRuling(Actors.CaseManager, Clock))) return this;
        if (target is S.Complied) return Do(() => Case.ConfirmCompliance(Actors.CaseManager, Clock));
        Clock.Advance(TimeSpan.FromDays(15));
        if (Reached(target, S.ReminderSent, () => Case.SendReminder(Actor.System, Clock))) return this;
        Clock.Advance(TimeSpan.FromDays(15));
        if (Reached(target, S.NonCompliance, () => Case.DeclareNonCompliance(Actors.CaseManager, Clock, Organisation))) return this;
        if (Reached(target, S.Closed, () => Case.Close(Actors.CaseManager, Clock))) return this;
        throw new InvalidOperationException($"No happy path to {target}.");
    }

    private bool Reached(S target, S next, Func<Result> action)
    {
        Do(action);
        Assert.Equal(next, Case.State);
        return next == target;
    }

    private BindingRulingScenario Do(Func<Result> action)
    {
        var result = action();
        Assert.True(result.IsSuccess, result.Error?.Code);
        return this;
    }
}
