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

    public const string Business = "webshop@demo.adrdesk.nl";

    /// <summary>
    /// Consumer accounts of the runner's own (intake-001@load.adrdesk.nl, …): the wizard keeps one draft per user
    /// and scheme, so each intake page needs its own account. The runner adds them to its started app
    /// (<see cref="AppUnderTest"/>); with --url they are absent and the intake pages share the demo consumers.
    /// </summary>
    public static List<string> LoadUsers { get; } = [];

    public static string LoadUser(int i) => $"intake-{i:000}@load.adrdesk.nl";

    public static PageScript Baseline { get; } = new BaselineScript();

    /// <summary>Issue 21: a page change in the app's shell with no content of its own (the cost phases only, after the baseline).</summary>
    public static PageScript Navigation { get; } = new NavigationScript();
    public static PageScript Intake { get; } = new IntakeScript();

    /// <summary>The app phase's candidates, grid pages first (the first available grid is where memory per circuit is measured).</summary>
    public static IReadOnlyList<PageScript> App { get; } =
    [
        new WorkbenchScript(), new RegisterScript(), new WebshopsScript(), new CasePageScript(), Intake,
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
/// Issue 21: what one page change costs in AdrDesk's shell before any page content: /diagnostics/navigation/a and /b
/// (Features/Diagnostics/NavigationFloor.razor) link to each other; signed in as a party, as the case page script is.
/// The case page's "open" and "back" and every wizard step that renders a new step pay at least this.
/// </summary>
public sealed class NavigationScript : PageScript
{
    public override string Name => "navigation";
    public override string Route => "diagnostics/navigation/a";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Consumer, ScriptCatalog.Business];
    public override string? ReadySelector => "[data-testid=navigation-next]";

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        var side = await page.Locator("[data-testid=navigation-side]").TextContentAsync();
        var other = side == "a" ? "b" : "a";
        return await MeasureAsync("navigation: other page", page, "main", () => page.Locator("[data-testid=navigation-next]").ClickAsync(), timeoutMs,
            $"document.querySelector('[data-testid=navigation-side]')?.textContent === '{other}'");
    }
}

/// <summary>
/// Grids paged on the server (MudTable ServerData, issue 16): next, previous, a header sort where the grid has one, a
/// search that reloads the grid, and the search cleared. Each action changes the rows.
/// </summary>
public abstract class GridScript : PageScript
{
    protected abstract string Body { get; }
    protected abstract string Grid { get; }
    protected abstract string NextButton { get; }
    protected abstract string PreviousButton { get; }
    /// <summary>The sort buttons of the header (one is clicked per sort action), null when the script does not sort.</summary>
    protected virtual string? SortButtons => null;
    protected abstract string SearchBox { get; }
    protected abstract string[] Queries { get; }
    public override bool IsGrid => true;

    private int Cycle => SortButtons is null ? 4 : 5;

    private string Kind(int step) => (step % Cycle, SortButtons is null) switch
    {
        (0, _) => "next page",
        (1, _) => "previous page",
        (2, false) => "sort",
        (2, true) or (3, false) => "search",
        _ => "search all",
    };

    public override string Describe(int step) => $"{Name}: {Kind(step)}";

