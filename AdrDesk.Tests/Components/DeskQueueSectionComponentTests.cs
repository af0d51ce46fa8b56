using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 2: a section of the desk queue as a MudTable with ServerData. What the pager, a sort header, the quick
/// "start screening" and a new search ask of the desk service (paging and sorting are the service's, in SQL): a fake
/// IDeskQueueRows records each page asked for.
/// </summary>
[Trait("Issue", "16")]
public sealed class DeskQueueSectionComponentTests
{
    private static readonly ClaimsPrincipal DeskStaff = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "CaseManager")], "test"));

    /// <summary>A section of <paramref name="total"/> cases, every other one new ("Filed"); records every page asked for.</summary>
    private sealed class FakeQueue(int total) : IDeskQueueRows
    {
        public List<(DeskQueueQuery Query, int Skip, int Take)> Pages { get; } = [];

        public Task<Result<DeskQueueCounts>> QueueCountsAsync(ClaimsPrincipal user, string? search = null, CancellationToken ct = default) =>
            Task.FromResult<Result<DeskQueueCounts>>(new DeskQueueCounts(total, 0, 0, 0));

        public Task<Result<IReadOnlyList<DeskQueueRow>>> QueueRowsAsync(ClaimsPrincipal user, DeskQueueQuery query, int skip, int take, CancellationToken ct = default)
        {
            Pages.Add((query, skip, take));
            IReadOnlyList<DeskQueueRow> rows = Enumerable.Range(skip + 1, Math.Max(0, Math.Min(take, total - skip)))
                .Select(i => new DeskQueueRow($"DD-2026-{i:D6}", i % 2 == 1 ? "Filed" : "Screening", ComponentHost.Now.AddDays(-i),
                    ComponentHost.Now.AddDays(21 - i), "Refusal", $"Consument {i}", $"Webshop {i}", 100m + i, Language.Nl, null, false))
                .ToList();
            return Task.FromResult<Result<IReadOnlyList<DeskQueueRow>>>(Result<IReadOnlyList<DeskQueueRow>>.Success(rows));
        }
    }

    private static IRenderedComponent<DeskQueueSection> Render(BunitContext ctx, int count, Action<string>? screen = null, string? search = null)
    {
        var section = ctx.Render<DeskQueueSection>(p => p
            .Add(s => s.Id, "screen")
            .Add(s => s.Title, "Te beoordelen (D25)")
            .Add(s => s.Kind, DeskQueueKind.Screen)
            .Add(s => s.Count, count)
            .Add(s => s.Search, search)
            .Add(s => s.Screen, screen is null ? default : EventCallback.Factory.Create<string>(new object(), screen))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(DeskStaff))));
        if (count > 0) section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("tbody a.wb-number")));
        return section;
    }

    private static string[] Numbers(IRenderedComponent<DeskQueueSection> section) =>
        section.FindAll("tbody a.wb-number").Select(a => a.TextContent).ToArray();

    private static IElement SortLabel(IRenderedComponent<DeskQueueSection> section, string column) =>
        section.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Trim().StartsWith(column, StringComparison.Ordinal));

    [Fact]
    public async Task The_first_page_asks_urgent_first_15_rows_and_every_cell_names_its_column()
    {
        var queue = new FakeQueue(40);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(queue));
        var section = Render(ctx, 40, _ => { });

        var (query, skip, take) = Assert.Single(queue.Pages);
        Assert.Equal(new DeskQueueQuery(DeskQueueKind.Screen, null, DeskQueueSort.Deadline, false), query);
        Assert.Equal((0, 15), (skip, take));
        Assert.Equal(15, Numbers(section).Length);
        Assert.Contains("40", section.Find("h2 .wb-count").TextContent);
        Assert.Equal("Te beoordelen (D25)", section.Find("table").GetAttribute("aria-label"));
        // Below 600 px the rows stack: every cell names its column.
        Assert.All(section.FindAll("tbody td.mud-table-cell"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        // Only a new filing ("Filed") can be screened from the queue: 8 of the 15 rows.
        Assert.Equal(8, section.FindAll("button.wb-queue-action").Count);
    }

    [Fact]
    public async Task The_quick_start_hands_the_row_s_number_to_the_page()
    {
        var queue = new FakeQueue(3);
        string? screened = null;
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(queue));
        var section = Render(ctx, 3, n => screened = n);

        await section.Find("button[aria-label='Beoordeling starten: DD-2026-000003']").ClickAsync(new MouseEventArgs());

        Assert.Equal("DD-2026-000003", screened);
    }

    [Fact]
    public async Task Each_sort_header_holds_a_button_and_its_click_as_Enter_gives_it_sorts()
    {
        var queue = new FakeQueue(3);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(queue));
        var section = Render(ctx, 3);

        // A real button (Tab reaches it, Enter clicks it) inside every MudTableSortLabel, named by the column.
        Assert.All(section.FindAll("th .mud-table-sort-label"), l => Assert.NotNull(l.QuerySelector("button[type=button].adr-sort-button")));
        var amount = SortLabel(section, "Bedrag").QuerySelector("button.adr-sort-button")!;
        Assert.Equal("Bedrag", amount.TextContent.Trim());
        await amount.ClickAsync(new MouseEventArgs()); // bubbles to the label's handler, as in the browser

        section.WaitForAssertion(() => Assert.Equal(DeskQueueSort.Amount, queue.Pages[^1].Query.Sort));
        Assert.False(queue.Pages[^1].Query.Descending);
    }

    [Fact]
    public async Task The_pager_and_a_sort_header_ask_the_service_for_that_page_and_order()
    {
        var queue = new FakeQueue(40);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(queue));
        var section = Render(ctx, 40);

        await section.Find("button[aria-label='Volgende pagina']").ClickAsync(new MouseEventArgs());
        section.WaitForAssertion(() => Assert.Equal("DD-2026-000016", Numbers(section)[0]));
        Assert.Equal(15, queue.Pages[^1].Skip);

        await SortLabel(section, "Bedrag").ClickAsync(new MouseEventArgs());
        section.WaitForAssertion(() => Assert.Equal(DeskQueueSort.Amount, queue.Pages[^1].Query.Sort));
        Assert.False(queue.Pages[^1].Query.Descending);

        await SortLabel(section, "Bedrag").ClickAsync(new MouseEventArgs());
        section.WaitForAssertion(() => Assert.True(queue.Pages[^1].Query.Descending));
        Assert.Equal(DeskQueueSort.Amount, queue.Pages[^1].Query.Sort);
    }

    [Fact]
    public async Task A_new_search_reads_page_one_with_the_search_and_an_empty_section_asks_nothing()
    {
        var queue = new FakeQueue(40);
        await using var ctx = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(queue));
        var section = Render(ctx, 40);
        await section.Find("button[aria-label='Volgende pagina']").ClickAsync(new MouseEventArgs());
        section.WaitForAssertion(() => Assert.Equal(15, queue.Pages[^1].Skip));

        section.Render(p => p.Add(s => s.Search, "DD-2026-000007"));
        section.WaitForAssertion(() => Assert.Equal("DD-2026-000007", queue.Pages[^1].Query.Search));
        Assert.Equal(0, queue.Pages[^1].Skip);

        var empty = new FakeQueue(0);
        await using var ctx2 = ComponentHost.Create("nl-NL", c => c.Services.AddSingleton<IDeskQueueRows>(empty));
        var none = Render(ctx2, 0);
        Assert.Contains("Niets.", none.Markup);
        Assert.Empty(none.FindAll("table"));
        Assert.Empty(empty.Pages);
    }
}
