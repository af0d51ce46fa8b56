using System.Text.Json;
using AdrDesk.LoadRunner;
using AdrDesk.LoadRunner.Report;
using Microsoft.Playwright;

// The performance lab's load runner (issue 9). `bash .perf/run` runs it; see README "Performance".
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Options.Usage);
    return 0;
}
if (args.Length > 0 && args[0] == "shot")
{
    return await Shot.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "report")
{
    return await PerformanceReport.WriteAsync(args[1..]);
}

var options = Options.Parse(args);
var results = new LoadResults
{
    Started = DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss zzz"), Target = options.Url ?? "started", Settings = options,
    Commit = await Repo.CommitAsync(),
};
await using var app = options.Url is { } url ? await AppUnderTest.AttachAsync(url) : await AppUnderTest.StartAsync(options);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = NicedChromium.Path(options),
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
var lab = new LoadLab(options, app, browser, results);
try
{
    results.LoadAverage["start"] = LoadAverage.Now();
    if (options.App) await lab.RunAsync();
    if (options.CostPages > 0)
    {
        results.LoadAverage["cost"] = LoadAverage.Now();
        results.Cost = await lab.CostAsync();
    }
    if (options.IntakeLoad > 0)
    {
        results.LoadAverage["intake load"] = LoadAverage.Now();
        results.IntakeLoad = await lab.IntakeLoadAsync("intake load", options.IntakeRate);
        LoadLab.PrintIntake(results.IntakeLoad);
        if (options.IntakePacedRate > 0)
        {
            results.LoadAverage["intake load, a person's pace"] = LoadAverage.Now();
            results.IntakeLoadPaced = await lab.IntakeLoadAsync("intake load, a person's pace", options.IntakePacedRate);
            LoadLab.PrintIntake(results.IntakeLoadPaced);
        }
    }
    results.LoadAverage["reconnect"] = LoadAverage.Now();
    if (options.Reconnect)
    {
        // Accounts of their own (the last two load users): a wizard's draft is per user.
        results.Reconnect = await ReconnectTest.RunAsync(lab, TimeSpan.FromSeconds(10), ReconnectAccount(1));
        if (options.LongOffline) results.LongOffline = await ReconnectTest.RunAsync(lab, TimeSpan.FromMinutes(4), ReconnectAccount(2));
    }
    if (options.WrkSeconds > 0)
    {
        Console.WriteLine($"\n== wrk: prerendered public pages, {options.WrkConnections} connections, {options.WrkSeconds} s each (no browser pages open)");
        foreach (var path in new[] { "/", "/webshops" })
        {
            if (await Wrk.RunAsync(app.BaseUrl, path, options.WrkConnections, options.WrkSeconds) is { } wrk) results.Wrk.Add(wrk);
        }
    }
}
finally
{
    results.LoadAverage["end"] = LoadAverage.Now();
    Directory.CreateDirectory(Path.GetDirectoryName(options.Out)!);
    await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"\nResults: {options.Out}");
}
return 0;

public static partial class Program
{
    private static string ReconnectAccount(int n) =>
        AdrDesk.LoadRunner.Scripts.ScriptCatalog.LoadUsers is { Count: > 2 } users ? users[^n] : AdrDesk.LoadRunner.Scripts.ScriptCatalog.Consumer;
}

/// <summary>/proc/loadavg's first three fields.</summary>
internal static class LoadAverage
{
    public static string Now() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
}

/// <summary>A wrapper that starts the load's Chromium (and so all its child processes) at --chromium-nice.</summary>
internal static class NicedChromium
{
    public static string Path(Options options)
    {
        if (options.ChromiumNice <= 0 || OperatingSystem.IsWindows()) return options.Chromium;
        var wrapper = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"adrdesk-load-chromium-{Environment.ProcessId}.sh");
        // Playwright starts the browser in a session of its own (setsid), and with the kernel's autogroup scheduling a
        // session shares the CPU as one group whatever its processes' niceness: so the group's own niceness is set too
        // (/proc/self/autogroup; raising it needs no privilege). exec keeps the pipes Playwright talks to Chromium over
        // (file descriptors 3 and 4).
        File.WriteAllText(wrapper, $"#!/bin/sh\necho {options.ChromiumNice} > /proc/self/autogroup 2>/dev/null\nexec nice -n {options.ChromiumNice} '{options.Chromium}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Console.WriteLine($"The load's Chromium runs at niceness {options.ChromiumNice} ({wrapper})");
        return wrapper;
    }
}