    public override async Task<string?> CheckAsync(IPage page)
    {
        await page.Locator(Body).First.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync($"() => document.querySelectorAll(\"{Body} tr\").length > 1", null, new() { Timeout = 60_000 });
        // For the frame-size figures: how much markup one grid page is (a render batch carries at least its new rows).
        var size = await page.EvaluateAsync<int[]>($"() => {{ const b = document.querySelector(\"{Body}\"); return [b.rows.length, b.outerHTML.length, document.querySelector(\"{Grid}\").outerHTML.length]; }}");
        Notes.Enqueue($"/{Route}: a grid page of {size[0]} rows is {size[1] / 1024.0:F1} KB of row markup ({size[1] / 1024.0 / Math.Max(1, size[0]):F1} KB per row); the whole grid {size[2] / 1024.0:F1} KB");
        if (await page.Locator(NextButton).CountAsync() == 0) return $"{Route}: no pager (fewer rows than one page), only searches are scripted";
        return null;
    }

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        var query = Queries[step / Cycle % Queries.Length];
        switch (Kind(step))
        {
            case "next page" or "previous page":
                var next = Kind(step) == "next page";
                var button = page.Locator(next ? NextButton : PreviousButton).First;
                if (await button.CountAsync() == 0 || await button.IsDisabledAsync())
                    return await SearchAsync(page, query, timeoutMs);
                return await MeasureAsync($"{Name}: {(next ? "next" : "previous")} page", page, Body, () => button.ClickAsync(), timeoutMs);
            case "sort":
                var sorts = page.Locator(SortButtons!);
                var count = await sorts.CountAsync();
                if (count == 0) return await SearchAsync(page, query, timeoutMs);
                var sort = sorts.Nth(random.Next(count));
                return await MeasureAsync($"{Name}: sort", page, Body, () => sort.ClickAsync(), timeoutMs);
            case "search":
                return await SearchAsync(page, query, timeoutMs);
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

/// <summary>The register (Features/Register, /register): a MudTable of 15 rows paged in SQL, MudTablePager's buttons, the search form.</summary>
public sealed class RegisterScript : GridScript
{
    public override string Name => "register";
    public override string Route => "register";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk, ScriptCatalog.Admin];
    public override int Weight => 3;
    protected override string Body => ".adr-register-table table tbody";
    protected override string Grid => ".adr-register-table";
    // MudTablePager's buttons: first, previous, next, last (named by DeskMudLocalizer in Dutch).
    protected override string NextButton => ".adr-register-table .mud-table-pagination-actions button:nth-last-child(2)";
    protected override string PreviousButton => ".adr-register-table .mud-table-pagination-actions button:nth-child(2)";
    protected override string SearchBox => "#register-search";
    protected override string[] Queries => ["Mode", "Testwinkel 01", "fiets"];
}

/// <summary>
/// The workbench case grid (Features/Workbench, /workbench): a MudTable of 25 rows paged and sorted in SQL, its own pager
/// and header sort buttons, the webshop filter (#f-shop, Enter applies the filter form).
/// </summary>
public sealed class WorkbenchScript : GridScript
{
    public override string Name => "workbench";
    public override string Route => "workbench";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk, .. ScriptCatalog.Assessors];
    public override int Weight => 4;
    protected override string SearchBox => "#f-shop";
    protected override string Body => "[data-testid=workbench-grid] table tbody";
    protected override string Grid => "[data-testid=workbench-grid]";
    protected override string NextButton => "[data-testid=workbench-grid] button[aria-label='Volgende pagina']";
    protected override string PreviousButton => "[data-testid=workbench-grid] button[aria-label='Vorige pagina']";
    protected override string? SortButtons => "[data-testid=workbench-grid] button.wb-sort";
    protected override string[] Queries => ["Fiets", "Mode", "Tuin"];
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
        var box = page.Locator("#webshop-search");
        var query = Queries[step % Queries.Length];
        if (await box.InputValueAsync() == query) query = Queries[(step + 1) % Queries.Length];
        await box.FillAsync(query);
        return await MeasureAsync("webshops: search", page, "section[aria-labelledby=affiliated-title]", () => box.PressAsync("Enter"), timeoutMs);
    }
}

