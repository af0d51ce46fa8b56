using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16: the assessor's grid as a MudTable with ServerData. What a header click and the pager ask of the grid service
/// (sorting and paging are the service's, in SQL): a fake IWorkbenchRows records each call and serves 60 rows.
/// </summary>
[Trait("Issue", "16")]
public sealed class WorkbenchTableComponentTests
{
    private static readonly ClaimsPrincipal Assessor = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Assessor")], "test"));

    /// <summary>A grid of <paramref name="total"/> cases; records every count and page asked for.</summary>
    private sealed class FakeRows(int total) : IWorkbenchRows
    {
        public List<WorkbenchQuery> Counts { get; } = [];
        public List<(WorkbenchSort Sort, bool Descending, int Skip, int Take)> Pages { get; } = [];

        public Task<Result<int>> CountAsync(ClaimsPrincipal user, WorkbenchQuery query, CancellationToken ct = default)
        {
            Counts.Add(query);
            return Task.FromResult<Result<int>>(total);
        }

        public Task<Result<IReadOnlyList<WorkbenchRow>>> RowsAsync(ClaimsPrincipal user, WorkbenchQuery query, int skip, int take, CancellationToken ct = default)
        {
            Pages.Add((query.Sort, query.Descending, skip, take));
            IReadOnlyList<WorkbenchRow> rows = Enumerable.Range(skip + 1, Math.Max(0, Math.Min(take, total - skip)))
                .Select(i => new WorkbenchRow($"BA-2026-{i:D5}", Scheme.BindingRuling, "InformationGathering", ComponentHost.Now.AddDays(i),
                    DeadlineKind.Refusal, i, $"Webshop {i}", 100m + i, Language.Nl, IsRapporteur: false))
                .ToList();
            return Task.FromResult<Result<IReadOnlyList<WorkbenchRow>>>(Result<IReadOnlyList<WorkbenchRow>>.Success(rows));
        }
    }

    private static IRenderedComponent<WorkbenchTable> Render(BunitContext ctx, WorkbenchQuery query)
    {
        var table = ctx.Render<WorkbenchTable>(p => p
            .Add(t => t.Query, query)
            .Add(t => t.Label, "Werkbank")
            .AddCascadingValue(Task.FromResult(new AuthenticationState(Assessor))));
        table.WaitForAssertion(() => Assert.NotEmpty(table.FindAll("tbody a.wb-number")));
        return table;
    }

    private static IElement SortButton(IRenderedComponent<WorkbenchTable> table, string column) =>
        table.FindAll("th button.wb-sort").Single(b => b.TextContent.StartsWith(column, StringComparison.Ordinal));

    private static string[] Numbers(IRenderedComponent<WorkbenchTable> table) =>
        table.FindAll("tbody a.wb-number").Select(a => a.TextContent).ToArray();

    [Fact]
    public async Task The_first_page_is_counted_once_and_asked_urgent_first_25_rows()
    {
        var rows = new FakeRows(60);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IWorkbenchRows>(rows));
        var table = Render(ctx, new WorkbenchQuery());

        Assert.Single(rows.Counts);
        Assert.Equal((WorkbenchSort.Deadline, false, 0, 25), Assert.Single(rows.Pages));
        Assert.Equal(25, Numbers(table).Length);
        Assert.Contains("Pagina 1 van 3 · 60 zaken", table.Find("#wb-pager-status").TextContent);
        // Below 600 px the rows stack: every cell names its column.
        Assert.All(table.FindAll("tbody td.mud-table-cell"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
    }

    [Fact]
    public async Task A_header_click_asks_the_service_for_that_sort_and_a_second_click_reverses_it_without_counting_again()
    {
        var rows = new FakeRows(60);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IWorkbenchRows>(rows));
        var table = Render(ctx, new WorkbenchQuery());

        await SortButton(table, "Bedrag").ClickAsync(new MouseEventArgs());
        table.WaitForAssertion(() => Assert.Equal(2, rows.Pages.Count));
        Assert.Equal((WorkbenchSort.Amount, false, 0, 25), rows.Pages[^1]);
        Assert.Equal("ascending", SortButton(table, "Bedrag").ParentElement!.GetAttribute("aria-sort"));

        await SortButton(table, "Bedrag").ClickAsync(new MouseEventArgs());
        table.WaitForAssertion(() => Assert.Equal(3, rows.Pages.Count));
        Assert.Equal((WorkbenchSort.Amount, true, 0, 25), rows.Pages[^1]);
        Assert.Equal("descending", SortButton(table, "Bedrag").ParentElement!.GetAttribute("aria-sort"));
        Assert.Single(rows.Counts);
    }

    [Fact]
    public async Task The_pager_asks_for_the_next_and_the_last_page_and_a_new_filter_counts_again_from_page_one()
    {
        var rows = new FakeRows(60);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IWorkbenchRows>(rows));
        var table = Render(ctx, new WorkbenchQuery());

        await table.Find("button[aria-label='Volgende pagina']").ClickAsync(new MouseEventArgs());
        table.WaitForAssertion(() => Assert.Equal("BA-2026-00026", Numbers(table)[0]));
        Assert.Equal((WorkbenchSort.Deadline, false, 25, 25), rows.Pages[^1]);

        await table.Find("button[aria-label='Laatste pagina']").ClickAsync(new MouseEventArgs());
        table.WaitForAssertion(() => Assert.Equal(10, Numbers(table).Length));
        Assert.Equal(50, rows.Pages[^1].Skip);
        Assert.True(table.Find("button[aria-label='Volgende pagina']").HasAttribute("disabled"));
        Assert.Single(rows.Counts);

        table.Render(p => p.Add(t => t.Query, new WorkbenchQuery { Webshop = "fiets" }));
        table.WaitForAssertion(() => Assert.Equal(2, rows.Counts.Count));
        Assert.Equal("fiets", rows.Counts[^1].Webshop);
        table.WaitForAssertion(() => Assert.Equal(0, rows.Pages[^1].Skip));
    }
}
