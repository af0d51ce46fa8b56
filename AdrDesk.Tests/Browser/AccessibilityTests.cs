using AdrDesk.Infrastructure.Identity;
using AdrDesk.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Browser;

[Collection("app"), Trait("Category", "Browser")]
public sealed class AccessibilityTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData("")]
    [InlineData("account/login")]
    [InlineData("account/register")]
    [InlineData("account/forgot-password")]
    [InlineData("no-such-page")]
    public Task Page_has_no_serious_or_critical_axe_violations(string path) =>
        browser.RunAsync(app, async page =>
        {
            await page.GotoAsync(path);
            await AssertNoSeriousViolationsAsync(page);
        }, nameof(Page_has_no_serious_or_critical_axe_violations) + path.Replace('/', '-'));

    [Fact]
    public Task Admin_home_and_outbox_have_no_serious_or_critical_axe_violations() =>
        browser.RunAsync(app, async page =>
        {
            await BrowserFixture.SignInAsync(page, "admin@demo.adrdesk.nl", DemoAccounts.Password);
            await AssertNoSeriousViolationsAsync(page);

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Uitgaande e-mail" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitgaande e-mail" })).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(page);
        });

    private static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"));
}