/// <summary>
/// A party's case page (Features/CaseFile): from /my-cases open a case, show its messages, post a message,
/// back to the list (four measured actions, in turn). Each message is unique, and "post" ends when the
/// page shows it.
/// </summary>
public sealed class CasePageScript : PageScript
{
    private const string List = "[data-testid=my-cases]";
    public override string Name => "case page";
    public override string Route => "my-cases";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Consumer, ScriptCatalog.Business];
    public override int Weight => 2;

    public override async Task<string?> CheckAsync(IPage page) =>
        await page.Locator($"{List} a[href^='cases/']").CountAsync() == 0 ? $"my-cases: {Accounts[0]} has no case to open" : null;

    public override string Describe(int step) => "case page";

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        var links = page.Locator($"{List} a[href^='cases/']");
        if (await links.CountAsync() is var count and > 0)
        {
            await page.EvaluateAsync("() => window.__adrPosted = false");
            return await MeasureAsync("case: open", page, "main", () => links.Nth(random.Next(count)).ClickAsync(), timeoutMs,
                "document.querySelector('[data-testid=status-words]') !== null");
        }
        // The case page's tabs (role=tab, aria-selected; TabStrip.razor); only the chosen panel is rendered (.cf-tabpanel).
        var messagesTab = page.GetByRole(AriaRole.Tab, new() { Name = MessagesTab }); // "Berichten (3)": the count is in the name
        if (await messagesTab.CountAsync() == 0)
            return await BackToListAsync(page, timeoutMs, "case: page shows neither the list nor a case");
        if (await messagesTab.GetAttributeAsync("aria-selected") != "true")
        {
            return await MeasureAsync("case: messages tab", page, ".cf-tabpanel", () => messagesTab.ClickAsync(), timeoutMs,
                "[...document.querySelectorAll('[role=tab][aria-selected=true]')].some(t => t.textContent.startsWith('Berichten'))");
        }
        var box = page.Locator("#cf-message");
        if (await box.CountAsync() == 0 || await page.EvaluateAsync<bool>("() => window.__adrPosted === true"))
            return await BackToListAsync(page, timeoutMs, null); // posted here already, or this case takes no messages: next case
        var text = $"Bericht {Guid.NewGuid():N} van de load runner";
        await box.FillAsync(text);
        var posted = await MeasureAsync("case: post message", page, ".cf-tabpanel",
            () => page.Locator(".cf-tabpanel form.cf-form button[type=submit]").ClickAsync(), timeoutMs,
            $"[...document.querySelectorAll('.cf-tabpanel .cf-text')].some(p => p.textContent === '{text}')");
        await page.EvaluateAsync("() => window.__adrPosted = true");
        return posted;
    }

    private const string MessagesTab = "Berichten";

    private static async Task<Measured> BackToListAsync(IPage page, int timeoutMs, string? error)
    {
        var measured = await MeasureAsync("case: back to my cases", page, "main", () => page.Locator("nav a[href='/my-cases'], nav a[href='my-cases']").First.ClickAsync(), timeoutMs,
            $"document.querySelector('{List}') !== null");
        return error is null ? measured : Measured.Failed("case: page", error);
    }
}

/// <summary>
/// The intake wizard (Features/Intake, /intake/bindend-advies): each action is the current step's (fill the
/// step, then "Volgende"; the webshop search; "Geschil indienen" to the confirmation), see <see cref="Wizard"/>.
/// Every page signs in as a consumer of its own (one draft per user).
/// </summary>
public sealed class IntakeScript : PageScript
{
    public override string Name => "intake";
    public override string Route => Wizard.Route;
    public override IReadOnlyList<string> Accounts => ScriptCatalog.LoadUsers.Count > 0 ? ScriptCatalog.LoadUsers : [ScriptCatalog.Consumer, ScriptCatalog.ConsumerEn];
    public override bool AccountPerPage => true;
    public override int Weight => 2;
    public override string? ReadySelector => "h2.adr-step-title";

    public override async Task<string?> CheckAsync(IPage page) =>
        await page.Locator("h2.adr-step-title").CountAsync() == 0 ? $"{Route}: no wizard step on the page" : null;

    public override string Describe(int step) => "intake wizard";

    public override Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs) => Wizard.StepAsync(page, timeoutMs);
}
