using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Tests.Support;

/// <summary>
/// The real AdrDesk on Kestrel at a free loopback port, with its own SQLite file (or PostgreSQL database: TestProvider) and mail outbox
/// folder, demo data seeded. Built the way Program.cs builds it (AddAdrDesk, InitializeDatabaseAsync,
/// UseAdrDesk); WebApplicationFactory cannot host on Kestrel before .NET 10.
/// One per test run: browser tests share it through the "app" collection.
/// </summary>
public class AppHost : IAsyncLifetime
{
    private WebApplication? _app;
    private MailOptions? _mail;
    private readonly bool _seedDemo;

    public AppHost() : this(seedDemo: true) { }

    /// <param name="seedDemo">false: an empty database (accounts' roles only), for journeys that create what they need.</param>
    protected AppHost(bool seedDemo) => _seedDemo = seedDemo;

    /// <summary>Temp folder of this host: database, outbox; deleted at the end.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
    public string DatabasePath => Path.Combine(Folder, "adrdesk.db");
    public string OutboxFolder => Path.Combine(Folder, "outbox");

    /// <summary>What the app logged (Warning and above, as configured): a test can fail on a line it must not see.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var builder = CreateBuilder(Folder);
        builder.Logging.AddProvider(Logs);
        ConfigureServices(builder.Services);
        // Links in mails must point at this host; the port is known only after start (see below).
        builder.Services.PostConfigure<MailOptions>(o =>
        {
            _mail = o;
            if (BaseUrl.Length > 0)
            {
                o.PublicBaseUrl = BaseUrl;
            }
        });
        _app = builder.Build();
        await _app.Services.InitializeDatabaseAsync(seedDemo: _seedDemo);
        _app.UseAdrDesk();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = address.TrimEnd('/');
        if (_mail is not null)
        {
            _mail.PublicBaseUrl = BaseUrl; // options already materialised before the port was known
        }
    }

    /// <summary>A test host's own replacements (a fake clock, say), registered after the app's.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A builder configured like Program.cs but for tests: environment "Testing", the given
    /// folder for database and outbox, Kestrel on 127.0.0.1:0, static web assets from the
    /// AdrDesk project (wwwroot, MudBlazor's _content). Also used un-started by service-level tests.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string folder, IDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "AdrDesk",
            EnvironmentName = environment,
            ContentRootPath = AppProjectFolder(),
        });
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Database:Path"] = Path.Combine(folder, "adrdesk.db"),
            ["Mail:OutboxFolder"] = Path.Combine(folder, "outbox"),
            // One key certificate for the whole test run: making an RSA key per host would cost every test a second.
            ["DataProtection:CertificatePath"] = TestKeyCertificate.Path,
            // Every browser test signs in from 127.0.0.1: the per-client limit on account posts would throttle the suite
            // itself. ThrottleTests run a host with the shipped limits.
            ["Security:Throttle:AccountPostsPerClientPerMinute"] = "100000",
            ["Security:Throttle:AccountPostsQueued"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        if (TestProvider.IsPostgres)
        {
            // Issue 17: a fresh PostgreSQL database per host (dropped with the folder); Database:Path still places the files.
            config["Database:Provider"] = "Postgres";
            config["Database:ConnectionString"] = TestProvider.NewDatabaseFor(folder);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(config);
        // As Development does (what `bash .dev/start` runs): a scoped service taken from the root
        // provider, or a registration that cannot be built, fails the test instead of only the newcomer.
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.AddAdrDesk();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Outside Development the host does not read the static web assets manifest by itself.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>The AdrDesk project folder (holds wwwroot and appsettings.json), found from the test's bin.</summary>
    public static string AppProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdrDesk.sln")))
            {
                return Path.Combine(dir.FullName, "AdrDesk");
            }
        }
        throw new InvalidOperationException($"AdrDesk.sln not found above {AppContext.BaseDirectory}");
    }

    public const string TestPassword = "Test-2026-pass";

    /// <summary>
    /// A fresh account for a test that changes it (lockout, password reset), so the demo
    /// accounts stay usable by the other tests. Returns its e-mail address.
    /// </summary>
    public async Task<string> CreateUserAsync(string role = Roles.Consumer, string password = TestPassword, string displayName = "Test Persoon")
    {
        var email = $"{Guid.NewGuid():N}"[..12] + "@test.adrdesk.nl";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        // Issue 19 item 3: staff sign in with a second factor; the test accounts use the demo key (BrowserFixture.SignInAsync).
        if (AdrDesk.Security.SecondFactor.IsStaffRole(role)) await DemoAccounts.GiveAuthenticatorKeyAsync(users, user, DemoAccounts.AuthenticatorKey);
        return email;

        static void Check(IdentityResult r)
        {
            if (!r.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TryDelete(Folder);
    }

    internal static void TryDelete(string folder)
    {
        TestProvider.DropFor(folder);
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a file still open; the temp folder is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<AppHost>, ICollectionFixture<BrowserFixture>;

/// <summary>The real app on an empty database: no demo accounts, no register, no cases (issue 14: test from the outside).</summary>
public sealed class CleanAppHost() : AppHost(seedDemo: false)
{
    /// <summary>
    /// The first administrator, as an installation gets one (no screen can make the first): every other account a
    /// journey needs is then made on the admin screens or by the person. Returns the e-mail address; password <see cref="AppHost.TestPassword"/>.
    /// </summary>
    public Task<string> CreateFirstAdminAsync(string displayName = "Beheerder") => CreateUserAsync(Roles.Admin, displayName: displayName);
}
