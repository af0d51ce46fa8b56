// Issue 6 item 11: 200 open case views on one case and 200 on different cases; the time from a commit
// to the last open view re-read (median, p95) and the managed memory each open view holds.
//
// Each "viewer" does what an open case page does on a case event (subscribed through the CaseFileHub):
// marshal onto its own serial context
// (a circuit's dispatcher), re-read the case file from a fresh DbContext through CaseFileService.OpenAsync,
// and keep the view. Rendering and the SignalR diff are not included (no browsers: 200 Chromium pages do
// not fit on the 2-core machine); see docs/casefile.md for what that leaves out.
using System.Diagnostics;
using System.Security.Claims;
using AdrDesk.AppSetup;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Identity;

// --browser: the same two scenarios with real circuits (Chromium pages), see BrowserRun.cs.
var browserMode = args.Contains("--browser");
args = args.Where(a => a != "--browser").ToArray();
var viewers = args.Length > 0 ? int.Parse(args[0]) : 200;
var commits = args.Length > 1 ? int.Parse(args[1]) : 20;
if (browserMode)
{
    await BrowserRun.RunAsync(viewers, commits, Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium");
    return;
}
var folder = Path.Combine(Path.GetTempPath(), "adrdesk-casefile-load", Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "AdrDesk" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Path"] = Path.Combine(folder, "adrdesk.db"),
    ["Mail:OutboxFolder"] = Path.Combine(folder, "outbox"),
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.AddAdrDesk();
await using var app = builder.Build();
await app.Services.InitializeDatabaseAsync(seedDemo: false);
var store = app.Services.GetRequiredService<CaseStore>();
var caseFile = app.Services.GetRequiredService<CaseFileService>();
var bus = app.Services.GetRequiredService<CaseFileHub>();
var clock = TimeProvider.System;
var desk = Principal(Guid.NewGuid(), "Balie", AdrDesk.Security.Roles.CaseManager);

Console.WriteLine($"AdrDesk case-file load run: {viewers} viewers, {commits} commits, {Environment.ProcessorCount} cores, {DateTime.UtcNow:u}");

// 1. 200 viewers of one case.
var (one, oneConsumer) = await NewCaseAsync();
var sameCase = Enumerable.Range(0, viewers).Select(_ => new Viewer(caseFile, oneConsumer, one)).ToList();
var memory = await OpenAllAsync(sameCase);
Console.WriteLine($"open views: {viewers}; managed memory per open view (its CaseFileView and subscription): {memory / viewers / 1024.0:0.0} KiB");
var latencies = new List<double>();
for (var i = 0; i < commits; i++)
{
    var last = await CommitAndWaitAsync(one, sameCase);
    latencies.Add(last);
}
Report("200 viewers, one case: commit → last view re-read", latencies);
foreach (var v in sameCase) v.Dispose();

// 2. 200 viewers, each on a different case; every case gets a commit, one after the other.
var different = new List<Viewer>();
for (var i = 0; i < viewers; i++)
{
    var (number, consumer) = await NewCaseAsync();
    different.Add(new Viewer(caseFile, consumer, number));
}
await OpenAllAsync(different);
var each = new List<double>();
var started = Stopwatch.StartNew();
foreach (var v in different) each.Add(await CommitAndWaitAsync(v.Number, [v]));
Report($"200 viewers, 200 cases: commit → that case's view re-read ({viewers} commits in {started.Elapsed.TotalSeconds:0.0} s)", each);
foreach (var v in different) v.Dispose();
try { Directory.Delete(folder, true); } catch (IOException) { }
return;

async Task<double> CommitAndWaitAsync(string number, IReadOnlyList<Viewer> watching)
{
    var version = watching.Select(v => v.Version).Max();
    foreach (var v in watching) v.Reset();
    var result = await caseFile.AddStaffNoteAsync(desk, number, "Belasting");
    if (result.IsFailure) throw new InvalidOperationException(result.Error!.Code);
    var committedAt = Stopwatch.GetTimestamp(); // the store publishes right after its commit
    await Task.WhenAll(watching.Select(v => v.Updated));
    return watching.Max(v => Stopwatch.GetElapsedTime(committedAt, v.UpdatedAt).TotalMilliseconds);
}

async Task<long> OpenAllAsync(List<Viewer> list)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var before = GC.GetTotalMemory(true);
    foreach (var v in list) await v.OpenAsync(bus);
    GC.Collect();
    return GC.GetTotalMemory(true) - before;
}

async Task<(string Number, ClaimsPrincipal Consumer)> NewCaseAsync()
{
    var consumerId = Guid.NewGuid();
    var shopId = Guid.NewGuid();
    var consumer = new Actor(consumerId, "Consument", Role.Consumer);
    var shop = new Actor(shopId, "Webwinkel", Role.Business);
    var cm = new Actor(Guid.NewGuid(), "Balie", Role.CaseManager);
    var assessor = new Actor(Guid.NewGuid(), "Beoordelaar", Role.Assessor);
    var created = await store.CreateAsync(Scheme.BindingRuling, n => BindingRulingCase.Draft(n, Party.Consumer("Consument", consumerId).Value,
        Party.Business("Webwinkel BV", shopId, Guid.NewGuid()).Value, PartyRole.Consumer, Language.Nl, Language.Nl, FilingChannel.Online, consumer, clock));
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
    return (number.ToString(), Principal(consumerId, "Consument", AdrDesk.Security.Roles.Consumer));
}

static ClaimsPrincipal Principal(Guid id, string name, string role) => new(new ClaimsIdentity(
    [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name), new Claim(ClaimTypes.Role, role)], "Load"));

static void Report(string what, List<double> ms)
{
    var sorted = ms.Order().ToList();
    double P(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    Console.WriteLine($"{what}: n={sorted.Count}, median {P(0.5):0} ms, p95 {P(0.95):0} ms, max {sorted[^1]:0} ms");
}

/// <summary>An open case page: subscribed to its case, re-reading on each event on its own serial context.</summary>
sealed class Viewer(CaseFileService service, ClaimsPrincipal user, string number) : IDisposable
{
    private readonly SemaphoreSlim _dispatcher = new(1, 1);
    private IDisposable? _subscription;
    private TaskCompletionSource _updated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CaseFileView? _view;

    public string Number => number;
    public int Version => _view?.Version ?? 0;
    public long UpdatedAt { get; private set; }
    public Task Updated => _updated.Task;

    public void Reset() => _updated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task OpenAsync(CaseFileHub bus)
    {
        _view = (await service.OpenAsync(user, number)).Value;
        _subscription = bus.Subscribe(number, e =>
        {
            _ = Task.Run(ReloadAsync); // like InvokeAsync: the publisher does not wait
            return Task.CompletedTask;
        });
    }

    private async Task ReloadAsync()
    {
        await _dispatcher.WaitAsync();
        try
        {
            _view = (await service.OpenAsync(user, number)).Value;
            UpdatedAt = Stopwatch.GetTimestamp();
            _updated.TrySetResult();
        }
        catch (Exception e)
        {
            _updated.TrySetException(e);
        }
        finally
        {
            _dispatcher.Release();
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
