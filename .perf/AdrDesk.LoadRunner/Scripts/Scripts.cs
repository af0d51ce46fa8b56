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
/// MudTable grids page on the server (ServerData): next, previous, and a search that reloads the grid.
/// Shared by the register grid (today) and the workbench case grid (when it lands).
/// </summary>
public abstract class GridScript : PageScript
{
    protected virtual string Body => "table tbody.mud-table-body";
    protected virtual string Grid => ".mud-table";
    protected virtual string NextButton => "button[aria-label='Volgende pagina']";
    protected virtual string PreviousButton => "button[aria-label='Vorige pagina']";
    protected abstract string SearchBox { get; }
    protected abstract string[] Queries { get; }
    public override bool IsGrid => true;

    public override string Describe(int step) => $"{Name}: " + (step % 4) switch { 0 => "next page", 1 => "previous page", 2 => "search", _ => "search all" };

    public override async Task<string?> CheckAsync(IPage page)
    {
        await page.Locator(Body).First.WaitForAsync(new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('{Body} tr').length > 1", null, new() { Timeout = 15_000 });
        // For the frame-size figures: how much markup one grid page is (a render batch carries at least its new rows).
        var size = await page.EvaluateAsync<int[]>($"() => {{ const b = document.querySelector('{Body}'); return [b.rows.length, b.outerHTML.length, document.querySelector('{Grid}').outerHTML.length]; }}");
        Notes.Enqueue($"/{Route}: a grid page of {size[0]} rows is {size[1] / 1024.0:F1} KB of row markup ({size[1] / 1024.0 / Math.Max(1, size[0]):F1} KB per row); the whole grid {size[2] / 1024.0:F1} KB");
        if (await page.Locator(NextButton).CountAsync() == 0) return $"{Route}: no pager (fewer rows than one page), only searches are scripted";
        return null;
    }

    public override async Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs)
    {
        // Cycle: next page, previous page, search a narrow query, search all; each changes the rows.
        switch (step % 4)
        {
            case 0 or 1:
                var button = page.Locator(step % 4 == 0 ? NextButton : PreviousButton).First;
                if (await button.CountAsync() == 0 || await button.IsDisabledAsync())
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

/// <summary>The workbench case grid (Features/Workbench, /workbench): a plain server-paged table of 25 rows, the webshop filter (#f-shop, Enter applies).</summary>
public sealed class WorkbenchScript : GridScript
{
    public override string Name => "workbench";
    public override string Route => "workbench";
    public override IReadOnlyList<string> Accounts => [ScriptCatalog.Desk, .. ScriptCatalog.Assessors];
    public override int Weight => 4;
    protected override string SearchBox => "#f-shop";
    protected override string Body => "table.wb-grid tbody";
    protected override string Grid => "table.wb-grid";
    protected override string NextButton => "button[aria-label='Volgende pagina']";
    protected override string PreviousButton => "button[aria-label='Vorige pagina']";
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
        var box = page.Locator("input[name=webshop-search]");
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
            return await MeasureAsync("case: open", page, "main", () => links.Nth(random.Next(count)).ClickAsync(), timeoutMs,
                "document.querySelector('[data-testid=status-words]') !== null");
        }
        if (await page.Locator("#cf-tabpanel").CountAsync() == 0)
            return await BackToListAsync(page, timeoutMs, "case: page shows neither the list nor a case");
        var onMessages = await page.EvaluateAsync<bool>("() => document.getElementById('cf-tabpanel').getAttribute('aria-labelledby') === 'cf-tab-messages'");
        if (!onMessages)
        {
            return await MeasureAsync("case: messages tab", page, "#cf-tabpanel", () => page.Locator("#cf-tab-messages").ClickAsync(), timeoutMs,
                "document.getElementById('cf-tabpanel')?.getAttribute('aria-labelledby') === 'cf-tab-messages'");
        }
        var box = page.Locator("#cf-message");
        if (await box.CountAsync() == 0 || await page.Locator(".cf-ok").CountAsync() > 0)
            return await BackToListAsync(page, timeoutMs, null); // posted here already, or this case takes no messages: next case
        var text = $"Bericht {Guid.NewGuid():N} van de load runner";
        await box.FillAsync(text);
        return await MeasureAsync("case: post message", page, "#cf-tabpanel",
            () => page.Locator("#cf-tabpanel form.cf-form button[type=submit]").ClickAsync(), timeoutMs,
            $"[...document.querySelectorAll('#cf-tabpanel .cf-text')].some(p => p.textContent === '{text}')");
    }

    private static async Task<Measured> BackToListAsync(IPage page, int timeoutMs, string? error)
    {
        var measured = await MeasureAsync("case: back to my cases", page, "main", () => page.Locator("nav a[href='/my-cases']").First.ClickAsync(), timeoutMs,
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
