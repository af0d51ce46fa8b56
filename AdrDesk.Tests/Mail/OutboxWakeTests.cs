using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Mail;

/// <summary>Issue 21: the mail dispatcher sleeps until a mail is committed or a retry falls due, instead of polling every 2 s.</summary>
[Trait("Issue", "21")]
public sealed class OutboxWakeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_saved_mail_wakes_the_dispatcher_and_one_saved_in_a_transaction_only_when_it_commits()
    {
        await using var host = await ServiceHost.StartAsync();
        var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var signal = host.Services.GetRequiredService<OutboxSignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // start asleep

        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Outbox.Add(OutboxMessage.Create("jan@example.nl", "Jan", "Onderwerp", "Tekst", "nl", T0));
            await db.SaveChangesAsync();
        }
        Assert.True(signal.IsAwake);
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Outbox.Add(OutboxMessage.Create("piet@example.nl", "Piet", "Onderwerp", "Tekst", "nl", T0));
            await db.SaveChangesAsync();
            Assert.False(signal.IsAwake); // not committed: the dispatcher would find nothing yet
            await tx.CommitAsync();
        }
        Assert.True(signal.IsAwake);
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Outbox.Add(OutboxMessage.Create("kees@example.nl", "Kees", "Onderwerp", "Tekst", "nl", T0));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        Assert.False(signal.IsAwake); // rolled back: nothing to deliver

        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "test-key", Xml = "<key />" });
            await db.SaveChangesAsync();
        }
        Assert.False(signal.IsAwake); // a save without mail does not wake it
    }

    [Fact]
    public async Task With_nothing_pending_the_dispatcher_sleeps_the_idle_interval_and_a_failed_mail_until_its_retry()
    {
        var clock = new FakeTimeProvider(T0);
        await using var host = await ServiceHost.StartAsync(s => s.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string?> { ["Mail:IdlePollInterval"] = "00:05:00" });
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(TimeSpan.FromMinutes(5), await dispatcher.NextWaitAsync(CancellationToken.None));

        var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var message = OutboxMessage.Create("jan@example.nl", "Jan", "Onderwerp", "Tekst", "nl", T0);
            message.MarkFailed(T0, "SMTP weg"); // next try 30 s later
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
        }
        Assert.Equal(TimeSpan.FromSeconds(30), await dispatcher.NextWaitAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(TimeSpan.Zero, await dispatcher.NextWaitAsync(CancellationToken.None));
    }
}
