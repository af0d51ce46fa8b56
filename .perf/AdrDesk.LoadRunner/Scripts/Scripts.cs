using Microsoft.Playwright;

namespace AdrDesk.LoadRunner.Scripts;

/// <summary>Every script the runner knows; the app phase uses those whose route exists.</summary>
public static class ScriptCatalog
{
    public const string Consumer = "consument@demo.adrdesk.nl";
    public const string ConsumerEn = "consumer.en@demo.adrdesk.nl";
    public const string Desk = "balie@demo.adrdesk.nl";
    public const string Admin = "admin@demo.adrdesk.nl";
    public static readonly string[] Assessors = ["beoordelaar@demo.adrdesk.nl", "beoordelaar2@demo.adrdesk.nl", "beoordelaar3@demo.adrdesk.nl"];

    public static PageScript Baseline { get; } = new BaselineScript();

    /// <summary>The app phase's candidates, grid pages first (the first available grid is where memory per circuit is measured).</summary>
    public static IReadOnlyList<PageScript> App { get; } =
    [
        new WorkbenchScript(), new RegisterScript(), new WebshopsScript(), new CasePageScript(), new IntakeScript(),
    ];
}

/// <summary>The framework's own cost: /diagnostics/baseline, click +1, wait for the count.</summary>
public sealed class BaselineScript : PageScript
{
    public override string Name => "baseline";
    public override string Route => "diagnostics/baseline";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Consumer];

    public override Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs) =>
        MeasureAsync("baseline: +1", page, "[data-testid=count]",
            () => page.Locator("button", new() { HasTextString = "+1" }).ClickAsync(), timeoutMs);
}

/// <summary>
/// Radzen grids page on the server (LoadData): next, previous, and a search that reloads the grid.
/// Shared by the register grid (today) and the workbench case grid (when it lands).
/// </summary>
public abstract class GridScript : PageScript
{
    protected const string Body = ".rz-data-grid table tbody";
    protected abstract string SearchBox { get; }
    protected abstract string[] Queries { get; }
    public override bool IsGrid => true;

    public override string Describe(int step) => $"{Name}: " + (step % 4) switch { 0 => "next page", 1 => "previous page", 2 => "search", _ => "search all" };

    public override async Task<string?> CheckAsync(IPage page)
    {
        await page.Locator(Body).First.WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('{Body} tr').length > 1", null, new() { Timeout = 15_000 });
        // For the frame-size figures: how much markup one grid page is (a render batch carries at least its new rows).
        var size = await page.EvaluateAsync<int[]>($"() => {{ const b = document.querySelector('{Body}'); return [b.rows.length, b.outerHTML.length, document.querySelector('.rz-data-grid').outerHTML.length]; }}");
        Notes.Enqueue($"/{Route}: a grid page of {size[0]} rows is {size[1] / 1024.0:F1} KB of row markup ({size[1] / 1024.0 / Math.Max(1, size[0]):F1} KB per row); the whole grid {size[2] / 1024.0:F1} KB");
        if (await page.Locator(".rz-pager-next").CountAsync() == 0) return $"{Route}: no pager (fewer rows than one page), only searches are scripted";
        return null;
    }

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        // Cycle: next page, previous page, search a narrow query, search all; each changes the rows.
        switch (step % 4)
        {
            case 0 or 1:
                var button = page.Locator(step % 4 == 0 ? ".rz-pager-next" : ".rz-pager-prev").First;
                if (await button.CountAsync() == 0 || (await button.GetAttributeAsync("class") ?? "").Contains("rz-state-disabled", StringComparison.Ordinal))
                    return await SearchAsync(page, Queries[step / 4 % Queries.Length], timeoutMs);
                return await MeasureAsync($"{Name}: {(step % 4 == 0 ? "next" : "previous")} page", page, Body, () => button.ClickAsync(), timeoutMs);
            case 2:
                return await SearchAsync(page, Queries[step / 4 % Queries.Length], timeoutMs);
            default:
                return await SearchAsync(page, "", timeoutMs);
        }
    }

    private async Task<Measured> SearchAsync(IPage page, string query, int timeoutMs)
    {
        var box = page.Locator(SearchBox);
        if (await box.InputValueAsync() == query) query = query.Length == 0 ? Queries[0] : ""; // a search must change the rows
        await box.FillAsync(query);
        return await MeasureAsync($"{Name}: search", page, Body, () => box.PressAsync("Enter"), timeoutMs);
    }
}

