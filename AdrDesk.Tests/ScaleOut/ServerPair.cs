using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>
/// Two real AdrDesk servers (issue 17) on one PostgreSQL database, each on its own loopback port with its own folder
/// (outbox, files): built as Program.cs builds them, so each runs every hosted service (outbox dispatcher, notices, the
/// case event bus's listener). Only on the PostgreSQL run (<c>[Trait("Provider", "Postgres")]</c>): SQLite is one server.
/// </summary>
public sealed class ServerPair : IAsyncDisposable
{
    private ServerPair(Server a, Server b)
    {
        A = a;
        B = b;
    }

    public Server A { get; }
    public Server B { get; }

    public static async Task<ServerPair> StartAsync(bool seedDemo = false)
    {
        if (!TestProvider.IsPostgres)
            throw new InvalidOperationException($"Two servers need PostgreSQL: run with {TestProvider.Variable}=Postgres (the PostgreSQL run of .dev/test).");
        var a = await Server.StartAsync(seedDemo, connectionString: null);
        try
        {
            var b = await Server.StartAsync(seedDemo: false, a.ConnectionString);
            return new ServerPair(a, b);
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    public sealed class Server : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Server(WebApplication app, string folder, string connectionString)
        {
            _app = app;
            Folder = folder;
            ConnectionString = connectionString;
        }

        public string Folder { get; }
        public string OutboxFolder => Path.Combine(Folder, "outbox");
        public string ConnectionString { get; }
        public IServiceProvider Services => _app.Services;
        public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        /// <param name="connectionString">null: a new database (server A); otherwise server A's.</param>
        public static async Task<Server> StartAsync(bool seedDemo, string? connectionString)
        {
            var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "scaleout-" + Guid.NewGuid().ToString("N")[..10]);
            connectionString ??= TestProvider.NewDatabaseFor(folder);
            var builder = AppHost.CreateBuilder(folder, new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = connectionString,
            });
            var app = builder.Build();
            await app.Services.InitializeDatabaseAsync(seedDemo);
            app.UseAdrDesk();
            await app.StartAsync();
            return new Server(app, folder, connectionString);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            AppHost.TryDelete(Folder);
        }
    }
}
