using System.Collections.Concurrent;
using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.CaseFile;

/// <summary>
/// The bells' shared counter: one grouped recount per burst of changes for every open bell (was a query per bell
/// per event), and only the bells whose count changed hear of it.
/// </summary>
public sealed class UnreadCountsTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    private static readonly CaseNumber Number = CaseNumber.Parse("DD-2026-000001").Value;

    [Fact]
    public async Task One_recount_per_burst_tells_only_the_bells_whose_count_changed()
    {
        var unread = world.Services.GetRequiredService<UnreadCounts>();
        var events = world.Services.GetRequiredService<ICaseEventBus>();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var (heardA, heardA2, heardB) = (new ConcurrentQueue<int>(), new ConcurrentQueue<int>(), new ConcurrentQueue<int>());
        var (countA, countB) = (await UnreadAsync(a), await UnreadAsync(b));
        Assert.Equal((0, 0), (countA, countB));
        var watchA = unread.Watch(a, countA, heardA.Enqueue);
        var watchA2 = unread.Watch(a, countA, heardA2.Enqueue); // the same person on a second page
        var watchB = unread.Watch(b, countB, heardB.Enqueue);

        await AddNotificationAsync(a);
        var before = unread.Recounts;
        // One save publishes several events: one recount for all of them.
        await events.PublishAsync([.. Enumerable.Range(0, 5).Select(i => new CaseEvent(Number, $"Step{i}", "Open"))]);
        await UntilAsync(() => heardA.Count == 1 && heardA2.Count == 1);
        Assert.Equal([1], heardA);
        Assert.Equal([1], heardA2);
        Assert.Empty(heardB);
        Assert.Equal(1, unread.Recounts - before);

        // Marking read elsewhere (the notification list) reaches the person's bells on every page.
        using (var scope = world.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseFileService>().MarkReadAsync(Principal(a));
        }
        await UntilAsync(() => heardA.Count == 2 && heardA2.Count == 2);
        Assert.Equal([1, 0], heardA);
        Assert.Empty(heardB);

        // A closed bell hears nothing more; the others still do.
        watchA.Dispose();
        await AddNotificationAsync(a);
        unread.Changed();
        await UntilAsync(() => heardA2.Count == 3);
        Assert.Equal([1, 0], heardA);
        Assert.Equal([1, 0, 1], heardA2);
        watchA2.Dispose();
        watchB.Dispose();
    }

    private static ClaimsPrincipal Principal(Guid user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.ToString()), new Claim(AdrDesk.Infrastructure.Identity.AppClaimsPrincipalFactory.ConfirmedClaim, "true")], "test"));

    /// <summary>What a bell reads before it watches.</summary>
    private async Task<int> UnreadAsync(Guid user)
    {
        using var scope = world.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseFileService>().UnreadCountAsync(Principal(user));
    }

    private async Task AddNotificationAsync(Guid user)
    {
        await using var db = await world.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        db.Add(new UserNotification
        {
            Id = Guid.NewGuid(), UserId = user, CaseNumber = Number.ToString(), Kind = "MessagePosted", Link = "/cases/" + Number,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var until = DateTime.UtcNow.AddSeconds(10); !condition(); await Task.Delay(20))
        {
            Assert.True(DateTime.UtcNow < until, "the bells did not hear within 10 s");
        }
    }
}
