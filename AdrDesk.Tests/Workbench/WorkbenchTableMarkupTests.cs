using System.Globalization;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// The grid writes each row's cells as one markup string (WorkbenchRowMarkup, memory per circuit, issue 9; inside MudTable's
/// row since issue 16): in Dutch, the cells the Razor rows showed, each with MudTable's cell class and its column's name
/// as data-label (the stacked rows below 600 px), with every text encoded.
/// </summary>
public sealed class WorkbenchTableMarkupTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static Task<string> RenderAsync(WorkbenchRow row)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        using var provider = services.BuildServiceProvider();
        var t = provider.GetRequiredService<IStringLocalizer<WorkbenchResource>>();
        return Task.FromResult(WorkbenchRowMarkup.Cells(row, t).Value);
    }

    /// <summary>The UI culture for one test (the resx strings and the day format follow it).</summary>
    private sealed class Dutch : IDisposable
    {
        private readonly CultureInfo _was = CultureInfo.CurrentUICulture;
        public Dutch() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        public void Dispose() => CultureInfo.CurrentUICulture = _was;
    }

    [Fact]
    public async Task A_row_shows_its_cells_as_the_grid_did()
    {
        using var dutch = new Dutch();
        var html = await RenderAsync(new WorkbenchRow("BA-2026-00042", Scheme.BindingRuling, "Screening", Due, DeadlineKind.Refusal, -2,
            "Fietsenwinkel", 129.95m, Language.Nl, IsRapporteur: true));

        Assert.StartsWith("<td class=\"mud-table-cell\" data-label=\"Zaak\"><a class=\"wb-number\" href=\"workbench/BA-2026-00042\">BA-2026-00042</a>" +
                          "<small class=\"adr-muted\" title=\"U bent rapporteur\"> ★</small></td>", html);
        Assert.Contains("\"><span class=\"wb-state wb-state-intake\">In beoordeling</span></td>", html);
        Assert.Contains("\">03-12-2026<br><small class=\"adr-muted\">weigeringstermijn</small></td>", html);
        Assert.Contains("<td class=\"mud-table-cell wb-num\" data-label=", html);
        Assert.Contains("\"><span class=\"wb-overdue\">-2</span></td>", html);
        Assert.Contains("\">Bindend advies</td>", html);
        Assert.Contains("\">Fietsenwinkel</td>", html);
        Assert.Contains("\">€ 129,95</td>", html);
        Assert.EndsWith("\">Nl</td>", html);
        Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(html, "<td class=\"mud-table-cell").Count);
    }

    [Fact]
    public async Task Names_are_encoded_and_a_case_without_a_term_shows_a_dash()
    {
        using var dutch = new Dutch();
        var html = await RenderAsync(new WorkbenchRow("BA-2026-00043", Scheme.BindingRuling, "Screening", null, null, null,
            "Fiets & <b>Co</b> \"Tweewielers\"", null, Language.En, IsRapporteur: false));

        Assert.Contains("\">Fiets &amp; &lt;b&gt;Co&lt;/b&gt; &quot;Tweewielers&quot;</td>", html);
        Assert.DoesNotContain("<b>Co</b>", html);
        Assert.Contains("\">–</td><td class=\"mud-table-cell wb-num\"", html);
        Assert.Contains("><span></span></td>", html);
        Assert.DoesNotContain("★", html);
    }
}
