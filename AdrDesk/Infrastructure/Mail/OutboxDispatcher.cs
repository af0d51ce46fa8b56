using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Infrastructure.Mail;

/// <summary>
/// Delivers committed outbox messages: at once when a mail is committed (<see cref="OutboxWake"/>, or a feature's own
/// <see cref="OutboxSignal.Wake"/>), when a retry falls due, and at the latest every <see cref="MailOptions.IdlePollInterval"/>. A failed delivery is retried with back-off,
/// so a notice committed with its change is never lost to a mail-server hiccup.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<AdrDbContext> factory,
    IMailer mailer,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                await DeliverDueAsync(stoppingToken);
                wait = await NextWaitAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox delivery round failed; retrying next round");
            }
            // Issue 21: asleep until a commit wakes it (OutboxWake), the next retry is due, or at most IdlePollInterval.
            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    /// <summary>Until the earliest pending message is due (0 when one is due now), at most <see cref="MailOptions.IdlePollInterval"/>.</summary>
    public async Task<TimeSpan> NextWaitAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var next = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && !m.GaveUp)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => (DateTimeOffset?)m.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        var idle = options.Value.IdlePollInterval;
        if (next is not { } due) return idle;
        var until = due - clock.GetUtcNow();
        return until <= TimeSpan.Zero ? TimeSpan.Zero : until < idle ? until : idle;
    }

    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>
    /// One delivery round; public so tests can drive it. Rounds never overlap: two at once would
    /// pick up the same message and deliver it twice.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            // Issue 17: one dispatcher at a time across servers (ClusterWork), or two would send the same mail.
            return await ClusterWork.AloneAsync(factory, nameof(OutboxDispatcher), () => DeliverDueUnlockedAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task<int> DeliverDueUnlockedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var due = await db.Outbox.Include(m => m.Attachments)
            .Where(m => m.SentAt == null && !m.GaveUp && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            try
            {
                var file = await mailer.SendAsync(message, cancellationToken);
                message.MarkSent(clock.GetUtcNow(), file);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail {MessageId} to {To} failed (attempt {Attempt})", message.Id, message.ToAddress, message.Attempts + 1);
                message.MarkFailed(clock.GetUtcNow(), ex.Message);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return due.Count;
    }
}

/// <summary>Lets a committing feature wake the dispatcher instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { /* already awake */ }
        }
    }

    /// <summary>True when a wake is waiting for the dispatcher (for tests).</summary>
    public bool IsAwake => _signal.CurrentCount > 0;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try { await _signal.WaitAsync(timeout, cancellationToken); }
        catch (OperationCanceledException) { /* stopping */ }
    }
}
