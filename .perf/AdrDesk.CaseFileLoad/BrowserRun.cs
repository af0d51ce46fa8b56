// Issue 6 item 11 with real circuits: the real AdrDesk on Kestrel (loopback, in this process, so the server's
// managed memory and the exact commit instant can be read) and N Chromium pages on the case page, each its own
// Blazor circuit over its own WebSocket. A commit (a message posted through CaseFileService, as the message form
// does) must appear in every open page: each page's MutationObserver stamps Date.now() when the message's text is
// in its DOM; the latency of a commit is the latest stamp minus the instant before the call (same machine clock).
// That covers the commit, the bus and hub, the shared read, every circuit's re-read and render, the SignalR send
// and the browser's DOM update.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Claims;
using AdrDesk.AppSetup;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;

internal static class BrowserRun
{
    private const string Password = "Load-2026-pass";

    /// <summary>Stamps window.__seen when window.__marker's text is on the page (the probe every page gets).</summary>
    private const string Probe = """
        window.__seen = 0; window.__marker = null;
        new MutationObserver(() => {
            const where = document.querySelector('[data-testid="timeline"]') || document.body; // the message lands in the timeline
            if (window.__marker && !window.__seen && where && where.textContent.includes(window.__marker)) {
                window.__seen = Date.now();
                window.__adrSeen(window.__seen); // one call back to the runner: no polling of 200 pages
            }
        }).observe(document, { subtree: true, childList: true, characterData: true });
        """;

