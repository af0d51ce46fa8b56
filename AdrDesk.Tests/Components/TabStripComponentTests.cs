using AdrDesk.Features.CaseFile.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AdrDesk.Tests.Components;

/// <summary>
/// The case page's tabs (issue 21: plain ARIA tabs in MudTabs' classes, no measuring by script after each render; issue
/// 16 item 5: a component with logic has a bUnit test): the tabs pattern's roles and states, a click, the arrow keys,
/// Home and End, and a chosen tab that is no longer among the viewer's tabs.
/// </summary>
[Trait("Issue", "21")]
public sealed class TabStripComponentTests
{
    private static readonly List<(string Key, string Label)> Three = [("timeline", "Tijdlijn"), ("messages", "Berichten (2)"), ("documents", "Stukken")];

    private static IRenderedComponent<TabStrip> Render(BunitContext ctx, List<(string Key, string Label)> tabs, string selected, List<string> chosen) =>
        ctx.Render<TabStrip>(p => p
            .Add(t => t.Tabs, tabs)
            .Add(t => t.Selected, selected)
            .Add(t => t.SelectedChanged, EventCallback.Factory.Create<string>(new object(), key => chosen.Add(key)))
            .Add(t => t.Panel, (RenderFragment<string>)(key => b => b.AddMarkupContent(0, $"<p class=\"panel\">{key}</p>"))));

    [Fact]
    public async Task The_tabs_have_the_tab_pattern_roles_and_only_the_chosen_panel_is_rendered()
    {
        await using var ctx = ComponentHost.Create();
        var tabs = Render(ctx, Three, "messages", []);

        Assert.Single(tabs.FindAll("[role=tablist]"));
        var buttons = tabs.FindAll("[role=tab]");
        Assert.Equal(["Tijdlijn", "Berichten (2)", "Stukken"], buttons.Select(b => b.TextContent).ToArray());
        Assert.Equal(["false", "true", "false"], buttons.Select(b => b.GetAttribute("aria-selected") ?? "").ToArray());
        // Only the chosen tab is in the tab order; the arrow keys reach the others.
        Assert.Equal(["-1", "0", "-1"], buttons.Select(b => b.GetAttribute("tabindex") ?? "").ToArray());
        Assert.Contains("mud-tab-active", buttons[1].ClassList);
        var panel = tabs.Find("[role=tabpanel]");
        Assert.Equal("cf-tab-messages", panel.GetAttribute("aria-labelledby"));
        Assert.Equal("messages", panel.QuerySelector(".panel")!.TextContent);
        Assert.Single(tabs.FindAll(".panel"));
    }

    [Fact]
    public async Task A_click_chooses_a_tab_and_the_chosen_tab_clicked_again_changes_nothing()
    {
        await using var ctx = ComponentHost.Create();
        var chosen = new List<string>();
        var tabs = Render(ctx, Three, "timeline", chosen);

        await tabs.FindAll("[role=tab]")[2].ClickAsync(new MouseEventArgs());
        await tabs.FindAll("[role=tab]")[0].ClickAsync(new MouseEventArgs());

        Assert.Equal(["documents"], chosen);
    }

    [Theory]
    [InlineData("messages", "ArrowRight", "documents")]
    [InlineData("documents", "ArrowRight", "timeline")] // wraps round
    [InlineData("messages", "ArrowLeft", "timeline")]
    [InlineData("timeline", "ArrowLeft", "documents")]
    [InlineData("messages", "Home", "timeline")]
    [InlineData("timeline", "End", "documents")]
    public async Task The_arrow_keys_Home_and_End_choose_a_tab_and_focus_it(string from, string key, string to)
    {
        await using var ctx = ComponentHost.Create();
        var chosen = new List<string>();
        var tabs = Render(ctx, Three, from, chosen);

        await tabs.Find("[role=tablist]").KeyDownAsync(new KeyboardEventArgs { Key = key });
        Assert.Equal([to], chosen);

        // The page passes the choice back; the chosen tab then takes the focus.
        tabs.Render(p => p.Add(t => t.Selected, to));
        Assert.Contains(ctx.JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");
        Assert.Equal("true", tabs.Find($"#cf-tab-{to}").GetAttribute("aria-selected"));
    }

    [Fact]
    public async Task Other_keys_choose_nothing()
    {
        await using var ctx = ComponentHost.Create();
        var chosen = new List<string>();
        var tabs = Render(ctx, Three, "messages", chosen);

        await tabs.Find("[role=tablist]").KeyDownAsync(new KeyboardEventArgs { Key = "Tab" });
        await tabs.Find("[role=tablist]").KeyDownAsync(new KeyboardEventArgs { Key = "a" });

        Assert.Empty(chosen);
        Assert.DoesNotContain(ctx.JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");
    }

    [Fact]
    public async Task A_chosen_tab_the_viewer_no_longer_has_shows_the_first_tab()
    {
        await using var ctx = ComponentHost.Create();
        var tabs = Render(ctx, [("timeline", "Tijdlijn"), ("messages", "Berichten (0)")], "ending", []);

        Assert.Equal("true", tabs.Find("#cf-tab-timeline").GetAttribute("aria-selected"));
        Assert.Equal("timeline", tabs.Find("[role=tabpanel] .panel").TextContent);
    }
}
