using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Tests.Workbench;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the ruling editor (D16, D17) and the panel's review with the real services over SQLite (WorkbenchKit):
/// the draft rendered, the autosave status, a part over its limit blocks issuing, and issuing (irreversible, D16/D19)
/// asks in a MudDialog first; cancelling issues nothing.
/// </summary>
[Trait("Issue", "16")]
public sealed class RulingEditorComponentTests
{
    private const string Facts = "De consument kocht op 1 februari 2026 een fiets.";

    /// <summary>A case with a panel of one in RulingInPreparation, with a complete draft saved by the rapporteur.</summary>
    private static async Task<string> PreparedAsync(WorkbenchKit kit)
    {
        var desk = kit.Get<DeskService>();
        var work = kit.Get<CaseWorkService>();
        var c = await kit.FiledCaseAsync();
        var n = c.Number.ToString();
        ResultAssert.Ok(await desk.StartScreeningAsync(kit.Desk.Principal, n));
        ResultAssert.Ok(await desk.AssignPanelAsync(kit.Desk.Principal, n, [kit.A1.Id], kit.A1.Id));
        ResultAssert.Ok(await desk.RecordStaffDecisionAsync(kit.Desk.Principal, n, "D25j", StaffDecisionOutcome.Handle, "Geen bezwaar voor de werking van het loket."));
        ResultAssert.Ok(await desk.ForwardAsync(kit.Desk.Principal, n));
        c = await kit.LoadAsync(c);
        await kit.StepAsync(c, x => x.RecordResponse(kit.Shop.Actor, kit.Clock, "Wij betwisten dat de fiets defect was."));
        ResultAssert.Ok(await work.FailSettlementAsync(kit.A1.Principal, n, "Partijen willen niet schikken."));
        ResultAssert.Ok(await work.DeclareDossierCompleteAsync(kit.A1.Principal, n));
        ResultAssert.Ok(await work.StartRulingPreparationAsync(kit.A1.Principal, n));
        var text = new RulingText(Facts, "De fiets was bij levering kapot.", "De fiets was heel bij verzending.",
            "De webshop draagt het risico tot de aflevering.", "De webshop betaalt de koopprijs terug.", 480m,
            AmsterdamCalendar.DateOf(kit.Clock.GetUtcNow()).AddDays(14), PartyRole.Business, "Betaling op de rekening van de consument.");
        ResultAssert.Ok(await kit.Get<RulingDraftService>().SaveAsync(kit.A1.Principal, n, text, -1));
        return n;
    }

    private static BunitContext Host(WorkbenchKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Get<RulingDraftService>());
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });

    private static IRenderedComponent<RulingEditor> Render(BunitContext ctx, WorkbenchKit kit, string number)
    {
        var editor = ctx.Render<RulingEditor>(p => p
            .Add(e => e.Number, number)
            .Add(e => e.State, BindingRulingState.RulingInPreparation)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.A1.Principal))));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("textarea#r-facts")), TimeSpan.FromSeconds(20));
        return editor;
    }

    private static IElement IssueButton(IRenderedComponent<RulingEditor> editor) => editor.Find("[data-testid=issue-ruling]");

    [Fact, Trait("Rule", "D16"), Trait("Rule", "D17")]
    public async Task D16_The_editor_shows_the_saved_draft_and_the_autosave_status_follows_an_edit()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await PreparedAsync(kit);
        await using var ctx = Host(kit);
        var editor = Render(ctx, kit, n);

        Assert.Equal(Facts, editor.Find("textarea#r-facts").GetAttribute("value") ?? editor.Find("textarea#r-facts").TextContent);
        Assert.Equal("Feiten", editor.Find("label[for=r-facts]").TextContent.Trim());
        Assert.False(IssueButton(editor).HasAttribute("disabled"));

        await editor.Find("textarea#r-facts").InputAsync(new ChangeEventArgs { Value = Facts + " Hij betaalde 480 euro." });
        editor.WaitForAssertion(() => Assert.Contains("Niet opgeslagen", editor.Find("[data-testid=save-status]").TextContent));
        // Autosave runs every 3 s on the circuit.
        editor.WaitForAssertion(() => Assert.Contains("Opgeslagen om", editor.Find("[data-testid=save-status]").TextContent), TimeSpan.FromSeconds(15));
        var saved = ResultAssert.Ok(await kit.Get<RulingDraftService>().GetAsync(kit.A1.Principal, n));
        Assert.Equal(Facts + " Hij betaalde 480 euro.", saved.Text.Facts);
    }

    [Fact, Trait("Rule", "D16")]
    public async Task D16_A_part_over_its_limit_shows_an_alert_and_blocks_issuing()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await PreparedAsync(kit);
        await using var ctx = Host(kit);
        var editor = Render(ctx, kit, n);

        await editor.Find("textarea#r-considerations").InputAsync(new ChangeEventArgs { Value = new string('x', RulingText.MaxPartLength + 1) });

        editor.WaitForAssertion(() => Assert.Equal("alert", editor.Find("[data-testid=r-considerations-count]").GetAttribute("role")));
        Assert.True(IssueButton(editor).HasAttribute("disabled"));
        Assert.NotEmpty(editor.FindAll("[data-testid=issue-blocked]"));
    }

    [Fact, Trait("Rule", "D16"), Trait("Rule", "D19")]
    public async Task D19_Issue_opens_a_confirmation_and_cancelling_it_issues_nothing()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var n = await PreparedAsync(kit);
        await using var ctx = Host(kit);
        var dialogs = ctx.Render<MudDialogProvider>();
        var editor = Render(ctx, kit, n);

        // The click's handler awaits the dialog's answer: it completes only after the dialog closes.
        var click = IssueButton(editor).ClickAsync(new MouseEventArgs());

        dialogs.WaitForAssertion(() => Assert.Contains("definitief en bindend", dialogs.Markup));
        Assert.Contains("Definitief vaststellen", dialogs.Markup);
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Annuleren").ClickAsync(new MouseEventArgs());
        await click.WaitAsync(TimeSpan.FromSeconds(10));
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("definitief en bindend", dialogs.Markup));
        var view = ResultAssert.Ok(await kit.Get<RulingDraftService>().GetAsync(kit.A1.Principal, n));
        Assert.False(view.IsIssued);
    }
}
