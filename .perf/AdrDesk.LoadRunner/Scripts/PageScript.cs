using Microsoft.Playwright;

namespace AdrDesk.LoadRunner.Scripts;

/// <summary>
/// One kind of scripted user: the page it starts on, who signs in, and its next action. Add a script for a
/// new page here and in <see cref="ScriptCatalog"/>; a script whose route answers 404 is skipped with a note.
/// </summary>
public abstract class PageScript
{
    /// <summary>What scripts observed for the report (the runner prints them and adds them to its notes).</summary>
    public static System.Collections.Concurrent.ConcurrentQueue<string> Notes { get; } = new();

    /// <summary>Short name, used in notes.</summary>
    public abstract string Name { get; }

    /// <summary>Where each page of this script starts (relative, no leading slash).</summary>
    public abstract string Route { get; }

    /// <summary>Demo accounts the pages sign in as, in turn (many pages share one; each signs in once).</summary>
    public abstract IReadOnlyList<string> Accounts { get; }

    /// <summary>True when each page needs an account of its own (the intake: one draft per user and scheme).</summary>
    public virtual bool AccountPerPage => false;

    /// <summary>Share of the app phase's pages (relative weight).</summary>
    public virtual int Weight => 1;

    /// <summary>What the page shows once its script can start (waited for after opening), if anything.</summary>
    public virtual string? ReadySelector => null;

    /// <summary>True when this page is a grid whose idle circuits the memory figure is about.</summary>
    public virtual bool IsGrid => false;

    /// <summary>Checks the page has what the script needs, once, on the first opened page; null when fine, else why it is skipped.</summary>
    public virtual Task<string?> CheckAsync(IPage page) => Task.FromResult<string?>(null);

    /// <summary>What step <paramref name="step"/> does, before it runs (labels the WebSocket frames it causes).</summary>
    public virtual string Describe(int step) => $"{Name} step {step}";

    /// <summary>Runs action number <paramref name="step"/> of this page and measures it (see <see cref="Measured"/>).</summary>
    public abstract Task<Measured> StepAsync(IPage page, int step, Random random, int timeoutMs);

    /// <summary>
    /// The measurement every script uses: arm the probe on <paramref name="region"/> (after any preparation),
    /// perform <paramref name="act"/> (a click, a submit, a key), and read the in-page time from the action's
    /// event to the first DOM mutation in the region.
    /// </summary>
    /// <remarks><paramref name="until"/> (a JS expression): the end is the first mutation after which it holds, for
    /// actions whose first mutation is a busy state (a disabled button) rather than the result.</remarks>
    public static async Task<Measured> MeasureAsync(string action, IPage page, string region, Func<Task> act, int timeoutMs, string? until = null)
    {
        if (!await page.EvaluateAsync<bool>("([s, u]) => window.__adrPerf.arm(s, u)", new object?[] { region, until }))
            return Measured.Failed(action, $"region {region} not found");
        await act();
        var ms = await page.EvaluateAsync<double>("t => window.__adrPerf.wait(t)", timeoutMs);
        return ms switch
        {
            -1 => Measured.Failed(action, $"no change in {region} within {timeoutMs} ms"),
            -2 => Measured.Failed(action, "the action's event was not seen by the probe"),
            _ => new Measured(action, ms, null),
        };
    }
}

public sealed record Measured(string Action, double Milliseconds, string? Error)
{
    public static Measured Failed(string action, string error) => new(action, double.NaN, error);
}
