using Microsoft.Playwright;

namespace AdrDesk.Tests.Workbench;

/// <summary>Records a D25 decision with a written reason in the desk's screening panel, as staff do (issue 18).</summary>
public static class DeskDecisions
{
    public static async Task RecordAsync(IPage desk, string rule, string outcome, string reason)
    {
        // Found by its summary: a closed <details> hides its button from role queries.
        var form = desk.Locator("details.wb-form").Filter(new() { Has = desk.Locator("summary", new() { HasTextString = "Beslissing vastleggen" }) });
        if (await form.GetAttributeAsync("open") is null) await form.Locator("summary").ClickAsync();
        // Issue 16: the ground is a MudSelect (a combobox whose options open in a popover at the page's end).
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Grond", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{rule} ·") }).ClickAsync();
        // Issue 16: the outcome is a MudRadioGroup.
        await form.GetByRole(AriaRole.Radio, new() { Name = outcome, Exact = true }).CheckAsync();
        var text = desk.GetByLabel("Schriftelijke motivering", new() { Exact = true });
        await text.FillAsync(reason);
        await text.PressAsync("Tab");
        await form.GetByRole(AriaRole.Button, new() { Name = "Beslissing vastleggen", Exact = true }).ClickAsync();
        // Done: the ground's row in the screening table shows the decision with its reason (the snackbar says "Opgeslagen.").
        await Assertions.Expect(desk.Locator($"tr[data-ground={rule}]")).ToContainTextAsync(reason);
    }
}
