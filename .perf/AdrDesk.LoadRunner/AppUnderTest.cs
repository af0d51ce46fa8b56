using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace AdrDesk.LoadRunner;

/// <summary>
/// The AdrDesk under load: the published app started as a child process (environment "Load", its own
/// temp database with demo data and <c>--seed-volume</c> cases, 127.0.0.1 on a free port), or a running
/// one given by <c>--url</c>. Disposing stops the child and deletes its folder.
/// </summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    private Process? _process;
    private StreamWriter? _log;

    private AppUnderTest(string baseUrl, string? folder)
    {
        BaseUrl = baseUrl;
        Folder = folder;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl + "/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }
    public string? Folder { get; }
    public HttpClient Http { get; }
    public bool Started => _process is not null;
    public int? ProcessId => _process?.Id;

    public static async Task<AppUnderTest> AttachAsync(string url)
    {
        var app = new AppUnderTest(url, null);
        await app.ServerAsync(); // fails early unless the endpoint answers (environment "Load" or a signed-in admin)
        return app;
    }

    public static async Task<AppUnderTest> StartAsync(Options options)
    {
        var executable = Path.Combine(options.AppFolder, "AdrDesk");
        if (!File.Exists(executable))
            throw new FileNotFoundException($"No published AdrDesk at {executable}: run `dotnet publish AdrDesk -c Release -o .perf/out/app` (bash .perf/run does).");
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-load", Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var app = new AppUnderTest($"http://127.0.0.1:{port}", folder);
        // In a session of its own (setsid execs it, same pid): with the kernel's autogroup scheduling a session shares the CPU
        // as one group, so the server under test does not share its group with the runner and its Playwright driver.
        var ownSession = File.Exists("/usr/bin/setsid") && !OperatingSystem.IsWindows();
        var start = new ProcessStartInfo(ownSession ? "/usr/bin/setsid" : executable)
        {
            WorkingDirectory = options.AppFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (ownSession) start.ArgumentList.Add(executable);
        foreach (var arg in new[] { "--seed-demo", "--seed-volume", options.Cases.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Load";
        start.Environment["urls"] = app.BaseUrl;
        start.Environment["Database__Path"] = Path.Combine(folder, "adrdesk.db");
        start.Environment["Mail__OutboxFolder"] = Path.Combine(folder, "outbox");
        start.Environment["Mail__PublicBaseUrl"] = app.BaseUrl;
        start.Environment["Documents__StorePath"] = Path.Combine(folder, "documents");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__AdrDesk.Features.Cases.CaseVolume"] = "Information";

        app._log = new StreamWriter(Path.Combine(folder, "app.log")) { AutoFlush = true };
        app._process = Process.Start(start) ?? throw new InvalidOperationException("AdrDesk did not start");
        // Ctrl+C or a killed runner must not leave the app (and its port and CPU) behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.KillNow();
        Console.CancelKeyPress += (_, _) => app.KillNow();
        // Drain both pipes: a full pipe would block the app.
        app._process.OutputDataReceived += (_, e) => app.Log(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        Console.WriteLine($"Starting AdrDesk (pid {app._process.Id}) at {app.BaseUrl}, seeding {options.Cases:N0} cases; log {folder}/app.log");
        var started = Stopwatch.StartNew();
        // Seeding 200,000 cases takes minutes on 2 cores; the first answer comes after it.
        while (started.Elapsed < TimeSpan.FromMinutes(30))
        {
            if (app._process.HasExited)
                throw new InvalidOperationException($"AdrDesk exited with code {app._process.ExitCode}; see {folder}/app.log");
            try
            {
                using var response = await app.Http.GetAsync("diagnostics/server?collect=false");
                if (response.IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        Console.WriteLine($"AdrDesk is up after {started.Elapsed.TotalSeconds:F0} s");
        if (options.FillerOrganisations > 0) await app.AddFillerOrganisationsAsync(options.FillerOrganisations);
        await app.AddLoadUsersAsync(options.LoadUsers);
        return app;
    }

    private void KillNow()
    {
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (this) _log?.WriteLine(line);
    }

    /// <summary>GET /diagnostics/server (a forced full collection first unless collect is false; reset starts the operation figures afresh).</summary>
    public async Task<ServerFigures> ServerAsync(bool collect = true, bool reset = false) =>
        await Http.GetFromJsonAsync<ServerFigures>($"diagnostics/server?collect={(collect ? "true" : "false")}&reset={(reset ? "true" : "false")}")
        ?? throw new InvalidOperationException("/diagnostics/server answered nothing");

    /// <summary>Waits until the open circuits are at most <paramref name="atMost"/> (closed pages' circuits are released).</summary>
    public async Task<ServerFigures> WaitForCircuitsAsync(int atMost, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var figures = await ServerAsync(collect: false);
            if (figures.OpenCircuits <= atMost || watch.Elapsed > timeout) return figures;
            await Task.Delay(500);
        }
    }


    /// <summary>
    /// The demo register has ten entries, fewer than one grid page (15): the runner copies an active
    /// webshop N times (own id, name "Testwinkel 001 B.V.", KvK number, subscription) so /register pages.
    /// Straight into the runner's own temp database; never with --url.
    /// </summary>
    private async Task AddFillerOrganisationsAsync(int count)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(Folder!, "adrdesk.db")};Pooling=false");
        await db.OpenAsync();
        await using (var pragma = db.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = await db.BeginTransactionAsync();
        for (var i = 1; i <= count; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            await using var org = db.CreateCommand();
            org.Transaction = (SqliteTransaction)tx;
            org.CommandText = """
                INSERT INTO "Organisations" ("Id", "LegalName", "KvkNumber", "CountryOfEstablishment", "WebAddresses", "Status", "StatusSince",
                    "StatusReason", "CertificationMark", "UsesSchemeB2BTerms", "IsSchemeParticipant")
                SELECT $id, $name, $kvk, "CountryOfEstablishment", $web, "Status", "StatusSince", "StatusReason", "CertificationMark", 0, 0
                FROM "Organisations" WHERE "KvkNumber" = '68123457';
                INSERT INTO "OrganisationSubscriptions" ("From", "To", "OrganisationId")
                SELECT s."From", s."To", $id FROM "OrganisationSubscriptions" s JOIN "Organisations" o ON o."Id" = s."OrganisationId"
                WHERE o."KvkNumber" = '68123457';
                """;
            org.Parameters.AddWithValue("$id", id);
            org.Parameters.AddWithValue("$name", $"Testwinkel {i:000} B.V.");
            org.Parameters.AddWithValue("$kvk", (90_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            org.Parameters.AddWithValue("$web", $"[\"https://www.testwinkel{i:000}.nl\"]");
            await org.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        Console.WriteLine($"Added {count} filler register entries (Testwinkel 001…{count:000}) so that /register has {Math.Ceiling((count + 10) / 15.0)} pages");
    }

    /// <summary>
    /// Consumer accounts for the intake pages (<see cref="Scripts.ScriptCatalog.LoadUsers"/>): copies of the demo
    /// consumer (same password hash, role and language) with their own id, e-mail and security stamp.
    /// Straight into the runner's own temp database; never with --url.
    /// </summary>
    private async Task AddLoadUsersAsync(int count)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(Folder!, "adrdesk.db")};Pooling=false");
        await db.OpenAsync();
        await using (var pragma = db.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = await db.BeginTransactionAsync();
        for (var i = 1; i <= count; i++)
        {
            var email = Scripts.ScriptCatalog.LoadUser(i);
            await using var user = db.CreateCommand();
            user.Transaction = (SqliteTransaction)tx;
            user.CommandText = """
                INSERT INTO "Users" ("Id", "DisplayName", "OrganisationId", "CompanyName", "KvkNumber", "PreferredLanguage", "CreatedAt",
                    "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp",
                    "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
                SELECT $id, $name, NULL, NULL, NULL, "PreferredLanguage", "CreatedAt", $email, upper($email), $email, upper($email), 1,
                    "PasswordHash", $stamp, $stamp, NULL, 0, 0, NULL, "LockoutEnabled", 0
                FROM "Users" WHERE "NormalizedEmail" = 'CONSUMENT@DEMO.ADRDESK.NL';
                INSERT INTO "UserRoles" ("UserId", "RoleId")
                SELECT $id, r."RoleId" FROM "UserRoles" r JOIN "Users" u ON u."Id" = r."UserId" WHERE u."NormalizedEmail" = 'CONSUMENT@DEMO.ADRDESK.NL';
                """;
            user.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
            user.Parameters.AddWithValue("$name", $"Consument {i:000} (load)");
            user.Parameters.AddWithValue("$email", email);
            user.Parameters.AddWithValue("$stamp", Guid.NewGuid().ToString("N").ToUpperInvariant());
            await user.ExecuteNonQueryAsync();
            Scripts.ScriptCatalog.LoadUsers.Add(email);
        }
        await tx.CommitAsync();
        Console.WriteLine($"Added {count} consumer accounts for the intake pages ({Scripts.ScriptCatalog.LoadUser(1)} … {Scripts.ScriptCatalog.LoadUser(count)})");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        lock (this) { _log?.Dispose(); _log = null; }
        if (Folder is not null && File.Exists(Path.Combine(Folder, "app.log")))
        {
            // The app's own log outlives its temp folder: .perf/out/app.log (warnings, errors, seeding times).
            var keep = Path.Combine(Repo.Root, ".perf", "out", "app.log");
            Directory.CreateDirectory(Path.GetDirectoryName(keep)!);
            File.Copy(Path.Combine(Folder, "app.log"), keep, overwrite: true);
        }
        if (Folder is not null && Environment.GetEnvironmentVariable("ADRDESK_LOAD_KEEP") is not "1")
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

public sealed record ServerFigures(
    int OpenCircuits, int DisconnectedCircuits, long ManagedHeapBytes, long WorkingSetBytes,
    int Gen0Collections, int Gen1Collections, int Gen2Collections,
    long DbCommands, double DbTotalMs, double DbMaxMs, DateTimeOffset At,
    double CpuSeconds = 0, Dictionary<string, OperationFigures>? Operations = null, long AllocatedBytes = 0);

/// <summary>A named server operation's own durations (AdrDesk's OperationTimings), since the phase's reset.</summary>
public sealed record OperationFigures(long Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs);
