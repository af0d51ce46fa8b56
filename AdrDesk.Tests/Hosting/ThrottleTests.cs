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

/// <summary>Issue 19 item 2: throttling by the framework's rate limiters, per address and client, not lockout.</summary>
[Trait("Issue", "19")]
public sealed class ThrottleTests
{
    private static AccountThrottle Throttle(ThrottleOptions? options = null) => new(Options.Create(options ?? new ThrottleOptions()));

    [Fact]
    public void Five_failures_from_one_client_stop_that_client_only_and_count_unknown_addresses_alike()
    {
        using var throttle = Throttle();
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
        using var throttle = Throttle(new ThrottleOptions { SignInFailuresPerAddress = 12 });
        for (var i = 0; i < 12; i++) throttle.SignInFailed("doelwit@example.nl", IPAddress.Parse($"192.0.2.{i + 1}"));
        Assert.False(throttle.MayTrySignIn("doelwit@example.nl", IPAddress.Parse("192.0.2.200")));
        Assert.True(throttle.MayTrySignIn("iemand-anders@example.nl", IPAddress.Parse("192.0.2.200")));
    }

    [Fact]
    public void At_most_three_reset_mails_an_hour_go_to_one_mailbox()
    {
        using var throttle = Throttle();
        Assert.Equal([true, true, true, false, false], Enumerable.Range(0, 5).Select(_ => throttle.MaySendResetMail("postbus@example.nl")).ToArray());
        Assert.True(throttle.MaySendResetMail("andere@example.nl"));
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
}
