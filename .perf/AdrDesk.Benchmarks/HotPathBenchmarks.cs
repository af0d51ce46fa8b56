using System.Security.Claims;
using AdrDesk.Domain.Register;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Components;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 21, stop 6: the server work behind one user action on the paths the CPU profiles and the cuts named
/// (docs/performance-cost.md), over the demo data in a fresh SQLite file, so that a later change shows up:
/// a keystroke in the case page's message box, the message thread on a case event, the case view read (shared and
/// fresh), the workbench's page of rows, the intake wizard's check after a field change, and the outbox's wake query.
/// The components render in <see cref="BenchRenderer"/> (a renderer without a browser: the render batches are built and
/// dropped), with MudBlazor's services and JS interop that answers nothing.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private string _folder = "";
    private LabHost _host = null!;
    private ServiceProvider _ui = null!;
    private BenchRenderer _renderer = null!;
    private MessageThread _thread = null!;
    private string _number = "";
    private IReadOnlyList<MessageView> _messages = [], _sameAgain = [], _oneMore = [];
    private ClaimsPrincipal _desk = null!;
    private CaseFileService _caseFile = null!;
    private ObjectFactory _newCaseFileService = null!;
    private IWorkbenchRows _grid = null!;
    private IntakeService _intake = null!;
    private IntakeForm _form = null!;
    private Organisation? _respondent;
    private OutboxDispatcher _outbox = null!;
    private int _n;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = LabHost.TempFolder("hotpaths");
        _host = await LabHost.OpenAsync(Path.Combine(_folder, "adrdesk.db"));
        var services = _host.Services;
        _desk = new ClaimsPrincipal(new ClaimsIdentity([
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, AdrDesk.Security.Roles.CaseManager),
            new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, "Balie Bench"), new Claim(AppClaimsPrincipalFactory.ConfirmedClaim, "true")], "bench"));
        _caseFile = services.GetRequiredService<CaseFileService>();
        _newCaseFileService = ActivatorUtilities.CreateFactory(typeof(CaseFileService), []);
        _grid = services.GetRequiredService<IWorkbenchRows>();
        _intake = services.GetRequiredService<IntakeService>();
        _outbox = services.GetRequiredService<OutboxDispatcher>();

        await using (var db = await services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync())
        {
            _number = await db.Set<CaseSummary>().AsNoTracking()
                .Where(s => s.Scheme == Domain.Schemes.Scheme.BindingRuling && s.State != "DataErased" && s.State != "Draft")
                .OrderBy(s => s.Number).Select(s => s.Number).FirstAsync();
            var webshop = await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Active).OrderBy(o => o.LegalName).FirstAsync();
            _form = new IntakeForm
            {
                Scheme = Domain.Schemes.Scheme.BindingRuling, ClaimantIsConsumer = true, Name = "Sanne de Vries", Email = "sanne@bench.example",
                Street = "Kerkstraat 1", PostalCode = "1234 AB", City = "Utrecht", Country = "NL", WebshopId = webshop.Id, WebshopName = webshop.LegalName,
                PurchasedOnline = true, OrderDate = _intake.Today.AddDays(-40), Product = "Racefiets", ProductValue = 899m, ComplainedToWebshop = true,
                FirstReported = _intake.Today.AddDays(-30), ReplyReceived = false, Complaint = "Het frame is gescheurd.", Remedy = "Geld terug",
                ClaimTotal = 899m, AcceptsBindingRuling = true, AcceptsDataSharing = true,
            };
        }
        _respondent = await _intake.RespondentAsync(_form);

        // A thread of 20 messages, as a case page shows it.
        for (var i = 0; i < 20; i++)
        {
            var posted = await _caseFile.PostMessageAsync(_desk, _number, $"Bericht {i}: " + new string('x', 200));
            if (posted.IsFailure) throw new InvalidOperationException($"post: {posted.Error!.Code}");
        }
        _messages = (await FreshViewAsync()).Messages;
        _sameAgain = (await FreshViewAsync()).Messages;
        _oneMore = [.. _messages, _messages[0] with { Id = Guid.NewGuid(), Body = "Nog een bericht." }];

        var ui = new ServiceCollection();
        ui.AddLogging();
        ui.AddMudServices();
        ui.AddLocalization();
        ui.AddSingleton<IJSRuntime, SilentJs>();
        ui.AddSingleton<NavigationManager, BenchNavigation>(); // MudBlazor's snackbar service asks for one
        ui.AddSingleton(_caseFile);
        ui.AddSingleton(services.GetRequiredService<TimeProvider>());
        _ui = ui.BuildServiceProvider();
        _renderer = new BenchRenderer(_ui);
        _thread = await _renderer.RenderAsync<MessageThread>(new Dictionary<string, object?>
        {
            [nameof(MessageThread.Number)] = _number, [nameof(MessageThread.Messages)] = _messages, [nameof(MessageThread.CanPost)] = true,
        });
        if (_renderer.Handler("textarea", "cf-message", "onchange") is null) throw new InvalidOperationException("no message box rendered");
    }

    private async Task<CaseFileView> FreshViewAsync()
    {
        // A service of its own has no shared read yet: the case is read from the database, as after a case event.
        var service = (CaseFileService)_newCaseFileService(_host.Services, []);
        var view = await service.OpenAsync(_desk, _number);
        return view.IsSuccess ? view.Value : throw new InvalidOperationException($"open: {view.Error!.Code}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
#pragma warning disable BL0006 // the bench's own renderer (BenchRenderer)
        _renderer.Dispose();
#pragma warning restore BL0006
        _ui.DisposeAsync().AsTask().GetAwaiter().GetResult(); // SilentJs is only IAsyncDisposable
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        LabHost.DeleteFolder(_folder);
    }

    /// <summary>
    /// The message box of a thread of 20 messages changed (its one message to the server; since stop 10 a keystroke sends
    /// none, the browser keeps the counter): what the server renders for it (the form, not the thread).
    /// </summary>
    [Benchmark]
    public Task CasePage_MessageChanged() =>
        _renderer.DispatchAsync("textarea", "cf-message", "onchange", new ChangeEventArgs { Value = (_n++ % 2 == 0) ? "Wanneer?" : "Wanneer" });

    /// <summary>A case event that left the messages as they were: the thread gets an equal list read again.</summary>
    [Benchmark]
    public Task CasePage_ThreadOnEventElsewhere() => _renderer.SetParametersAsync(_thread, new Dictionary<string, object?>
    {
        [nameof(MessageThread.Number)] = _number, [nameof(MessageThread.Messages)] = (_n++ % 2 == 0) ? _sameAgain : _messages, [nameof(MessageThread.CanPost)] = true,
    });

    /// <summary>A case event with a new message: the thread renders (about what every keystroke cost before the cut).</summary>
    [Benchmark]
    public Task CasePage_ThreadWithNewMessage() => _renderer.SetParametersAsync(_thread, new Dictionary<string, object?>
    {
        [nameof(MessageThread.Number)] = _number, [nameof(MessageThread.Messages)] = (_n++ % 2 == 0) ? _oneMore : _messages, [nameof(MessageThread.CanPost)] = true,
    });

    /// <summary>The case page's read for one more viewer of the same revision (the shared read, projected for this viewer).</summary>
    [Benchmark]
    public async Task<int> CaseView_SharedRead() => (await _caseFile.OpenAsync(_desk, _number)).Value.Timeline.Count;

    /// <summary>The case page's read after a case event (nothing shared yet: the case, audit, messages, files, documents).</summary>
    [Benchmark]
    public async Task<int> CaseView_FreshRead() => (await FreshViewAsync()).Timeline.Count;

    /// <summary>The workbench's page of 25 rows (the per-page and per-sort query).</summary>
    [Benchmark]
    public async Task<int> Workbench_RowsPage() =>
        (await _grid.RowsAsync(_desk, new WorkbenchQuery { Sort = (_n++ % 2 == 0) ? WorkbenchSort.Deadline : WorkbenchSort.Amount }, 0, 25)).Value.Count;

    /// <summary>The intake wizard after a field change: the grounds re-checked against the webshop already read.</summary>
    [Benchmark]
    public int Intake_FieldCheck()
    {
        _form.ProductValue = (_n++ % 2 == 0) ? 899m : 900m;
        return _intake.Check(_form, _respondent).Count;
    }

    /// <summary>What the outbox asks each time it wakes: when the next mail is due.</summary>
    [Benchmark]
    public Task<TimeSpan> Outbox_NextDue() => _outbox.NextWaitAsync(CancellationToken.None);

    /// <summary>A page address without a browser: nothing navigates in these benchmarks.</summary>
    private sealed class BenchNavigation : NavigationManager
    {
        public BenchNavigation() => Initialize("http://bench.local/", "http://bench.local/cases");

        protected override void NavigateToCore(string uri, NavigationOptions options) { }
    }

    /// <summary>JS interop without a browser: MudBlazor's calls get nothing back (a module import gets an object that answers nothing).</summary>
    private sealed class SilentJs : IJSRuntime, IJSObjectReference
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => Nothing<TValue>();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => Nothing<TValue>();

        private ValueTask<TValue> Nothing<TValue>() =>
            ValueTask.FromResult(typeof(TValue) == typeof(IJSObjectReference) ? (TValue)(object)this : default(TValue)!);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
