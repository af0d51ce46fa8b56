// Issue 8 item 8: the mediator's calendar month view with 2,000 sessions, to interactive, in headless Chromium
// against the published AdrDesk (Release, its own process, real SQLite file). Prints median, p95, min and max of:
//   1. cold page load to interactive: GET /agenda?view=month on the 2,000-session month until the circuit is live
//      and the month shows its sessions (a new circuit each time);
//   2. the same page on an empty month (what any page load costs: prerender, blazor.web.js, the circuit);
//   3. month switch in the live circuit: click "previous" (July → June) until June's sessions are in the DOM,
//      timed in the page with performance.now() (one indexed query, the month grid rendered, the diff applied).
// Usage: bash .perf/agenda [--rounds 20] [--sessions 2000]   (publishes the app first; see docs/performance-mediation.md)
using System.Diagnostics;
using AdrDesk.AppSetup;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

var rounds = Arg("--rounds", 20);
var sessions = Arg("--sessions", 2000);
var appDir = ArgText("--app", Path.Combine(Directory.GetCurrentDirectory(), ".perf", "out", "agenda-app"));
var port = Arg("--port", 5397);
const string Email = "perf.mediator@test.adrdesk.nl";
const string Password = "Perf-2026-agenda";

var folder = Path.Combine(Path.GetTempPath(), "adrdesk-agenda-load", Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
Console.WriteLine($"AdrDesk agenda load run: {sessions} sessions in June 2027, {rounds} measured rounds (+1 warm-up), "
    + $"{Environment.ProcessorCount} cores, {DateTime.UtcNow:u}, load average at start {LoadAverage()}");

await SeedAsync();
using var app = StartApp();
var baseUrl = $"http://127.0.0.1:{port}";
try
{
    await WaitForAppAsync();
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium", Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    Console.WriteLine($"chromium {browser.Version}; app {appDir}");
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl + "/", Locale = "nl-NL" });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(60_000);
    await page.GotoAsync("account/login");
    await page.GetByLabel("E-mailadres").FillAsync(Email);
    await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
    await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    await page.Locator("#two-factor-code").FillAsync(AdrDesk.Tests.Support.Totp.Code(AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey));
    await page.Locator("form:has(#two-factor-code) button[type=submit]").ClickAsync();
    await page.GetByTestId("signed-in-user").WaitForAsync();

    var cold = new List<double>();
    var empty = new List<double>();
    var warm = new List<double>();
    for (var run = 0; run <= rounds; run++)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("agenda?view=month&date=2027-06-15");
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("agenda-event").First.WaitForAsync();
        await Assertions.Expect(page.GetByTestId("agenda-count")).ToContainTextAsync($"{sessions} afspraken");
        watch.Stop();
        if (run > 0) cold.Add(watch.Elapsed.TotalMilliseconds);

        watch.Restart();
        await page.GotoAsync("agenda?view=month&date=2027-01-15");
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.GetByTestId("agenda-count")).ToContainTextAsync("0 afspraken");
        watch.Stop();
        if (run > 0) empty.Add(watch.Elapsed.TotalMilliseconds);

        await page.GotoAsync("agenda?view=month&date=2027-06-15");
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("agenda-event").First.WaitForAsync();
        var ms = await page.EvaluateAsync<double>("""
            async () => {
              const title = () => document.querySelector('[data-testid=agenda-title]')?.textContent;
              const wait = async (pred) => { while (!pred()) await new Promise(r => requestAnimationFrame(r)); };
              const buttons = [document.querySelector('[data-testid=agenda-prev]'), document.querySelector('[data-testid=agenda-next]')];
              buttons[1].click();
              await wait(() => title()?.includes('juli'));
              await new Promise(r => setTimeout(r, 200));
              const t0 = performance.now();
              buttons[0].click();
              await wait(() => title()?.includes('juni') && document.querySelectorAll('[data-testid=agenda-event]').length > 0);
              return performance.now() - t0;
            }
            """);
        if (run > 0) warm.Add(ms);
        Console.WriteLine($"  round {run}{(run == 0 ? " (warm-up, not counted)" : "")}: load {cold.LastOrDefault():0} ms, empty {empty.LastOrDefault():0} ms, switch {ms:0} ms, load average {LoadAverage()}");
    }
    Console.WriteLine();
    Console.WriteLine($"| measure ({sessions} sessions, n={rounds}) | median | p95 | min | max |");
    Console.WriteLine("|---|---|---|---|---|");
    Row("month switch to the 2,000-session month, live circuit", warm);
    Row("page load to interactive, 2,000-session month", cold);
    Row("same page load, empty month (baseline)", empty);
    Console.WriteLine();
    Console.WriteLine($"load average at the end: {LoadAverage()} ({Environment.ProcessorCount} cores)");
}
finally
{
    if (!app.HasExited) app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    try { Directory.Delete(folder, true); } catch (IOException) { }
}
return;

