using System.Net;
using AdrDesk.Infrastructure.Diagnostics;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Diagnostics;

/// <summary>Issue 9 item 3: the server's own durations of hot operations, for the load runner (diagnostics endpoint).</summary>
public sealed class OperationTimingsTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_the_kept_samples_and_reset_clears_them()
    {
        var timings = new OperationTimings();
        for (var ms = 1; ms <= 100; ms++) timings.Record("intake.submit", TimeSpan.FromMilliseconds(ms));
        timings.Record("intake.receipt", TimeSpan.FromMilliseconds(7));

        var submit = timings.Snapshot()["intake.submit"];
        Assert.Equal(100, submit.Count);
        Assert.Equal(50, submit.P50Ms, 3);
        Assert.Equal(95, submit.P95Ms, 3);
        Assert.Equal(99, submit.P99Ms, 3);
        Assert.Equal(100, submit.MaxMs, 3);
        Assert.Equal(7, timings.Snapshot()["intake.receipt"].P95Ms, 3);

        timings.Reset();
        Assert.Empty(timings.Snapshot());
    }

    [Fact]
    public void Only_the_last_samples_are_kept_but_all_are_counted()
    {
        var timings = new OperationTimings();
        for (var i = 0; i < OperationTimings.Capacity; i++) timings.Record("x", TimeSpan.FromMilliseconds(1000));
        for (var i = 0; i < OperationTimings.Capacity; i++) timings.Record("x", TimeSpan.FromMilliseconds(1));
        var x = timings.Snapshot()["x"];
        Assert.Equal(2 * OperationTimings.Capacity, x.Count);
        Assert.Equal(1, x.MaxMs, 3);
    }

    [Fact]
    public async Task A_measured_scope_records_its_duration()
    {
        var timings = new OperationTimings();
        using (timings.Measure("wait")) await Task.Delay(20);
        Assert.InRange(timings.Snapshot()["wait"].MaxMs, 15, 5000);
    }
}

[Collection("app")]
public sealed class DiagnosticsEndpointTests(AppHost app)
{
    [Fact]
    public async Task Server_figures_are_refused_to_anonymous_users_outside_the_load_environment()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl + "/") };
        var response = await client.GetAsync("diagnostics/server?collect=false");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Found,
            $"got {(int)response.StatusCode}");
    }
}
