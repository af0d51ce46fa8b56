using System.Diagnostics;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>Issue 17 item 3: live case events reach the pages of every server (PostgreSQL LISTEN/NOTIFY).</summary>
[Trait("Provider", "Postgres")]
public sealed class CaseEventsAcrossServersTests
{
    private static readonly CaseNumber Number = CaseNumber.Create(Scheme.BindingRuling, 2026, 4711).Value;

    [Fact]
    public async Task An_event_published_on_server_A_reaches_a_subscriber_on_server_B_within_one_second()
    {
        await using var servers = await ServerPair.StartAsync();
        var onA = Bus(servers.A);
        var onB = Bus(servers.B);
        await onB.Listening.WaitAsync(TimeSpan.FromSeconds(10));
        // One event first, unmeasured: A's first NOTIFY opens its connection (and JITs the path), which on a loaded
        // 2-core machine alone can take a second; the bound is for a running server's events.
        var warm = CaseNumber.Create(Scheme.BindingRuling, 2026, 4712).Value;
        var warmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (onB.Subscribe(warm.ToString(), _ => { warmed.TrySetResult(); return Task.CompletedTask; }))
        {
            await onA.PublishAsync([new CaseEvent(warm, "AddSubmission", "InProgress")]);
            await warmed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        var received = new TaskCompletionSource<CaseEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = onB.Subscribe(Number.ToString(), e => { received.TrySetResult(e); return Task.CompletedTask; });

        var clock = Stopwatch.StartNew();
        await onA.PublishAsync([new CaseEvent(Number, "IssueRuling", "RulingIssued")]);
        var e = await received.Task.WaitAsync(TimeSpan.FromSeconds(1));
        clock.Stop();

        Assert.Equal(new CaseEvent(Number, "IssueRuling", "RulingIssued"), e);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_local_subscriber_gets_its_own_servers_event_once_not_again_through_the_notification()
    {
        await using var servers = await ServerPair.StartAsync();
        var onA = Bus(servers.A);
        var onB = Bus(servers.B);
        await Task.WhenAll(onA.Listening, onB.Listening).WaitAsync(TimeSpan.FromSeconds(10));
        var onAReceived = 0;
        var onBReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var local = onA.Subscribe(null, _ => { Interlocked.Increment(ref onAReceived); return Task.CompletedTask; });
        using var remote = onB.Subscribe(null, _ => { onBReceived.TrySetResult(); return Task.CompletedTask; });

        await onA.PublishAsync([new CaseEvent(Number, "AddSubmission", "InProgress")]);
        // B received it, so the notification has gone round; A's listener got it at the same time and must drop it.
        await onBReceived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(500);

        Assert.Equal(1, Volatile.Read(ref onAReceived));
    }

    [Fact]
    public async Task Both_servers_use_the_PostgreSQL_bus()
    {
        await using var servers = await ServerPair.StartAsync();

        Assert.IsType<PostgresCaseEventBus>(servers.A.Services.GetRequiredService<ICaseEventBus>());
        Assert.NotEqual(Bus(servers.A).ServerId, Bus(servers.B).ServerId);
    }

    private static PostgresCaseEventBus Bus(ServerPair.Server server) =>
        Assert.IsType<PostgresCaseEventBus>(server.Services.GetRequiredService<ICaseEventBus>());
}
