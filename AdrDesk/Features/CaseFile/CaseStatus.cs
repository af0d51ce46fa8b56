using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.CaseFile;

/// <summary>Who must act next; <see cref="Filer"/> and <see cref="Respondent"/> depend on who filed (D9).</summary>
public enum WhoActs
{
    Nobody,
    Consumer,
    Webshop,
    Filer,
    Respondent,
    Parties,
    Desk,
    Assessor,
    Mediator,
}

/// <summary>
/// A case's state in words: the resource keys of its status and next step (CaseFileResource,
/// "Status.{Scheme}.{State}" / "Next.{Scheme}.{State}") and who must act, per scheme and state.
/// </summary>
public static class CaseStatus
{
    private static readonly Dictionary<string, WhoActs> Who = new()
    {
        ["BindingRuling.Draft"] = WhoActs.Filer,
        ["BindingRuling.Filed"] = WhoActs.Desk,
        ["BindingRuling.Screening"] = WhoActs.Desk,
        ["BindingRuling.AwaitingSubscription"] = WhoActs.Webshop,
        ["BindingRuling.AwaitingConsent"] = WhoActs.Consumer,
        ["BindingRuling.Refused"] = WhoActs.Nobody,
        ["BindingRuling.ForwardedToRespondent"] = WhoActs.Respondent,
        ["BindingRuling.SettlementAttempt"] = WhoActs.Assessor,
        ["BindingRuling.InformationGathering"] = WhoActs.Parties,
        ["BindingRuling.DossierComplete"] = WhoActs.Assessor,
        ["BindingRuling.RulingInPreparation"] = WhoActs.Assessor,
        ["BindingRuling.RulingIssued"] = WhoActs.Desk,
        ["BindingRuling.CompliancePeriod"] = WhoActs.Parties,
        ["BindingRuling.ReminderSent"] = WhoActs.Parties,
        ["BindingRuling.Complied"] = WhoActs.Desk,
        ["BindingRuling.NonCompliance"] = WhoActs.Desk,
        ["BindingRuling.Closed"] = WhoActs.Nobody,
        ["BindingRuling.Withdrawn"] = WhoActs.Nobody,
        ["BindingRuling.Settled"] = WhoActs.Nobody,
        ["BindingRuling.DataErased"] = WhoActs.Nobody,
        ["B2BMediation.Requested"] = WhoActs.Desk,
        ["B2BMediation.EligibilityCheck"] = WhoActs.Desk,
        ["B2BMediation.Ineligible"] = WhoActs.Nobody,
        ["B2BMediation.MediatorAssigned"] = WhoActs.Parties,
        ["B2BMediation.PositionsCollected"] = WhoActs.Mediator,
        ["B2BMediation.PositionsExchanged"] = WhoActs.Mediator,
        ["B2BMediation.JointSessions"] = WhoActs.Mediator,
        ["B2BMediation.AgreementReached"] = WhoActs.Mediator,
        ["B2BMediation.BindingSolution"] = WhoActs.Mediator,
        ["B2BMediation.AgreementDrafted"] = WhoActs.Parties,
        ["B2BMediation.SignedByBoth"] = WhoActs.Desk,
        ["B2BMediation.Closed"] = WhoActs.Nobody,
        ["B2BMediation.Withdrawn"] = WhoActs.Nobody,
        ["B2BMediation.DataErased"] = WhoActs.Nobody,
        ["ConsumerBemiddeling.Registered"] = WhoActs.Desk,
        ["ConsumerBemiddeling.Assessed"] = WhoActs.Desk,
        ["ConsumerBemiddeling.ParticipantNotified"] = WhoActs.Webshop,
        ["ConsumerBemiddeling.ResolvedDirectly"] = WhoActs.Desk,
        ["ConsumerBemiddeling.Escalated"] = WhoActs.Desk,
        ["ConsumerBemiddeling.Closed"] = WhoActs.Nobody,
        ["ConsumerBemiddeling.DataErased"] = WhoActs.Nobody,
    };

    public static string StatusKey(Scheme scheme, string state) => $"Status.{scheme}.{state}";

    public static string NextStepKey(Scheme scheme, string state) => $"Next.{scheme}.{state}";

    public static WhoActs WhoMustAct(Scheme scheme, string state) =>
        Who.TryGetValue($"{scheme}.{state}", out var who) ? who : WhoActs.Desk;

    /// <summary>Resolves filer/respondent once the filing side is known (the case page knows it; a list may not).</summary>
    public static WhoActs Resolve(WhoActs who, PartyRole? filedBy) => (who, filedBy) switch
    {
        (WhoActs.Filer, PartyRole.Consumer) or (WhoActs.Respondent, PartyRole.Business) => WhoActs.Consumer,
        (WhoActs.Filer, PartyRole.Business) or (WhoActs.Respondent, PartyRole.Consumer) => WhoActs.Webshop,
        _ => who,
    };

    /// <summary>Amsterdam calendar days from today to the due day: 0 is today, negative is overdue.</summary>
    public static int DaysLeft(DateTimeOffset due, DateTimeOffset now) =>
        AmsterdamCalendar.DaysBetween(AmsterdamCalendar.DateOf(now), AmsterdamCalendar.DateOf(due));
}
