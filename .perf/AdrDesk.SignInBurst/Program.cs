// Issue 19 item 2, the measurement: "a burst of 200 sign-ins leaves anonymous pages p95 under 200 ms".
// Usage: dotnet run -c Release -- [baseUrl=http://127.0.0.1:5080] [signIns=200] [email=consument@demo.adrdesk.nl]
// Each sign-in is its own client (own cookies, own antiforgery token, fetched before the burst); all POST at once.
// Meanwhile one anonymous visitor fetches / and /account/login in turn, and every latency is recorded.
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5080";
var count = args.Length > 1 ? int.Parse(args[1]) : 200;
var email = args.Length > 2 ? args[2] : "consument@demo.adrdesk.nl";

HttpClient NewClient() => new(new SocketsHttpHandler
{
    CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5),
}) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };

var token = new Regex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"");

// 1. Every client fetches the login form (its antiforgery cookie and token), a few at a time: not part of the burst.
var clients = new (HttpClient Client, string Token)[count];
await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
{
    var client = NewClient();
    var html = await client.GetStringAsync("/account/login", ct);
    var m = token.Match(html);
    if (!m.Success) throw new InvalidOperationException("No antiforgery token on /account/login");
    clients[i] = (client, m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
});

// 2. The anonymous visitor: its own client, no cookies kept between requests.
var anonymous = new List<(TimeSpan At, double Ms, int Status)>();
var clock = Stopwatch.StartNew();
using var stop = new CancellationTokenSource();
var visitor = Task.Run(async () =>
{
    using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    var paths = new[] { "/", "/account/login" };
    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        var started = clock.Elapsed;
        var sw = Stopwatch.StartNew();
        int status;
        try
        {
            using var response = await client.GetAsync(paths[i % 2]);
            await response.Content.ReadAsByteArrayAsync();
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException) { status = 0; }
        lock (anonymous) anonymous.Add((started, sw.Elapsed.TotalMilliseconds, status));
        await Task.Delay(20);
    }
});

await Task.Delay(3000); // baseline: the anonymous pages alone
var burstStart = clock.Elapsed;

// 3. The burst: every client posts the login form at once (wrong password: every try costs a full hash verification).
var outcomes = await Task.WhenAll(clients.Select(async (c, i) =>
{
    var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["_handler"] = "login", ["__RequestVerificationToken"] = c.Token,
        ["Input.Email"] = i % 2 == 0 ? email : $"onbekend{i}@burst.example", ["Input.Password"] = "Fout-wachtwoord-" + i,
    });
    var sw = Stopwatch.StartNew();
    try
    {
        using var response = await c.Client.PostAsync("/account/login", form);
        await response.Content.ReadAsByteArrayAsync();
        return ((int)response.StatusCode, sw.Elapsed.TotalMilliseconds, clock.Elapsed);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return (0, sw.Elapsed.TotalMilliseconds, clock.Elapsed); }
}));
var burstEnd = clock.Elapsed;
await Task.Delay(1000);
stop.Cancel();
await visitor;

static double P(IReadOnlyList<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
void Report(string what, IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    Console.WriteLine($"{what,-34} n={sorted.Count,4}  p50={P(sorted, 0.50),7:0.0} ms  p95={P(sorted, 0.95),7:0.0} ms  max={(sorted.Count == 0 ? double.NaN : sorted[^1]),7:0.0} ms");
}

Console.WriteLine($"AdrDesk sign-in burst against {baseUrl}: {count} concurrent POST /account/login, {Environment.ProcessorCount} cores here");
Report("anonymous pages, before the burst", anonymous.Where(a => a.At < burstStart).Select(a => a.Ms));
Report("anonymous pages, during the burst", anonymous.Where(a => a.At >= burstStart && a.At <= burstEnd).Select(a => a.Ms));
Report("sign-in POSTs (every answer)", outcomes.Select(o => o.Item2));
var seconds = (burstEnd - burstStart).TotalSeconds;
var answered = outcomes.Count(o => o.Item1 is 200 or 302);
Console.WriteLine($"burst took {seconds:0.00} s; answered by the sign-in page {answered} ({answered / seconds:0.0}/s), 429 {outcomes.Count(o => o.Item1 == 429)}, " +
                  $"other {string.Join(", ", outcomes.Where(o => o.Item1 is not (200 or 302 or 429)).GroupBy(o => o.Item1).Select(g => $"{g.Key}×{g.Count()}"))}");
Console.WriteLine($"anonymous errors: {anonymous.Count(a => a.Status != 200)}");
foreach (var c in clients) c.Client.Dispose();
