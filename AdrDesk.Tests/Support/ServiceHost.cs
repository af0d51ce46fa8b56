using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Support;

/// <summary>
/// AdrDesk's services over a fresh SQLite file, migrated, without demo data and without starting
/// the host (no Kestrel, no background dispatcher): for tests of services over the real database.
/// <paramref name="configure"/> runs after AddAdrDesk, so a registration there replaces the app's.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(string folder, WebApplication app)
    {
        Folder = folder;
        _app = app;
    }

    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "adrdesk.db");
    public string OutboxFolder => Path.Combine(Folder, "outbox");
    public IServiceProvider Services => _app.Services;

    /// <param name="existingDatabase">A database file to start from (copied) instead of a new one.</param>
    public static async Task<ServiceHost> StartAsync(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null,
        string? existingDatabase = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        var builder = AppHost.CreateBuilder(folder, settings);
        if (existingDatabase is not null)
        {
            File.Copy(existingDatabase, Path.Combine(folder, "adrdesk.db"));
        }
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(seedDemo: false);
        return new ServiceHost(folder, app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppHost.TryDelete(Folder);
    }
}
