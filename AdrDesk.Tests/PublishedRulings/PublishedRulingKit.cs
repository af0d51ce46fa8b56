using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Tests.Support;
using AdrDesk.Tests.Workbench;

namespace AdrDesk.Tests.PublishedRulings;

/// <summary>Cases with a final ruling (issued and sent) whose text names the consumer, for the published-ruling tests.</summary>
public static class PublishedRulingKit
{
    public const string Reasons =
        "Sanne de Vries bestelde op 1 maart een fiets (bestelnummer 2026-88812) bij Fietsenwinkel BV. De fiets werd geleverd aan Kerkstraat 12, " +
        "1234 AB Utrecht, met een gebroken frame. De consument mailde vanaf sanne@example.com en belde 06-12345678. Fietsenwinkel BV draagt het risico.";
    public const string Decision = "Fietsenwinkel BV betaalt Sanne de Vries € 480,00 terug.";
    public const string Compliance = "Betaling op NL91 ABNA 0417 1643 00 ten name van S. de Vries.";

    /// <summary>A case of the kit up to the ruling in preparation; <paramref name="send"/> issues and sends the ruling.</summary>
    public static async Task<BindingRulingCase> RulingAsync(WorkbenchKit kit, bool issue = true, bool send = true,
        PartyRole mustComply = PartyRole.Business, string reasons = Reasons)
    {
        var c = await kit.FiledCaseAsync();
        async Task Step(Func<BindingRulingCase, Result> command)
        {
            kit.Clock.Advance(TimeSpan.FromHours(5));
            await kit.StepAsync(c, command);
        }
        await Step(x => x.StartScreening(kit.Desk.Actor, kit.Clock));
        await Step(x => x.RecordStaffDecision(kit.Desk.Actor, kit.Clock, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar."));
        await Step(x => x.AssignPanel(kit.Desk.Actor, kit.Clock, [BindingRulingScenario.Member(kit.A1.Actor, rapporteur: true)]));
        await Step(x => x.Forward(kit.A1.Actor, kit.Clock));
        await Step(x => x.RecordResponse(kit.Shop.Actor, kit.Clock, "Wij betwisten de klacht."));
        await Step(x => x.FailSettlement(kit.A1.Actor, kit.Clock, "Geen schikking."));
        await Step(x => x.DeclareDossierComplete(kit.A1.Actor, kit.Clock));
        await Step(x => x.StartRulingPreparation(kit.A1.Actor, kit.Clock));
        if (!issue) return c;
        var complyBy = AmsterdamCalendar.DateOf(kit.Clock.GetUtcNow()).AddDays(14);
        await Step(x => x.IssueRuling(kit.A1.Actor, kit.Clock, new RulingContent(Decision, reasons, Compliance, complyBy, mustComply)));
        if (send) await Step(x => x.SendRuling(kit.Desk.Actor, kit.Clock));
        return c;
    }
}
