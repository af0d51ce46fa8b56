using System.Net;
using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdrDesk.Tests.Hosting;

/// <summary>Issue 19 item 2: throttling per address and client, not lockout; issue 21: counted without timers (KeyedWindow).</summary>
[Trait("Issue", "19")]
public sealed class ThrottleTests
{
    private static AccountThrottle Throttle(ThrottleOptions? options = null) => new(Options.Create(options ?? new ThrottleOptions()));

    [Fact]
    public void Five_failures_from_one_client_stop_that_client_only_and_count_unknown_addresses_alike()
    {
        var throttle = Throttle();
        var stranger = IPAddress.Parse("198.51.100.9");
        var owner = IPAddress.Parse("203.0.113.20");
        foreach (var address in new[] { "klant@example.nl", "bestaat-niet@example.nl" })
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.True(throttle.MayTrySignIn(address, stranger));
                throttle.SignInFailed(address, stranger);
            }
            Assert.False(throttle.MayTrySignIn(address, stranger));
            Assert.False(throttle.MayTrySignIn(address.ToUpperInvariant(), stranger)); // the same address in capitals
            Assert.True(throttle.MayTrySignIn(address, owner)); // the owner elsewhere is not locked out
        }
    }

    [Fact]
    public void Guesses_spread_over_many_clients_are_stopped_per_address()
    {
        var throttle = Throttle(new ThrottleOptions { SignInFailuresPerAddress = 12 });
        for (var i = 0; i < 12; i++) throttle.SignInFailed("doelwit@example.nl", IPAddress.Parse($"192.0.2.{i + 1}"));
        Assert.False(throttle.MayTrySignIn("doelwit@example.nl", IPAddress.Parse("192.0.2.200")));
        Assert.True(throttle.MayTrySignIn("iemand-anders@example.nl", IPAddress.Parse("192.0.2.200")));
    }

    [Fact]
    public void At_most_three_reset_mails_an_hour_go_to_one_mailbox()
    {
        var throttle = Throttle();
        Assert.Equal([true, true, true, false, false], Enumerable.Range(0, 5).Select(_ => throttle.MaySendResetMail("postbus@example.nl")).ToArray());
        Assert.True(throttle.MaySendResetMail("andere@example.nl"));
    }

    [Fact]
    [Trait("Issue", "21")]
    public void A_failure_counts_for_exactly_one_window_then_the_client_may_try_again()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var throttle = new AccountThrottle(Options.Create(new ThrottleOptions { SignInFailuresPerClient = 2, SignInWindow = TimeSpan.FromMinutes(15) }), clock);
        var client = IPAddress.Parse("198.51.100.7");
        throttle.SignInFailed("klant@example.nl", client);
        clock.Advance(TimeSpan.FromMinutes(10));
        throttle.SignInFailed("klant@example.nl", client);
        Assert.False(throttle.MayTrySignIn("klant@example.nl", client));
        clock.Advance(TimeSpan.FromMinutes(5)); // the first failure is 15 minutes old: one try again
        Assert.True(throttle.MayTrySignIn("klant@example.nl", client));
        throttle.SignInFailed("klant@example.nl", client);
        Assert.False(throttle.MayTrySignIn("klant@example.nl", client));
    }

    [Fact]
    [Trait("Issue", "21")]
    public void A_keyed_window_forgets_keys_without_a_hit_in_the_last_window_and_runs_no_timer()
    {
        var clock = new TimerCountingClock();
        var window = new KeyedWindow(3, TimeSpan.FromMinutes(1), clock);
        for (var i = 0; i < 100; i++) Assert.True(window.TryHit($"client-{i}"));
        Assert.Equal(100, window.Keys);
        Assert.Equal(0, clock.Timers); // nothing wakes while nobody asks (issue 21: idle CPU)
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, window.Available("client-0")); // the sweep on this call dropped every old key
        Assert.Equal(0, window.Keys);
        Assert.True(window.TryHit("x") && window.TryHit("x") && window.TryHit("x"));
        Assert.False(window.TryHit("x"));
        Assert.Equal(0, window.Available("x"));
    }

    [Fact]
    public async Task Account_posts_beyond_the_per_client_limit_are_refused_with_429_and_other_pages_are_not()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "throttle-" + Guid.NewGuid().ToString("N")[..8]);
        // The shipped limits, not the test hosts' generous ones.
        var builder = AppHost.CreateBuilder(folder, new Dictionary<string, string?>
        {
            ["Security:Throttle:AccountPostsPerClientPerMinute"] = "20",
            ["Security:Throttle:AccountPostsQueued"] = "40",
        });
        await using var app = builder.Build();
        try
        {
            await app.Services.InitializeDatabaseAsync(seedDemo: false);
            app.UseAdrDesk();
            await app.StartAsync();
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 25; i++)
            {
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.nl", ["Input.Password"] = "y" });
                var response = await client.PostAsync("/account/login", form);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.Equal("60", response.Headers.RetryAfter?.ToString());
            }
            Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(20));
            Assert.All(statuses.Skip(20), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // pages are not limited
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            AppHost.TryDelete(folder);
        }
    }

    /// <summary>A fake clock that counts the timers made on it.</summary>
    private sealed class TimerCountingClock() : Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero))
    {
        public int Timers { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Timers++;
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