// The mediator's account and 2,000 sessions in June 2027 (about 67 a day, 20 % proposals), with AdrDesk's own services.
async Task SeedAsync()
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "AdrDesk" });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Path"] = Path.Combine(folder, "adrdesk.db"),
        ["Mail:OutboxFolder"] = Path.Combine(folder, "outbox"),
        ["Logging:LogLevel:Default"] = "Warning",
    });
    builder.AddAdrDesk();
    await using var host = builder.Build();
    await host.Services.InitializeDatabaseAsync(seedDemo: false);
    await using var scope = host.Services.CreateAsyncScope();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    var user = new AppUser { UserName = Email, Email = Email, DisplayName = "Perf Mediator", EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
    Check(await users.CreateAsync(user, Password));
    Check(await users.AddToRoleAsync(user, AdrDesk.Security.Roles.Mediator));
    // Staff sign in with a second step (issue 19): the mediator gets the demo staff's authenticator key, so the run can
    // answer the code page as an authenticator app would (AdrDesk.Tests/Support/Totp.cs).
    await AdrDesk.Infrastructure.Identity.DemoAccounts.GiveAuthenticatorKeyAsync(users, user, AdrDesk.Infrastructure.Identity.DemoAccounts.AuthenticatorKey);
    await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
    var rooms = Enumerable.Range(0, 70).Select(_ => Guid.NewGuid()).ToArray();
    for (var i = 0; i < sessions; i++)
    {
        var day = new DateTime(2027, 6, 1).AddDays(i % 30);
        var start = AmsterdamTime.Instant(day.AddHours(8 + (i / 30 % 10)));
        db.Add(new SessionAppointment
        {
            Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), CaseNumber = $"MB-2027-{i + 1:000000}", ProposalId = Guid.NewGuid(),
            MediatorId = user.Id, OfficeId = Guid.NewGuid(), RoomId = rooms[i % rooms.Length], Location = "Kantoor Perf, Utrecht",
            RoomName = $"Ruimte {i % rooms.Length + 1}", StartsAt = start, EndsAt = start.AddHours(1),
            Status = i % 5 == 0 ? AppointmentStatus.Proposed : AppointmentStatus.Confirmed, CreatedAt = start.AddDays(-30),
        });
    }
    await db.SaveChangesAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }
}

Process StartApp()
{
    var start = new ProcessStartInfo(Path.Combine(appDir, "AdrDesk")) { WorkingDirectory = appDir, RedirectStandardOutput = true, RedirectStandardError = true };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Hosting__HttpsOnly"] = "false"; // plain HTTP on a loopback port: no TLS proxy in the lab
    start.Environment["urls"] = $"http://127.0.0.1:{port}";
    start.Environment["Database__Path"] = Path.Combine(folder, "adrdesk.db");
    start.Environment["Mail__OutboxFolder"] = Path.Combine(folder, "outbox");
    start.Environment["Documents__StorePath"] = Path.Combine(folder, "documents");
    start.Environment["Mediation__RemindersEnabled"] = "false";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    var process = Process.Start(start) ?? throw new InvalidOperationException("AdrDesk did not start");
    process.OutputDataReceived += (_, e) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

async Task WaitForAppAsync()
{
    using var http = new HttpClient();
    for (var i = 0; i < 120; i++)
    {
        try
        {
            if ((await http.GetAsync($"{baseUrl}/account/login")).IsSuccessStatusCode) return;
        }
        catch (HttpRequestException) { }
        await Task.Delay(500);
    }
    throw new TimeoutException("AdrDesk did not answer within 60 s");
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

static void Row(string what, List<double> values)
{
    var sorted = values.Order().ToList();
    var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    var p95 = sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Count) - 1, 0, sorted.Count - 1)]; // nearest rank
    Console.WriteLine($"| {what} | {median:0} ms | {p95:0} ms | {sorted[0]:0} ms | {sorted[^1]:0} ms |");
}

int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;

string ArgText(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