public sealed class RegisterScript : GridScript
{
    public override string Name => "register";
    public override string Route => "register";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk, ScriptCatalog.Admin];
    public override int Weight => 3;
    protected override string SearchBox => "input[name=register-search]";
    protected override string[] Queries => ["Mode", "Testwinkel 01", "fiets"];
}

/// <summary>The workbench case grid (issue: workbench): not there yet; the selectors assume the register grid's markup.</summary>
public sealed class WorkbenchScript : GridScript
{
    public override string Name => "workbench";
    public override string Route => "workbench";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk, .. ScriptCatalog.Assessors];
    public override int Weight => 4;
    protected override string SearchBox => "input[type=search]";
    protected override string[] Queries => ["2026", "Jansen", "Mode"];
}

/// <summary>The public webshop list: search by name (a prerendered page that also runs interactively).</summary>
public sealed class WebshopsScript : PageScript
{
    private static readonly string[] Queries = ["Mode", "Testwinkel 02", "Tuin", ""];
    public override string Name => "webshops";
    public override string Route => "webshops";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Consumer, ScriptCatalog.ConsumerEn];

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        var box = page.Locator("input[name=webshop-search]");
        var query = Queries[step % Queries.Length];
        if (await box.InputValueAsync() == query) query = Queries[(step + 1) % Queries.Length];
        await box.FillAsync(query);
        return await MeasureAsync("webshops: search", page, "section[aria-labelledby=affiliated-title]", () => box.PressAsync("Enter"), timeoutMs);
    }
}

/// <summary>
/// A case page (issue: case file): open a case from the list, post a message. Not there yet: route and
/// selectors are this script's assumptions; fit them when /cases/{number} lands.
/// </summary>
public sealed class CasePageScript : PageScript
{
    public override string Name => "case page";
    public override string Route => "cases";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk];

    public override async Task<string?> CheckAsync(IPage page) =>
        await page.Locator("a[href*='cases/']").CountAsync() == 0 ? "cases: no link to a case page on /cases" : null;

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        if (step % 2 == 0)
        {
            var links = page.Locator("a[href*='cases/']");
            var count = await links.CountAsync();
            if (count == 0) return Measured.Failed("case: open", "no case link");
            return await MeasureAsync("case: open", page, "main", () => links.Nth(random.Next(count)).ClickAsync(), timeoutMs);
        }
        var message = page.Locator("textarea").First;
        if (await message.CountAsync() == 0) return Measured.Failed("case: post message", "no message box");
        await message.FillAsync($"Bericht {step} van de load runner");
        return await MeasureAsync("case: post message", page, "main",
            () => page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync(), timeoutMs);
    }
}

/// <summary>
/// The intake wizard (issue: intake): steps forward and back. Not there yet: the selectors are assumptions
/// (Radzen Steps' next/previous buttons); fit them when /start lands.
/// </summary>
public sealed class IntakeScript : PageScript
{
    public override string Name => "intake";
    public override string Route => "start";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Consumer, ScriptCatalog.ConsumerEn];

    public override async Task<string?> CheckAsync(IPage page) =>
        await page.Locator(".rz-steps").CountAsync() == 0 ? "start: no Radzen steps on the page" : null;

    public override Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs) =>
        MeasureAsync(step % 2 == 0 ? "intake: next step" : "intake: previous step", page, ".rz-steps",
            () => page.Locator(step % 2 == 0 ? ".rz-steps-next" : ".rz-steps-prev").First.ClickAsync(), timeoutMs);
}
