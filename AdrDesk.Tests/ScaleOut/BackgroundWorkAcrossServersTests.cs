using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.ScaleOut;

/// <summary>Issue 17 item 3: background work done once across servers (ClusterWork's advisory lock per kind of work).</summary>
[Trait("Provider", "Postgres")]
public sealed class BackgroundWorkAcrossServersTests
{
    [Fact]
    public async Task Two_servers_dispatching_the_same_outbox_send_each_mail_once()
    {
        await using var servers = await ServerPair.StartAsync();
        var factory = servers.A.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            for (var i = 0; i < 40; i++)
            {
                var message = OutboxMessage.Create($"once-{i}@test.adrdesk.nl", "Once", $"Mail {i}", "tekst", "nl", now);
                ids.Add(message.Id);
                db.Add(message);
            }
            await db.SaveChangesAsync();
        }

        // Both servers' dispatchers at once, several rounds each, while their own hosted loops run too.
        var a = servers.A.Services.GetRequiredService<OutboxDispatcher>();
        var b = servers.B.Services.GetRequiredService<OutboxDispatcher>();
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { Task.Run(() => a.DeliverDueAsync(default)), Task.Run(() => b.DeliverDueAsync(default)) }));
        await a.DeliverDueAsync(default);
        await b.DeliverDueAsync(default);

        var written = Mails(servers.A.OutboxFolder).Concat(Mails(servers.B.OutboxFolder)).ToList();
        var subjects = written.Select(f => Support.Eml.Load(f).Message.Subject).Where(s => s is not null && s.StartsWith("Mail ", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, subjects.Count);
        Assert.Equal(40, subjects.Distinct().Count());
        await using (var db = await factory.CreateDbContextAsync())
        {
            var sent = await db.Outbox.Where(m => ids.Contains(m.Id)).ToListAsync();
            Assert.All(sent, m => Assert.NotNull(m.SentAt));
            Assert.All(sent, m => Assert.Equal(1, m.Attempts)); // one attempt each: sent by one server
        }
    }

    [Fact]
    public async Task A_second_servers_round_waits_for_the_first_and_runs_after_it()
    {
        await using var servers = await ServerPair.StartAsync();
        var onA = servers.A.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var onB = servers.B.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var firstRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<string>();

        var first = ClusterWork.AloneAsync(onA, "test-work", async () =>
        {
            firstRunning.SetResult();
            await releaseFirst.Task;
            lock (order) order.Add("A");
            return 1;
        }, default);
        await firstRunning.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = ClusterWork.AloneAsync(onB, "test-work", () =>
        {
            lock (order) order.Add("B");
            return Task.FromResult(2);
        }, default);
        await Task.Delay(500);
        Assert.False(second.IsCompleted, "B ran while A held the round");
        releaseFirst.SetResult();

        var results = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { 1, 2 }, results);
        Assert.Equal(["A", "B"], order);
    }

    private static IEnumerable<string> Mails(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml") : [];
}
