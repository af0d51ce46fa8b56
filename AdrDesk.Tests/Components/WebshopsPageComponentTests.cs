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

    private static List<string> Names(IRenderedComponent<CountingWebshops> page) =>
        page.FindAll("section[aria-labelledby=affiliated-title] tbody td[data-label='Statutaire naam']").Select(td => td.TextContent.Trim()).ToList();
}
