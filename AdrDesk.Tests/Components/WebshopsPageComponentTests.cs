using AdrDesk.Features.Register;
using AdrDesk.Tests.Register;
using Bunit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 21: the public list of webshops (D18) renders once per register read: typing in the search box and the search's
/// own start render nothing (they rendered both tables again with the same rows); the result renders once.
/// </summary>
[Trait("Issue", "21")]
public sealed class WebshopsPageComponentTests
{
    [Fact, Trait("Rule", "D18")]
    public async Task A_search_renders_the_list_once_for_its_result_and_typing_renders_nothing()
    {
        await using var register = await RegisterFixture.CreateAsync();
        await register.WebshopAsync("Fietsen Noord B.V.", "90000011", "https://www.fietsennoord.nl");
        await register.WebshopAsync("Boekenhuis B.V.", "90000012", "https://www.boekenhuis.nl");
        await using var ctx = RegisterDialogComponentTests.Host(register);
        ctx.RenderProviders();
        var page = ctx.Render<CountingWebshops>();
        page.WaitForAssertion(() => Assert.Equal(["Boekenhuis B.V.", "Fietsen Noord B.V."], Names(page)));
        var before = page.Instance.Renders;

        await page.Find("#webshop-search").ChangeAsync(new() { Value = "fietsen" });
        Assert.Equal(before, page.Instance.Renders);

        await page.Find("form[role=search]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Equal(["Fietsen Noord B.V."], Names(page)));
        Assert.Equal(before + 1, page.Instance.Renders);
        Assert.Contains("www.fietsennoord.nl", page.Find("section[aria-labelledby=affiliated-title] a").TextContent, StringComparison.Ordinal);

        // A search without a match says so, with the words searched.
        await page.Find("#webshop-search").ChangeAsync(new() { Value = "bestaatniet" });
        await page.Find("form[role=search]").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("bestaatniet", page.Find("section[aria-labelledby=affiliated-title] .adr-empty-grid").TextContent, StringComparison.Ordinal));
        Assert.Equal(before + 2, page.Instance.Renders);
    }

    /// <summary>Issue 16 item 7: the list shows a page of 15 at a time (all at once made render batches of 200 KB).</summary>
    [Fact, Trait("Rule", "D18")]
    public async Task The_list_shows_15_webshops_a_page_and_the_pager_shows_the_rest()
    {
        await using var register = await RegisterFixture.CreateAsync();
        for (var i = 1; i <= 17; i++) await register.WebshopAsync($"Winkel {i:00} B.V.", $"900001{i:00}", $"https://www.winkel{i:00}.nl");
        await using var ctx = RegisterDialogComponentTests.Host(register);
        ctx.RenderProviders();
        var page = ctx.Render<CountingWebshops>();
        page.WaitForAssertion(() => Assert.Equal(15, Names(page).Count));
        Assert.Equal("Winkel 01 B.V.", Names(page)[0]);
        Assert.Contains("1-15 van 17", page.Find("section[aria-labelledby=affiliated-title] .mud-table-pagination").TextContent, StringComparison.Ordinal);

        await page.Find("section[aria-labelledby=affiliated-title] button[aria-label='Volgende pagina']").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(["Winkel 16 B.V.", "Winkel 17 B.V."], Names(page)));
    }

    private static List<string> Names(IRenderedComponent<CountingWebshops> page) =>
        page.FindAll("section[aria-labelledby=affiliated-title] tbody td[data-label='Statutaire naam']").Select(td => td.TextContent.Trim()).ToList();
}
