using System.Globalization;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 18 item 1: the desk's screening lists every ground of D25 a–j side by side, found or not, each with the filer's
/// own answer and the register's facts behind it, marked found / not found / decision needed; rule codes (staff only).
/// </summary>
public sealed class ScreeningGroundsTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private async Task<ScreeningView> ScreenedAsync(FilingAnswers answers)
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        await using (var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            db.Add(StoredFilingAnswers.Of(n, answers));
            await db.SaveChangesAsync();
        }
        ResultAssert.Ok(await _kit.Get<DeskService>().StartScreeningAsync(_kit.Desk.Principal, n));
        return ResultAssert.Ok(await _kit.Get<DeskService>().ScreeningAsync(_kit.Desk.Principal, n));
    }

    private static readonly FilingAnswers NotAffiliatedAndHandledBefore = new()
    {
        OrderDate = new DateOnly(2019, 10, 12), FirstReported = new DateOnly(2026, 2, 1), ProductValue = 300m, ClaimTotal = 300m,
        ComplainedToWebshop = true, PreviouslyHandledBy = "Kantonrechter Amsterdam, vonnis van 1 oktober 2026",
    };

    [Fact, Trait("Rule", "D25"), Trait("Rule", "D25i"), Trait("Rule", "D25c")]
    public async Task D25_Every_ground_a_to_j_is_listed_with_the_answer_and_register_facts_behind_it()
    {
        var view = await ScreenedAsync(NotAffiliatedAndHandledBefore);
        var rows = view.Report.Assessment.Rows;
        Assert.Equal(["D25a", "D25b", "D25c", "D25d", "D25e", "D25f", "D25g", "D25h", "D25i", "D25j"], rows.Select(r => r.RuleId));

        GroundRow Row(string id) => rows.Single(r => r.RuleId == id);
        Assert.Equal(GroundFinding.NotFound, Row("D25a").Finding);
        Assert.Equal(true, Row("D25a").Answers.Single(a => a.Question == "ComplainedToWebshop").Value);
        Assert.Equal(GroundFinding.DecisionNeeded, Row("D25c").Finding);
        Assert.Equal("Kantonrechter Amsterdam, vonnis van 1 oktober 2026", Row("D25c").Answers.Single().Value);
        Assert.Equal(GroundFinding.NotFound, Row("D25d").Finding);
        Assert.Equal(300m, Row("D25d").Answers.Single(a => a.Question == "ProductValue").Value);
        Assert.Equal(GroundFinding.NotFound, Row("D25g").Finding);
        Assert.Equal(false, Row("D25g").Answers.Single().Value);
        Assert.Equal(GroundFinding.NotFound, Row("D25h").Finding);
        Assert.Equal("Status", Row("D25h").Facts.Single().Fact);
        Assert.Equal(GroundFinding.DecisionNeeded, Row("D25i").Finding);
        Assert.Equal(new DateOnly(2019, 10, 12), Row("D25i").Answers.Single().Value);
        Assert.Equal("Subscriptions", Row("D25i").Facts.Single().Fact);
        Assert.Equal(GroundFinding.DecisionNeeded, Row("D25j").Finding);

        ResultAssert.Ok(await _kit.Get<IFilingScreening>().RecordDecisionAsync(_kit.Desk.Principal, view.Worked.Case.Number.ToString(), "D25i",
            StaffDecisionOutcome.Handle, "De webshop verwees de consument zelf naar ons."));
        var after = ResultAssert.Ok(await _kit.Get<DeskService>().ScreeningAsync(_kit.Desk.Principal, view.Worked.Case.Number.ToString()));
        var d25i = after.Report.Assessment.Rows.Single(r => r.RuleId == "D25i");
        Assert.Equal(GroundFinding.DecidedHandle, d25i.Finding);
        Assert.Equal("De webshop verwees de consument zelf naar ons.", d25i.Decision!.Reason);
    }

    [Fact, Trait("Rule", "D25"), Trait("Rule", "D25i"), Trait("Rule", "D25c")]
    public async Task D25_The_desk_reads_each_ground_in_words_with_its_answer_and_the_register()
    {
        var view = await ScreenedAsync(NotAffiliatedAndHandledBefore);
        var was = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        try
        {
            var html = await RenderAsync(view.Report.Assessment.Rows);
            Assert.Equal(10, html.Split("<tr data-ground=").Length - 1);
            Assert.Contains("Eerder behandeld?", html);
            Assert.Contains("&quot;Kantonrechter Amsterdam, vonnis van 1 oktober 2026&quot;", html.Replace("<q>", "&quot;").Replace("</q>", "&quot;"));
            Assert.Contains("Aangesloten op de besteldatum 12-10-2019?", html);
            Assert.Contains("aangesloten sinds 01-01-2020", html);
            Assert.Contains("(D25i)", html); // a staff screen: the rule code beside the words
            Assert.Contains("data-finding=\"DecisionNeeded\"", html);
            Assert.Contains("besluit nodig", html);
            Assert.Contains("niet gevonden", html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }

    private static async Task<string> RenderAsync(IReadOnlyList<GroundRow> rows)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<ScreeningGrounds>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ScreeningGrounds.Rows)] = rows,
            }));
            return output.ToHtmlString();
        });
    }
}
