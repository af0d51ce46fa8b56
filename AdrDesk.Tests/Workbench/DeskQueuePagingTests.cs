using AdrDesk.Features.Cases;
using AdrDesk.Features.Workbench;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 16 item 2: the desk queue's sections page, sort and search in SQL (DeskService, on real SQLite): every filing
/// is reachable (the former list stopped at 500), each sort is stable across pages, and only desk staff may ask.
/// </summary>
public sealed class DeskQueuePagingTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private DeskService Desk => _kit.Get<DeskService>();

    private async Task<List<string>> FilingsAsync(int count)
    {
        var numbers = new List<string>();
        for (var i = 0; i < count; i++) numbers.Add((await _kit.FiledCaseAsync(100m + i)).Number.ToString());
        return numbers;
    }

    [Fact, Trait("Rule", "D25")]
    public async Task Pages_of_a_section_hold_every_filing_once_and_the_counts_say_how_many()
    {
        var numbers = await FilingsAsync(32);
        var desk = _kit.Desk.Principal;

        var counts = ResultAssert.Ok(await Desk.QueueCountsAsync(desk));
        Assert.Equal(new DeskQueueCounts(Screen: 32, Challenges: 0, Subscription: 0, Consent: 0), counts);

        var seen = new List<string>();
        for (var skip = 0; skip < 45; skip += 15)
            seen.AddRange(ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen), skip, 15)).Select(r => r.Number));
        Assert.Equal(32, seen.Count);
        Assert.Equal(numbers.Order(), seen.Order());
        Assert.Empty(ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Consent), 0, 15)));
    }

    [Fact, Trait("Rule", "D25")]
    public async Task A_sort_is_applied_before_paging_so_page_two_continues_page_one()
    {
        var numbers = await FilingsAsync(20);
        var desk = _kit.Desk.Principal;

        var byAmount = ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen, Sort: DeskQueueSort.Amount, Descending: true), 0, 5));
        Assert.Equal([119m, 118m, 117m, 116m, 115m], byAmount.Select(r => r.Amount));

        var second = ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen, Sort: DeskQueueSort.Number), 15, 15));
        Assert.Equal(numbers.Order().Skip(15), second.Select(r => r.Number));
        var lastFirst = ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen, Sort: DeskQueueSort.Number, Descending: true), 0, 1));
        Assert.Equal(numbers.Max(), Assert.Single(lastFirst).Number);
    }

    [Fact, Trait("Rule", "D25")]
    public async Task The_search_narrows_rows_and_counts_by_number_or_name()
    {
        var numbers = await FilingsAsync(6);
        var desk = _kit.Desk.Principal;

        var one = ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen, numbers[3]), 0, 15));
        Assert.Equal(numbers[3], Assert.Single(one).Number);
        Assert.Equal(1, ResultAssert.Ok(await Desk.QueueCountsAsync(desk, numbers[3])).Screen);

        // The consumer's name, in another case than stored (SQLite's LIKE ignores ASCII case).
        Assert.Equal(6, ResultAssert.Ok(await Desk.QueueCountsAsync(desk, "sanne DE")).Screen);
        Assert.Equal(6, ResultAssert.Ok(await Desk.QueueRowsAsync(desk, new DeskQueueQuery(DeskQueueKind.Screen, "Fietsen"), 0, 15)).Count);
        Assert.Equal(0, ResultAssert.Ok(await Desk.QueueCountsAsync(desk, "geen-zo-een-naam")).Screen);
    }

    [Fact]
    public async Task Only_desk_staff_may_read_the_queue()
    {
        await FilingsAsync(1);
        foreach (var person in new[] { _kit.A1, _kit.Consumer, _kit.Shop })
        {
            ResultAssert.Fails<DeskStaffOnly, DeskQueueCounts>(await Desk.QueueCountsAsync(person.Principal));
            ResultAssert.Fails<DeskStaffOnly, IReadOnlyList<DeskQueueRow>>(
                await Desk.QueueRowsAsync(person.Principal, new DeskQueueQuery(DeskQueueKind.Screen), 0, 15));
        }
    }
}
