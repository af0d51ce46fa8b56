using System.Globalization;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// The grid writes each row as one markup string (WorkbenchRowMarkup, memory per circuit, issue 9): static markup of
/// WorkbenchTable through HtmlRenderer, in Dutch, shows the cells the Razor rows showed, with every text encoded.
/// </summary>
public sealed class WorkbenchTableMarkupTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static async Task<string> RenderAsync(params WorkbenchRow[] rows)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<WorkbenchTable>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(WorkbenchTable.Rows)] = rows,
                [nameof(WorkbenchTable.Count)] = rows.Length,
                [nameof(WorkbenchTable.Loaded)] = true,
                [nameof(WorkbenchTable.Label)] = "Werkbank",
            }));
            return output.ToHtmlString();
        });
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

        Assert.Contains("<tr><td><a class=\"wb-number\" href=\"workbench/BA-2026-00042\">BA-2026-00042</a>" +
                        "<small class=\"adr-muted\" title=\"U bent rapporteur\"> ★</small></td>", html);
        Assert.Contains("<td><span class=\"wb-state wb-state-intake\">In beoordeling</span></td>", html);
        Assert.Contains("<td>03-12-2026<br><small class=\"adr-muted\">weigeringstermijn</small></td>", html);
        Assert.Contains("<td class=\"wb-num\"><span class=\"wb-overdue\">-2</span></td>", html);
        Assert.Contains("<td>Bindend advies</td><td>Fietsenwinkel</td>", html);
        Assert.Contains("<td class=\"wb-num\">€ 129,95</td><td>Nl</td></tr>", html);
        Assert.DoesNotContain("adr-empty-grid", html);
    }

    [Fact]
    public async Task Names_are_encoded_and_a_case_without_a_term_shows_a_dash()
    {
        using var dutch = new Dutch();
        var html = await RenderAsync(new WorkbenchRow("BA-2026-00043", Scheme.BindingRuling, "Screening", null, null, null,
            "Fiets & <b>Co</b> \"Tweewielers\"", null, Language.En, IsRapporteur: false));

        Assert.Contains("<td>Fiets &amp; &lt;b&gt;Co&lt;/b&gt; &quot;Tweewielers&quot;</td>", html);
        Assert.DoesNotContain("<b>Co</b>", html);
        Assert.Contains("<td>–</td><td class=\"wb-num\"><span></span></td>", html);
        Assert.DoesNotContain("★", html);
    }
}
