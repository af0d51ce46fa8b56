using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Infrastructure.Mail;

/// <summary>
/// Issue 21: wakes the <see cref="OutboxDispatcher"/> when a mail is committed, whichever feature added it, so the
/// dispatcher no longer polls the outbox every 2 seconds to find it (the largest item of AdrDesk's CPU with nobody
/// signed in, once the rate limiters' timers were gone). A save that adds an <see cref="OutboxMessage"/> wakes it at
/// once; inside an explicit transaction, at the commit (a wake before it would find nothing and sleep again).
/// </summary>
public sealed class OutboxWake
{
    private readonly OutboxSignal _signal;
    // The contexts whose transaction holds an added mail, until it commits or rolls back.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public OutboxWake(OutboxSignal signal)
    {
        _signal = signal;
        Saves = new SaveInterceptor(this);
        Transactions = new TransactionInterceptor(this);
    }

    /// <summary>The two interceptors to add to the contexts' options.</summary>
    public SaveInterceptor Saves { get; }
    public TransactionInterceptor Transactions { get; }

    private void Saving(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State != EntityState.Added) continue;
            _pending.AddOrUpdate(context, this);
            return;
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _)) return;
        if (context.Database.CurrentTransaction is not null) return; // woken at the commit
        _pending.Remove(context);
        _signal.Wake();
    }

    private void Ended(DbContext? context, bool committed)
    {
        if (context is null || !_pending.Remove(context)) return;
        if (committed) _signal.Wake();
    }

    public sealed class SaveInterceptor(OutboxWake wake) : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            wake.Saving(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            wake.Saving(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            wake.Saved(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            wake.Saved(eventData.Context);
            return ValueTask.FromResult(result);
        }
    }

    public sealed class TransactionInterceptor(OutboxWake wake) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => wake.Ended(eventData.Context, committed: true);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            wake.Ended(eventData.Context, committed: true);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => wake.Ended(eventData.Context, committed: false);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            wake.Ended(eventData.Context, committed: false);
            return Task.CompletedTask;
        }
    }
}
