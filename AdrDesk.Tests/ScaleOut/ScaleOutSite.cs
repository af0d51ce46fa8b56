using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>
/// The site of <c>.dev/scaleout</c> for browser tests (issue 17 item 5): nginx in front of two AdrDesk processes (A and B)
/// with the demo data, on a database of the PostgreSQL test server (<c>ADRDESK_TEST_PG</c>), on free loopback ports.
/// Real processes, so a test can kill server A with -9. Stopped (nginx, both servers, the database) at dispose.
/// </summary>
public sealed class ScaleOutSite : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "scaleout-" + Guid.NewGuid().ToString("N")[..10] + ".state");
    private Dictionary<string, string> _values = new();

    public string BaseUrl { get; private set; } = "";
    public string ConnectionString => _values["SO_DB"];
    public IReadOnlyList<string> OutboxFolders => [Path.Combine(_values["SO_FOLDER"], "outbox-a"), Path.Combine(_values["SO_FOLDER"], "outbox-b")];

    public async Task InitializeAsync()
    {
        if (!TestProvider.IsPostgres)
            throw new InvalidOperationException($"The scale-out site needs PostgreSQL: run with {TestProvider.Variable}=Postgres (the PostgreSQL run of .dev/test).");
        Directory.CreateDirectory(Path.GetDirectoryName(_state)!);
        var port = FreePortRun();
        await RunAsync("start", TimeSpan.FromMinutes(8), ("ADRDESK_SCALEOUT_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("ADRDESK_SCALEOUT_PG", Environment.GetEnvironmentVariable(TestProvider.ServerVariable)!));
        // The script writes its state with printf %q (a ';' as '\;'): undo the shell quoting.
        _values = File.ReadAllLines(_state).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => System.Text.RegularExpressions.Regex.Replace(g.Last()[1].Trim('\''), @"\\(.)", "$1"));
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    /// <summary>kill -9 of server A (.dev/scaleout kill-a).</summary>
    public Task KillAAsync() => RunAsync("kill-a", TimeSpan.FromSeconds(30));

    public Task DisposeAsync() => RunAsync("stop", TimeSpan.FromMinutes(2));

    private async Task RunAsync(string verb, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppHost.AppProjectFolder(), "..", ".dev", "scaleout"));
        start.ArgumentList.Add(verb);
        start.Environment["ADRDESK_SCALEOUT_STATE"] = _state;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($".dev/scaleout {verb} failed ({process.ExitCode}): {await output}\n{await errors}");
    }

    /// <summary>A port p with p + 1 and p + 2 free too (nginx, A, B).</summary>
    private static int FreePortRun()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Random.Shared.Next(20_000, 60_000);
            if (Enumerable.Range(first, 3).All(Free)) return first;
        }
        throw new InvalidOperationException("No three free consecutive loopback ports found.");
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
