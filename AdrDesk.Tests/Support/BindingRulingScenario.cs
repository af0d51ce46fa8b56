using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using Microsoft.Extensions.Time.Testing;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.Support;

/// <summary>A binding-ruling case driven along the happy path to any state, asserting each step succeeds.</summary>
public sealed class BindingRulingScenario
{
    public BindingRulingScenario(PartyRole filedBy = PartyRole.Consumer, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? AmsterdamClock.At(2026, 2, 2);
        Organisation = TestRegister.Webshop();
        var consumer = Party.Consumer("Sanne de Vries", Actors.Consumer.UserId).Value;
        var webshop = Party.Business("Fietsenwinkel BV", Actors.Webshop.UserId, Organisation.Id).Value;
        var number = CaseNumber.Create(Scheme.BindingRuling, 2026, 123).Value;
        var filer = filedBy == PartyRole.Consumer ? Actors.Consumer : Actors.Webshop;
        Case = BindingRulingCase.Draft(number, consumer, webshop, filedBy, Language.Nl, Language.Nl, FilingChannel.Online, filer, Clock).Value;
    }

    public FakeTimeProvider Clock { get; }
    public Organisation Organisation { get; }
    public BindingRulingCase Case { get; }

    public static RulingContent RulingFor(DateOnly complyBy, PartyRole mustComply = PartyRole.Business) =>
        new("De webshop betaalt € 120,00 terug.", "Het product was bij aflevering defect.", "Terugbetaling op de rekening van de consument", complyBy, mustComply);

    public static PanelMember Member(Actor assessor, bool rapporteur = false) => new(assessor.UserId, assessor.DisplayName, rapporteur);

    /// <summary>Continues from the current state along the happy path until <paramref name="target"/>.</summary>
    public BindingRulingScenario To(S target)
    {
        while (Case.State != target) Do(NextStep(target));
        return this;
    }

    private Func<Result> NextStep(S target)
    {
        var filer = Case.FiledBy == PartyRole.Consumer ? Actors.Consumer : Actors.Webshop;
        return (Case.State, target) switch
        {
            (S.Draft, _) => () => Case.Submit(filer, Clock, acceptsBindingRuling: true),
            (S.Filed, _) => () => Case.StartScreening(Actors.CaseManager, Clock),
            (S.Screening, S.AwaitingSubscription) => () => Case.RequestSubscription(Actors.CaseManager, Clock),
            (S.Screening, S.AwaitingConsent) => () => Case.RequestConsent(Actors.CaseManager, Clock),
            (S.Screening, S.Refused) => () => Case.Refuse(Actors.CaseManager, Clock, [new RefusalReason("D25b", "Gering gebrek.")]),
            (S.Screening, _) when !Case.CurrentPanel.Any() => () => Case.AssignPanel(Actors.CaseManager, Clock, [Member(Actors.Assessor)]),
            (S.Screening, _) => () => Case.Forward(Actors.Assessor, Clock),
            (S.ForwardedToRespondent, _) => () => Case.RecordResponse(Actors.Webshop, Clock, "Wij betwisten de klacht."),
            (S.SettlementAttempt, _) => () => Case.FailSettlement(Actors.Assessor, Clock, "Partijen komen niet tot elkaar."),
            (S.InformationGathering, _) => () => Case.DeclareDossierComplete(Actors.Assessor, Clock),
            (S.DossierComplete, S.Withdrawn) => () => Case.Withdraw(Actors.Consumer, Clock),
            (S.DossierComplete, S.Settled) => () => Case.Settle(Actors.Assessor, Clock, "Schikking: € 60,00."),
            (S.DossierComplete, _) => () => Case.StartRulingPreparation(Actors.Assessor, Clock),
            (S.RulingInPreparation, _) => () => Case.IssueRuling(Actors.Assessor, Clock, RulingFor(AmsterdamCalendar.DateOf(Clock.GetUtcNow()).AddDays(14))),
            (S.RulingIssued, _) => () => Case.SendRuling(Actors.CaseManager, Clock),
            (S.CompliancePeriod, S.Complied) => () => Case.ConfirmCompliance(Actors.CaseManager, Clock),
            (S.CompliancePeriod, _) => () => AfterDays(15, () => Case.SendReminder(Actor.System, Clock)),
            (S.ReminderSent, _) => () => AfterDays(15, () => Case.DeclareNonCompliance(Actors.CaseManager, Clock, Organisation)),
            (S.NonCompliance, _) => () => Case.Close(Actors.CaseManager, Clock),
            _ => throw new InvalidOperationException($"No happy path from {Case.State} to {target}."),
        };
    }

    private Result AfterDays(int days, Func<Result> action)
    {
        Clock.Advance(TimeSpan.FromDays(days));
        return action();
    }

    private BindingRulingScenario Do(Func<Result> action)
    {
        var result = action();
        Assert.True(result.IsSuccess, result.Error?.Code);
        return this;
    }
}
