using AdrDesk.AppSetup;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Benchmarks;

/// <summary>
/// AdrDesk's services wired as the app wires them (AddAdrDesk), over a SQLite file of the lab's choosing,
/// not started: the benchmarks call CaseStore and the DbContext factory directly. Files live under
/// .perf/out/ (one disk for the app-shaped and the raw SQLite loops).
/// </summary>
public sealed class LabHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LabHost(WebApplication app, string databasePath)
    {
        _app = app;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }
    public IServiceProvider Services => _app.Services;
    public CaseStore Store => Services.GetRequiredService<CaseStore>();

    public static string OutFolder { get; } = Directory.CreateDirectory(Path.Combine(RepoRoot(), ".perf", "out")).FullName;

    /// <summary>
    /// A migrated database with the demo data (accounts, register, demo cases) at <paramref name="databasePath"/>;
    /// <paramref name="settings"/> on top (issue 17: <c>Database:Provider</c> = Postgres and its connection string, the
    /// files still beside <paramref name="databasePath"/>).
    /// </summary>
    public static async Task<LabHost> OpenAsync(string databasePath, bool seedDemo = true, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "AdrDesk",
            EnvironmentName = "Benchmark",
            ContentRootPath = Path.Combine(RepoRoot(), "AdrDesk"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Database:Path"] = databasePath,
            ["Mail:OutboxFolder"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "outbox"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:AdrDesk.Features.Cases.CaseVolume"] = "Information",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAdrDesk();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo);
        return new LabHost(app, databasePath);
    }

    /// <summary>A new binding-ruling intake: the consumer's draft, filed (Submit), persisted with its audit, summary and participants.</summary>
    public async Task<CaseNumber> SubmitIntakeAsync(int i)
    {
        var clock = TimeProvider.System;
        var consumer = new Actor(Guid.NewGuid(), $"Consument {i}", Role.Consumer);
        var created = await Store.CreateAsync(Scheme.BindingRuling, n =>
        {
            var draft = BindingRulingCase.Draft(n, Party.Consumer(consumer.DisplayName, consumer.UserId).Value,
                Party.Business("Fietsonderdelen.nl B.V.", null, WebshopId).Value, PartyRole.Consumer, Language.Nl, Language.Nl,
                FilingChannel.Online, consumer, clock);
            if (draft.IsFailure) return draft;
            var filed = draft.Value.Submit(consumer, clock, acceptsBindingRuling: true);
            return filed.IsFailure ? filed.Error! : draft;
        }, amountClaimed: Money.Euros(149.95m));
        return created.IsSuccess ? created.Value.Number : throw new InvalidOperationException(created.Error!.Code);
    }

    private static readonly Guid WebshopId = Guid.Parse("3f1e6a0e-0000-4000-8000-000000000001");

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return _app.DisposeAsync();
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AdrDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("AdrDesk.sln not found above " + AppContext.BaseDirectory);
    }

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(OutFolder, "tmp", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
