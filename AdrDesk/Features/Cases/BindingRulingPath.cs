using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Features.Cases;

/// <summary>A clock the seeders move along a case's history.</summary>
internal sealed class SeedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Who acts in a generated case history.</summary>
internal sealed record PathCast(Actor Consumer, Actor Webshop, Actor CaseManager, IReadOnlyList<PanelMember> Panel)
{
    public Actor Assessor => new(Panel[0].AssessorId, Panel[0].Name, Role.Assessor);
}

internal sealed record PathStep(double DaysAfterPrevious, Func<BindingRulingCase, TimeProvider, Result> Run);

/// <summary>
/// The ordinary route of a binding-ruling case from Draft to a target state, as timed domain commands
/// (demo data and volume data). The durations are typical, so deadlines fall where they would in life.
/// </summary>
internal static class BindingRulingPath
{
    public static IReadOnlyList<PathStep> To(S target, PathCast cast, PartyRole filedBy, bool extended = false)
    {
        var steps = new List<PathStep>();
        var filer = filedBy == PartyRole.Consumer ? cast.Consumer : cast.Webshop;
        var desk = cast.CaseManager;
        var assessor = cast.Assessor;
        void Add(double days, Func<BindingRulingCase, TimeProvider, Result> run) => steps.Add(new(days, run));

        Add(0.2, (c, t) => c.Submit(filer, t, acceptsBindingRuling: true));
        if (target == S.Filed) return steps;
        Add(1, (c, t) => c.StartScreening(desk, t));
        switch (target)
        {
            case S.Screening: return steps;
            case S.AwaitingSubscription:
                Add(2, (c, t) => c.RequestSubscription(desk, t));
                return steps;
            case S.AwaitingConsent:
                Add(2, (c, t) => c.RequestConsent(desk, t));
                return steps;
            case S.Refused:
                Add(4, (c, t) => c.Refuse(desk, t, [new RefusalReason("D25e", "Het geschil is meer dan 365 dagen na de eerste melding bij de webshop ingediend.")]));
                return steps;
        }
        Add(2, (c, t) => c.AssignPanel(desk, t, cast.Panel));
        Add(1, (c, t) => c.Forward(assessor, t));
        if (target == S.ForwardedToRespondent) return steps;
        Add(9, (c, t) => c.RecordResponse(cast.Webshop, t, "Wij hebben het product correct geleverd en betwisten de klacht."));
        if (target == S.SettlementAttempt) return steps;
        if (target == S.Settled)
        {
            Add(6, (c, t) => c.Settle(assessor, t, "Vaststellingsovereenkomst: de webshop vergoedt € 75,00."));
            return steps;
        }
        Add(7, (c, t) => c.FailSettlement(assessor, t, "Partijen kwamen in het telefoongesprek niet tot een schikking."));
        Add(2, (c, t) => c.RequestInformation(assessor, t, c.Webshop.Id, "Stuur de track-and-trace-gegevens van de zending.", 14));
        if (target == S.InformationGathering) return steps;
        Add(6, (c, t) => c.AddSubmission(cast.Webshop, t, "Track-and-trace: bezorgd op het opgegeven adres.", null, c.InformationRequests[^1].Id));
        if (target == S.Withdrawn)
        {
            Add(3, (c, t) => c.Withdraw(cast.Consumer, t, "Ik ga naar de rechter."));
            return steps;
        }
        Add(2, (c, t) => c.DeclareDossierComplete(assessor, t));
        if (extended)
        {
            Add(40, (c, t) => c.ExtendRulingTerm(assessor, t,
                AmsterdamCalendar.DateOf(c.OpenDeadline(DeadlineKind.Ruling)!.DueAt).AddDays(45), "Deskundigenbericht over het defect is nodig."));
        }
        if (target == S.DossierComplete) return steps;
        Add(20, (c, t) => c.StartRulingPreparation(assessor, t));
        if (target == S.RulingInPreparation) return steps;
        var mustComply = target == S.NonCompliance ? PartyRole.Consumer : PartyRole.Business;
        Add(12, (c, t) => c.IssueRuling(assessor, t, new RulingContent(
            mustComply == PartyRole.Business ? "De webshop betaalt de consument € 149,00 terug." : "De consument betaalt de webshop € 89,00 voor de gebruikte dienst.",
            "Het product week af van de beschrijving op de website; de webshop heeft dat niet weerlegd.",
            "Overmaking op de rekening van de wederpartij", AmsterdamCalendar.DateOf(t.GetUtcNow()).AddDays(14), mustComply)));
        if (target == S.RulingIssued) return steps;
        Add(1, (c, t) => c.SendRuling(desk, t));
        if (target == S.CompliancePeriod) return steps;
        if (target is S.Complied or S.Closed)
        {
            Add(10, (c, t) => c.ConfirmCompliance(desk, t));
            if (target == S.Closed) Add(2, (c, t) => c.Close(desk, t));
            return steps;
        }
        Add(16, (c, t) => c.SendReminder(Actor.System, t));
        if (target == S.ReminderSent) return steps;
        Add(15, (c, t) => c.DeclareNonCompliance(desk, t, null));
        return steps;
    }

    public static double Days(IEnumerable<PathStep> steps) => steps.Sum(s => s.DaysAfterPrevious);
}
