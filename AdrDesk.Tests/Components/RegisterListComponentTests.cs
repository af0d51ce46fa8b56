using AdrDesk.Features.Register;
using AdrDesk.Tests.Register;
using Bunit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16: the register list is a MudTable whose pages and sort order come from RegisterService (in SQL), 15 rows a page;
/// a search asks the service again from the first page.
/// </summary>
[Trait("Issue", "16")]
public sealed class RegisterListComponentTests
{
    [Fact]
    public async Task Paging_and_sorting_ask_the_service_for_the_next_page_and_the_other_order()
    {
        await using var register = await RegisterFixture.CreateAsync();
        // 16 webshops: "Winkel 01" ... "Winkel 16", their KvK numbers running the other way.
        for (var i = 1; i <= 16; i++)
        {
            await register.WebshopAsync($"Winkel {i:00} B.V.", $"{90000000 - i}", $"https://www.winkel{i:00}.nl");
        }
        await using var ctx = RegisterDialogComponentTests.Host(register);
        var host = ctx.RenderProviders();
        var list = ctx.Render<RegisterList>();
        list.WaitForAssertion(() => Assert.Equal(15, Names(list).Count));
        Assert.Equal("Winkel 01 B.V.", Names(list)[0]);
        Assert.Equal("Winkel 15 B.V.", Names(list)[14]);

        // The next page: the 16th, from the service.
        // Found and clicked in one renderer turn: the pager may render once more after the rows arrive, which would leave a
        // button found earlier without its handler.
        await list.InvokeAsync(() => list.Find("button[aria-label='Next page'], .mud-table-pagination-actions button:nth-last-child(2)").ClickAsync(new()));
        list.WaitForAssertion(() => Assert.Equal(["Winkel 16 B.V."], Names(list)));

        // Sorted by KvK number (the table stays on page 2): the KvK numbers run against the names, so the last is now "Winkel 01".
        var kvk = () => list.FindAll(".mud-table-sort-label").Single(l => l.TextContent.Contains("KvK", StringComparison.Ordinal));
        await list.InvokeAsync(() => kvk().ClickAsync(new()));
        list.WaitForAssertion(() => Assert.Equal(["Winkel 01 B.V."], Names(list)));
        // Descending: page 2 holds the lowest number, "Winkel 16".
        await list.InvokeAsync(() => kvk().ClickAsync(new()));
        list.WaitForAssertion(() => Assert.Equal(["Winkel 16 B.V."], Names(list)));

        // A search asks again, from the first page.
        await list.Find("#register-search").ChangeAsync(new() { Value = "winkel07" });
        await list.Find("form[role=search]").SubmitAsync();
        list.WaitForAssertion(() => Assert.Equal(["Winkel 07 B.V."], Names(list)));
    }

    [Fact]
    public async Task An_empty_register_says_so_and_a_search_without_match_names_the_search()
    {
        await using var register = await RegisterFixture.CreateAsync();
        await using var ctx = RegisterDialogComponentTests.Host(register);
        ctx.RenderProviders();
        var list = ctx.Render<RegisterList>();
        list.WaitForAssertion(() => Assert.Contains("Het register is nog leeg", list.Markup, StringComparison.Ordinal));

        await list.Find("#register-search").ChangeAsync(new() { Value = "bestaatniet" });
        await list.Find("form[role=search]").SubmitAsync();
        list.WaitForAssertion(() => Assert.Contains("bestaatniet", list.Find(".adr-empty-grid").TextContent, StringComparison.Ordinal));
    }

    [Fact, Trait("Issue", "21")]
    public async Task A_search_renders_the_table_with_its_rows_and_neither_typing_nor_the_search_renders_the_page()
    {
        await using var register = await RegisterFixture.CreateAsync();
        for (var i = 1; i <= 3; i++) await register.WebshopAsync($"Winkel {i:00} B.V.", $"{90000100 - i}", $"https://www.winkel{i:00}.nl");
        await using var ctx = RegisterDialogComponentTests.Host(register);
        ctx.RenderProviders();
        var list = ctx.Render<CountingRegisterList>();
        list.WaitForAssertion(() => Assert.Equal(3, Names(list).Count));
        var before = list.Instance.Renders;

        await list.Find("#register-search").ChangeAsync(new() { Value = "winkel02" });
        await list.Find("form[role=search]").SubmitAsync();

        list.WaitForAssertion(() => Assert.Equal(["Winkel 02 B.V."], Names(list)));
        Assert.Equal(before, list.Instance.Renders);
    }

    private static List<string> Names<T>(IRenderedComponent<T> list) where T : Microsoft.AspNetCore.Components.IComponent =>
        list.FindAll("tbody tr td[data-label='Statutaire naam'] a").Select(a => a.TextContent.Trim()).ToList();
}
