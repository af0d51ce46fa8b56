using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Tests.Workbench;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the panel's review (D10, D16, D17, D19) with the real draft service over SQLite. The rapporteur's
/// "issue" asks in a MudDialog; confirming issues the ruling through the service and says so in a snackbar; a reviewer
/// of a panel of three sees "approve" and no issue button.
/// </summary>
[Trait("Issue", "16")]
public sealed class RulingReviewComponentTests
{
    private static async Task<string> PreparedAsync(WorkbenchKit kit, bool panelOfThree)
    {
        var desk = kit.Get<DeskService>();
        var work = kit.Get<CaseWorkService>();
        var c = await kit.FiledCaseAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await desk.StartScreeningAsync(kit.Desk.Principal, n));
        ResultAssert.Ok(await desk.AssignPanelAsync(kit.Desk.Principal, n, panelOfThree ? [kit.A1.Id, kit.A2.Id, kit.A3.Id] : [kit.A1.Id], kit.A1.Id));
        ResultAssert.Ok(await desk.RecordStaffDecisionAsync(kit.Desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await desk.ForwardAsync(kit.Desk.Principal, n));
        c = await kit.LoadAsync(c);
        await kit.StepAsync(c, x => x.RecordResponse(kit.Shop.Actor, kit.Clock, "Wij betwisten dat de fiets defect was."));
        ResultAssert.Ok(await work.FailSettlementAsync(kit.A1.Principal, n, "Partijen willen niet schikken."));
        ResultAssert.Ok(await work.DeclareDossierCompleteAsync(kit.A1.Principal, n));
        ResultAssert.Ok(await work.StartRulingPreparationAsync(kit.A1.Principal, n));
        var text = new RulingText("De consument kocht een fiets.", "De fiets was kapot.", "De fiets was heel.",
            "De webshop draagt het risico tot de aflevering.", "De webshop betaalt de koopprijs terug.", 480m,
            AmsterdamCalendar.DateOf(kit.Clock.GetUtcNow()).AddDays(14), PartyRole.Business, "Betaling op de rekening van de consument.");
        ResultAssert.Ok(await kit.Get<RulingDraftService>().SaveAsync(kit.A1.Principal, n, text, -1));
        return n;
    }

    private static async Task<IRenderedComponent<AdrDesk.Features.Workbench.Components.RulingReview>> RenderAsync(BunitContext ctx, WorkbenchKit kit, Person who, string n, Action? changed = null)
    {
        var view = ResultAssert.Ok(await kit.Get<RulingDraftService>().GetAsync(who.Principal, n));
        return ctx.Render<AdrDesk.Features.Workbench.Components.RulingReview>(p => p
            .Add(r => r.View, view)
            .Add(r => r.Text, view.Text)
            .Add(r => r.Changed, () => changed?.Invoke())
            .AddCascadingValue(Task.FromResult(new AuthenticationState(who.Principal))));
    }

    [Fact, Trait("Rule", "D16"), Trait("Rule", "D17")]
    public async Task D16_Confirming_the_dialog_issues_the_ruling_through_the_service_and_a_snackbar_says_so()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await PreparedAsync(kit, panelOfThree: false);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Get<RulingDraftService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var dialogs = ctx.Render<MudDialogProvider>();
        var changed = 0;
        var review = await RenderAsync(ctx, kit, kit.A1, n, () => changed++);

        // The click's handler awaits the dialog's answer: it completes only after the dialog closes.
        var click = review.Find("[data-testid=issue-ruling]").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Definitief vaststellen", dialogs.Markup));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Definitief vaststellen").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(60));

        review.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(60));
        var view = ResultAssert.Ok(await kit.Get<RulingDraftService>().GetAsync(kit.A1.Principal, n));
        Assert.True(view.IsIssued);
        var snackbar = ctx.Services.GetRequiredService<ISnackbar>();
        Assert.Contains(snackbar.ShownSnackbars, s => s.Message != null && s.Message.Contains("vastgesteld", StringComparison.Ordinal));
        Assert.Empty(review.FindAll("[data-testid=save-failed]"));
    }

    [Fact, Trait("Rule", "D10")]
    public async Task D10_A_reviewer_of_a_panel_of_three_approves_the_version_and_cannot_issue()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await PreparedAsync(kit, panelOfThree: true);
        await using var ctx = ComponentHost.Create("nl-NL", c =>
        {
            c.Services.AddSingleton(kit.Get<RulingDraftService>());
            c.Services.AddSingleton<TimeProvider>(kit.Clock);
        });
        var changed = 0;
        var review = await RenderAsync(ctx, kit, kit.A2, n, () => changed++);

        Assert.Empty(review.FindAll("[data-testid=issue-ruling]"));
        var approve = review.FindAll("button").Single(b => b.TextContent.Contains("goedkeuren", StringComparison.Ordinal));
        await approve.ClickAsync(new MouseEventArgs());

        review.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(20));
        var view = ResultAssert.Ok(await kit.Get<RulingDraftService>().GetAsync(kit.A2.Principal, n));
        Assert.Contains(view.Approvals, a => a.AssessorId == kit.A2.Id && a.Approved);
    }
}
