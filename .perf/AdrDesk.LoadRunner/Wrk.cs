using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AdrDesk.LoadRunner;

/// <summary>
/// Prerendered first load of a public page: wrk (Debian package) with --latency and a Lua report of the
/// 95th percentile (wrk's own distribution lists 50/75/90/99 only).
/// </summary>
public static partial class Wrk
{
    private const string Lua = """
        done = function(summary, latency, requests)
          io.write(string.format("ADR p50_us=%d p95_us=%d p99_us=%d requests=%d non2xx=%d errors=%d duration_us=%d\n",
            latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests, summary.errors.status,
            summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.duration))
        end
        """;

    public static async Task<WrkResult?> RunAsync(string baseUrl, string path, int connections, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), "adrdesk-wrk-report.lua");
        await File.WriteAllTextAsync(script, Lua);
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, $"{baseUrl}/{path.TrimStart('/')}" })
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("NOTE: wrk is not installed (apt-get install wrk; bash .perf/run does it)");
            return null;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var raw = (await stdout) + (await stderr);
            var m = Report().Match(raw);
            if (!m.Success)
            {
                Console.WriteLine($"NOTE: wrk gave no report for {path}:\n{raw}");
                return null;
            }
            double Us(string name) => long.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) / 1000.0;
            var requests = long.Parse(m.Groups["requests"].Value, CultureInfo.InvariantCulture);
            var duration = long.Parse(m.Groups["duration"].Value, CultureInfo.InvariantCulture) / 1e6;
            var result = new WrkResult(path, connections, seconds, requests / duration, Us("p50"), Us("p95"), Us("p99"),
                long.Parse(m.Groups["non2xx"].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups["errors"].Value, CultureInfo.InvariantCulture),
                raw.Replace(m.Value, "", StringComparison.Ordinal).Trim());
            Console.WriteLine($"   wrk {path}: {result.RequestsPerSecond:F0} requests/s, p50 {result.P50Ms:F1} ms, p95 {result.P95Ms:F1} ms, p99 {result.P99Ms:F1} ms, non-2xx {result.Non2xx}, socket errors {result.SocketErrors}");
            return result;
        }
    }

    [GeneratedRegex(@"ADR p50_us=(?<p50>\d+) p95_us=(?<p95>\d+) p99_us=(?<p99>\d+) requests=(?<requests>\d+) non2xx=(?<non2xx>\d+) errors=(?<errors>\d+) duration_us=(?<duration>\d+)\n?")]
    private static partial Regex Report();
}
