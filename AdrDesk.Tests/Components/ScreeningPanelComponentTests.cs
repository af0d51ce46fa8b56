using AdrDesk.Domain.BindingRuling;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Tests.Workbench;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 5: the desk's screening panel (D25, D26) with the real desk service over SQLite: choosing a refusal
/// ground (MudCheckBox) shows what the ground asks and its written-reason field; sending refuses the filing through
/// the service (D26 letter); a missing reason is refused with the error inline and nothing saved.
/// </summary>
[Trait("Issue", "16")]
public sealed class ScreeningPanelComponentTests
{
    private static async Task<(string Number, ScreeningView View)> ScreeningAsync(WorkbenchKit kit)
    {
        var c = await kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var desk = kit.Get<DeskService>();
        ResultAssert.Ok(await desk.StartScreeningAsync(kit.Desk.Principal, n));
        return (n, ResultAssert.Ok(await desk.ScreeningAsync(kit.Desk.Principal, n)));
    }

    private static BunitContext Host(WorkbenchKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Get<DeskService>());
        c.Services.AddSingleton(kit.Get<IFilingScreening>());
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });

    private static IRenderedComponent<ScreeningPanel> Render(BunitContext ctx, WorkbenchKit kit, ScreeningView view, Action changed) =>
        ctx.Render<ScreeningPanel>(p => p
            .Add(s => s.View, view)
            .Add(s => s.Changed, changed)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Desk.Principal))));

    [Fact, Trait("Rule", "D26"), Trait("Rule", "D25")]
    public async Task D26_Choosing_a_ground_shows_what_it_asks_and_sending_refuses_through_the_service()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var (n, view) = await ScreeningAsync(kit);
        await using var ctx = Host(kit);
        var changed = 0;
        var panel = Render(ctx, kit, view, () => changed++);
        Assert.Empty(panel.FindAll("[data-testid=ground-help-D25b]"));

        await panel.Find("[data-ground=D25b] input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });

        panel.WaitForAssertion(() => Assert.Equal("Gering bedrag of klein gebrek?", panel.Find("[data-testid=ground-help-D25b]").TextContent.Trim()));
        Assert.Contains("Schriftelijke motivering D25b", panel.Find("label[for=reason-D25b]").TextContent);
        await panel.Find("textarea#reason-D25b").ChangeAsync(new ChangeEventArgs { Value = "Een kras van 2 mm; het product werkt." });
        await panel.FindAll("button").Single(b => b.TextContent.Contains("Weigeren en brief versturen", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        panel.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(60));
        var c = (await kit.Store.LoadAsync<BindingRulingCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(n).Value)).Value;
        Assert.Equal(BindingRulingState.Refused, c.State);
    }

    [Fact, Trait("Rule", "D26")]
    public async Task D26_A_ground_without_a_written_reason_is_refused_inline_and_nothing_is_saved()
    {
        await using var kit = await WorkbenchKit.StartAsync();
        var (n, view) = await ScreeningAsync(kit);
        await using var ctx = Host(kit);
        var changed = 0;
        var panel = Render(ctx, kit, view, () => changed++);

        await panel.Find("[data-ground=D25b] input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        await panel.FindAll("button").Single(b => b.TextContent.Contains("Weigeren en brief versturen", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        panel.WaitForAssertion(() => Assert.Contains("Er is niets opgeslagen", panel.Find("[data-testid=save-failed]").TextContent));
        Assert.Equal(0, changed);
        var c = (await kit.Store.LoadAsync<BindingRulingCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(n).Value)).Value;
        Assert.Equal(BindingRulingState.Screening, c.State);
    }
}
