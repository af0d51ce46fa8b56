using Microsoft.Playwright;

namespace AdrDesk.Tests.Workbench;

/// <summary>Records a D25 decision with a written reason in the desk's screening panel, as staff do (issue 18).</summary>
public static class DeskDecisions
{
    public static async Task RecordAsync(IPage desk, string rule, string outcome, string reason)
    {
        var form = desk.Locator("details.wb-form").Filter(new() { Has = desk.GetByLabel("Uitkomst", new() { Exact = true }) });
        if (await form.GetAttributeAsync("open") is null) await form.Locator("summary").ClickAsync();
        await desk.GetByLabel("Grond", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = rule });
        await desk.GetByLabel("Uitkomst", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = outcome });
        var text = desk.GetByLabel("Schriftelijke motivering", new() { Exact = true });
        await text.FillAsync(reason);
        await text.PressAsync("Tab");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Beslissing vastleggen", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("details.wb-form").First.Locator("xpath=ancestor::*[contains(@class,'wb-panel')]").GetByText("Opgeslagen.")).ToBeVisibleAsync();
    }
}
