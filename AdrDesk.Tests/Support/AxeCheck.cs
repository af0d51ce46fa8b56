using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Support;

/// <summary>axe-core over a page in its settled, interactive state.</summary>
public static class AxeCheck
{
    /// <summary>Fails on any serious or critical violation.</summary>
    /// <remarks>
    /// HeadOutlet and Routes are two interactive roots: when the circuit starts, HeadOutlet takes over the
    /// prerendered head and renders the title only once the page's &lt;PageTitle&gt; has rendered in the
    /// other root. Checking inside that gap of a few milliseconds reports a missing title that no user
    /// sees, so the check first waits (briefly) for the title; a page that really has none still fails.
    /// </remarks>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.title.trim().length > 0", null, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // No title after 15 s (a loaded machine can take that long): axe reports it below with the page's address.
        }

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"));
}