    public static async Task RunAsync(int viewers, int commits, string chromium)
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-casefile-load", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production", ApplicationName = "AdrDesk", ContentRootPath = AppProjectFolder(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(folder, "adrdesk.db"),
            ["Mail:OutboxFolder"] = Path.Combine(folder, "outbox"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        });
        builder.AddAdrDesk();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.UseStaticWebAssets();
        await using var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo: false);
        app.UseAdrDesk();
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        var store = app.Services.GetRequiredService<CaseStore>();
        var caseFile = app.Services.GetRequiredService<CaseFileService>();
        var hub = app.Services.GetRequiredService<CaseFileHub>();

        var consumer = await UserAsync(app.Services, "Consument Last", AdrDesk.Security.Roles.Consumer);
        var desk = await UserAsync(app.Services, "Balie Last", AdrDesk.Security.Roles.CaseManager);
        var poster = Principal(desk.Id, "Balie Last", AdrDesk.Security.Roles.CaseManager); // posts the messages, as the desk's message form does

        Console.WriteLine($"AdrDesk case-file load run with real circuits: {viewers} Chromium pages, {commits} commits, {Environment.ProcessorCount} cores, {DateTime.UtcNow:u}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows"],
        });

        // 1. N pages of one case, open as its consumer.
        var one = await NewCaseAsync(store, consumer.Id);
        var consumerContext = await SignedInAsync(browser, baseUrl, consumer.Email);
        var memoryBefore = ServerMemory();
        var pages = await OpenAsync(consumerContext, Enumerable.Repeat(one, viewers).ToList(), hub);
        var perCircuit = (ServerMemory() - memoryBefore) / (double)viewers;
        Console.WriteLine($"open case pages: {viewers} (hub: {hub.OpenViews} open views); server managed memory per open case-page circuit: {perCircuit / 1024:0} KiB (after a forced collection)");
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "AdrDesk.CaseFile") l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "adrdesk.casefile.live_render") Sent.Add(value);
            else Rendered.Add(value);
        });
        listener.Start();
        var latencies = new List<double>();
        var server = new List<double>();
        var sent = new List<double>();
        for (var i = 0; i < commits; i++)
            latencies.Add(await CommitAndWaitAsync(caseFile, poster, one, pages, $"Bericht {i} {Guid.NewGuid():N}", server, sent));
        Report($"{viewers} pages, one case: commit → last page showing it (in the browser's DOM)", latencies);
        Report($"{viewers} pages, one case: event → last circuit's re-render applied by its browser (server's adrdesk.casefile.live_refresh)", server);
        Report($"{viewers} pages, one case: event → last circuit's re-render sent, server work only (adrdesk.casefile.live_render)", sent);
        await CloseAsync(pages);

        // 2. N pages, each on a different case, open by the desk; every case gets a commit, one after the other.
        var numbers = new List<string>();
        for (var i = 0; i < viewers; i++) numbers.Add(await NewCaseAsync(store, consumer.Id));
        var deskContext = await SignedInAsync(browser, baseUrl, desk.Email);
        var different = await OpenAsync(deskContext, numbers, hub);
        var each = new List<double>();
        var started = Stopwatch.StartNew();
        for (var i = 0; i < viewers; i++)
            each.Add(await CommitAndWaitAsync(caseFile, poster, numbers[i], [different[i]], $"Bericht {i} {Guid.NewGuid():N}"));
        Report($"{viewers} pages on {viewers} cases: commit → that case's page showing it ({viewers} commits in {started.Elapsed.TotalSeconds:0.0} s)", each);
        await CloseAsync(different);
        await app.StopAsync();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    private static readonly ConcurrentDictionary<IPage, TaskCompletionSource<double>> Waiting = new();
    private static readonly ConcurrentBag<double> Rendered = [];
    private static readonly ConcurrentBag<double> Sent = [];

    /// <summary>Browser-observed latency of one commit; the server's own figure (event → batch applied) goes to <paramref name="server"/>.</summary>
    private static async Task<double> CommitAndWaitAsync(CaseFileService caseFile, ClaimsPrincipal by, string number, IReadOnlyList<IPage> watching, string text,
        List<double>? server = null, List<double>? sent = null)
    {
        foreach (var p in watching) Waiting[p] = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Task.WhenAll(watching.Select(p => p.EvaluateAsync("m => { window.__seen = 0; window.__marker = m; }", text)));
        Rendered.Clear();
        Sent.Clear();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var posted = await caseFile.PostMessageAsync(by, number, text, []);
        if (posted.IsFailure) throw new InvalidOperationException(posted.Error!.Code);
        var seen = await Task.WhenAll(watching.Select(p => Waiting[p].Task.WaitAsync(TimeSpan.FromSeconds(60))));
        if (server is not null)
        {
            var deadline = Stopwatch.StartNew();
            while (Rendered.Count < watching.Count && deadline.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
            if (!Rendered.IsEmpty) server.Add(Rendered.Max());
            if (!Sent.IsEmpty) sent?.Add(Sent.Max());
        }
        return seen.Max() - before;
    }

    private static async Task<List<IPage>> OpenAsync(IBrowserContext context, IReadOnlyList<string> numbers, CaseFileHub hub)
    {
        var views = hub.OpenViews;
        var pages = new IPage[numbers.Count];
        using var gate = new SemaphoreSlim(8); // opening is not measured; do not let 200 first renders queue for minutes
        await Task.WhenAll(numbers.Select(async (number, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync($"cases/{number}");
                await page.GetByTestId("status-words").WaitForAsync(new() { Timeout = 120_000 });
                pages[i] = page;
            }
            finally
            {
                gate.Release();
            }
        }));
        // Every page's circuit has subscribed (interactive render done) before anything is measured.
        var deadline = Stopwatch.StartNew();
        while (hub.OpenViews < views + numbers.Count && deadline.Elapsed < TimeSpan.FromMinutes(3)) await Task.Delay(200);
        if (hub.OpenViews < views + numbers.Count) throw new TimeoutException($"only {hub.OpenViews - views} of {numbers.Count} pages subscribed");
        await Task.Delay(2000);
        return pages.ToList();
    }

    private static async Task CloseAsync(IReadOnlyList<IPage> pages)
    {
        foreach (var p in pages) await p.CloseAsync();
        await pages[0].Context.CloseAsync();
    }

    private static async Task<IBrowserContext> SignedInAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl + "/", Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.ExposeBindingAsync("__adrSeen", (BindingSource source, double at) =>
        {
            if (Waiting.TryGetValue(source.Page!, out var seen)) seen.TrySetResult(at);
        });
        await context.AddInitScriptAsync(Probe);
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.Locator("[data-testid='signed-in-user'], #two-factor-code").First.WaitForAsync(new() { Timeout = 60_000 });
        if (await page.Locator("#two-factor-code").CountAsync() > 0)
        {
            await page.Locator("#two-factor-code").FillAsync(AdrDesk.Tests.Support.Totp.Code(AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey));
            await page.Locator("form:has(#two-factor-code) button[type=submit]").ClickAsync();
        }
        await page.GetByTestId("signed-in-user").WaitForAsync(new() { Timeout = 60_000 });
        await page.CloseAsync();
        return context;
    }

    private static long ServerMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }

    private static async Task<(Guid Id, string Email)> UserAsync(IServiceProvider services, string name, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@load.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        if (!(await users.CreateAsync(user, Password)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            throw new InvalidOperationException("could not create the load account");
        // Staff sign in with a second step (issue 19): the demo staff's authenticator key, answered by Totp at sign-in.
        if (AdrDesk.Security.SecondFactor.IsStaffRole(role))
            await AdrDesk.Infrastructure.Identity.DemoAccounts.GiveAuthenticatorKeyAsync(users, user, AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey);
        return (user.Id, email);
    }

    private static async Task<string> NewCaseAsync(CaseStore store, Guid consumerId)
    {
        var clock = TimeProvider.System;
        var consumer = new Actor(consumerId, "Consument Last", Role.Consumer);
        var shop = new Actor(Guid.NewGuid(), "Webwinkel", Role.Business);
        var cm = new Actor(Guid.NewGuid(), "Balie", Role.CaseManager);
        var assessor = new Actor(Guid.NewGuid(), "Beoordelaar", Role.Assessor);
        var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n, Party.Consumer("Consument Last", consumerId).Value,
            Party.Business("Webwinkel BV", shop.UserId, Guid.NewGuid()).Value, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
        var number = created.Value.Number;
        foreach (var step in new Func<BindingRulingCase, Result>[]
        {
            c => c.Submit(consumer, clock, true), c => c.StartScreening(cm, clock),
            c => c.AssignPanel(cm, clock, [new PanelMember(assessor.UserId, assessor.DisplayName, true)]), c => c.Forward(assessor, clock),
            c => c.RecordResponse(shop, clock, "Wij betwisten de klacht."),
        })
        {
            var r = await store.UpdateAsync(number, step);
            if (r.IsFailure) throw new InvalidOperationException(r.Error!.Code);
        }
        return number.ToString();
    }

    private static ClaimsPrincipal Principal(Guid id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name), new Claim(ClaimTypes.Role, role)], "Load"));

    private static void Report(string what, List<double> ms)
    {
        var sorted = ms.Order().ToList();
        double P(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine($"{what}: n={sorted.Count}, median {P(0.5):0} ms, p95 {P(0.95):0} ms, max {sorted[^1]:0} ms");
    }

    private static string AppProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdrDesk.sln"))) return Path.Combine(dir.FullName, "AdrDesk");
        throw new InvalidOperationException($"AdrDesk.sln not found above {AppContext.BaseDirectory}");
    }
}
