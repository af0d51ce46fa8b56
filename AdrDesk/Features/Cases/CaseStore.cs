using System.Runtime.CompilerServices;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Data.Configurations;
using static AdrDesk.Infrastructure.Data.Configurations.CaseMapping;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Loads and saves the case aggregates of every scheme, one DbContext per call. A save writes the
/// case, its pending audit entries (append-only), its summary and participant rows and whatever
/// <c>extra</c> adds (outbox mail) in ONE transaction, guarded by the case's <see cref="CaseBase.Version"/>;
/// only after the commit are the case events published. See docs/persistence.md.
/// </summary>
/// <remarks>
/// The aggregate travels between contexts (loaded in one, changed by a page, saved in another).
/// The store remembers which objects of each aggregate it loaded or saved, so a save knows what
/// is new (INSERT) and what exists (UPDATE) without reloading: records (submissions, decisions…)
/// are immutable and only ever appended; entity classes (parties, deadlines, seats…) are updated whole.
/// </remarks>
public sealed class CaseStore(
    IDbContextFactory<AdrDbContext> factory, ICaseEventBus events, OutboxSignal outbox, TimeProvider clock, ILogger<CaseStore> logger)
{
    private readonly ConditionalWeakTable<CaseBase, HashSet<object>> _persisted = new();

    /// <summary>
    /// Hands out the next number of a scheme and year in its own transaction: unique and never
    /// reused (a number whose case is then not created stays a gap). Prefer
    /// <see cref="CreateAsync{TCase}(Scheme, Func{CaseNumber, Result{TCase}}, Action{AdrDbContext}?, Money?, CancellationToken)"/>,
    /// which allocates in the transaction of the insert.
    /// </summary>
    public async Task<CaseNumber> AllocateNumberAsync(Scheme scheme, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await AllocateAsync(db, scheme, year, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return number;
    }

    /// <summary>
    /// Allocates the next number of <paramref name="scheme"/> for the current Amsterdam year, builds the
    /// case with it (a domain factory such as <c>BindingRulingCase.Draft</c>) and inserts it, all in one
    /// transaction: if the factory fails, nothing is written and the number is not used up.
    /// </summary>
    public async Task<Result<TCase>> CreateAsync<TCase>(
        Scheme scheme, Func<CaseNumber, Result<TCase>> create, Action<AdrDbContext>? extra = null, Money? amountClaimed = null,
        CancellationToken cancellationToken = default)
        where TCase : CaseBase
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await AllocateAsync(db, scheme, AmsterdamCalendar.DateOf(clock.GetUtcNow()).Year, cancellationToken);
        var created = create(number);
        if (created.IsFailure)
        {
            await tx.RollbackAsync(cancellationToken);
            return created;
        }
        await InsertAsync(db, tx, created.Value, extra, amountClaimed, cancellationToken);
        return created;
    }

    /// <summary>Inserts a case built with a number from <see cref="AllocateNumberAsync"/>.</summary>
    public async Task<Result> CreateAsync(
        CaseBase @case, Action<AdrDbContext>? extra = null, Money? amountClaimed = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await InsertAsync(db, tx, @case, extra, amountClaimed, cancellationToken);
        return Result.Success;
    }

    /// <summary>The case with all its children, or <see cref="CaseNotFound"/> (also when it belongs to another scheme).</summary>
    public async Task<Result<TCase>> LoadAsync<TCase>(CaseNumber number, CancellationToken cancellationToken = default)
        where TCase : CaseBase
    {
        if (!SchemeOf<TCase>(number)) return new CaseNotFound(number.ToString());
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Split query: nine child collections in one JOIN would multiply their rows.
        var found = await db.Set<TCase>().AsSplitQuery().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (found is null) return new CaseNotFound(number.ToString());
        Remember(db, found);
        return found;
    }

    /// <summary>
    /// Issue 21: the case with all its children for reading only (the case page's view, read once per revision for every
    /// viewer): not tracked, so no snapshot of every row is kept for a save that never comes; it cannot be saved.
    /// </summary>
    public async Task<Result<TCase>> ReadAsync<TCase>(CaseNumber number, CancellationToken cancellationToken = default)
        where TCase : CaseBase
    {
        if (!SchemeOf<TCase>(number)) return new CaseNotFound(number.ToString());
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await db.Set<TCase>().AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        return found is null ? new CaseNotFound(number.ToString()) : found;
    }

    /// <summary>
    /// Saves a case loaded or created by this store after one or more commands. <paramref name="expectedVersion"/>
    /// is <see cref="CaseBase.Version"/> as it was loaded: if the stored case has moved on, nothing is written and
    /// the result is <see cref="CaseChangedBySomeoneElse"/> (the case keeps its pending audit and events).
    /// <paramref name="extra"/> adds what belongs to the same transaction, e.g. <see cref="OutboxMessage"/>s.
    /// </summary>
    public async Task<Result> SaveAsync(
        CaseBase @case, int expectedVersion, Action<AdrDbContext>? extra = null, CancellationToken cancellationToken = default)
    {
        if (!_persisted.TryGetValue(@case, out var known))
            throw new InvalidOperationException($"Case {@case.Number} was not loaded or created by the CaseStore.");

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        extra?.Invoke(db);
        db.ChangeTracker.DetectChanges();
        // From here every state is set explicitly: the aggregate's graph is attached, not discovered.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Attach(db, @case, known);
        db.Entry(@case).Property(c => c.Version).OriginalValue = expectedVersion;
        await AddAuditAsync(db, @case, isNew: false, cancellationToken);
        await WriteIndexAsync(db, @case, isNew: false, null, cancellationToken);
        var mail = HasNewMail(db);

        try
        {
            if (await StaleOnPostgresAsync(db, @case, expectedVersion, cancellationToken)) throw new DbUpdateConcurrencyException();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(cancellationToken);
            logger.LogInformation("Case {Number} was changed by someone else since version {Version}", @case.Number, expectedVersion);
            return new CaseChangedBySomeoneElse();
        }
        // D24: the transition to DataErased is committed together with the erasure itself.
        // Every scheme's erased state and erasing trigger carry these names (retention, issue 19 item 7).
        var erased = @case.StateName == nameof(BindingRulingState.DataErased)
            && @case.PendingEvents.Any(e => e.Kind == nameof(BindingRulingCase.EraseData));
        if (erased) await PersonalDataEraser.EraseAsync(db, @case, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        if (erased) _persisted.Remove(@case); // its objects still hold the erased data: load again
        else Remember(db, @case);
        await AfterCommitAsync(@case, mail);
        return Result.Success;
    }

    /// <summary>Load, act, save: the common shape of a feature service call.</summary>
    public async Task<Result> UpdateAsync<TCase>(
        CaseNumber number, Func<TCase, Result> act, Action<AdrDbContext>? extra = null, CancellationToken cancellationToken = default)
        where TCase : CaseBase
    {
        var loaded = await LoadAsync<TCase>(number, cancellationToken);
        if (loaded.IsFailure) return loaded.AsResult();
        var version = loaded.Value.Version;
        var acted = act(loaded.Value);
        return acted.IsFailure ? acted : await SaveAsync(loaded.Value, version, extra, cancellationToken);
    }

    private async Task InsertAsync(
        AdrDbContext db, IDbContextTransaction tx, CaseBase @case, Action<AdrDbContext>? extra, Money? amountClaimed, CancellationToken cancellationToken)
    {
        extra?.Invoke(db);
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Attach(db, @case, known: null);
        await AddAuditAsync(db, @case, isNew: true, cancellationToken);
        await WriteIndexAsync(db, @case, isNew: true, amountClaimed, cancellationToken);
        var mail = HasNewMail(db);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        Remember(db, @case);
        await AfterCommitAsync(@case, mail);
    }

    /// <summary>
    /// PostgreSQL runs a save's statements as one batch, so a stale aggregate's new child rows (keyed by case and ordinal)
    /// can fail on their unique key before EF Core sees that the version UPDATE changed nothing; SQLite runs them one by
    /// one and stops at the version. So on PostgreSQL the version is compared first, under the write lock the transaction
    /// took at BEGIN (PostgresWriteLock): no one can change it between this read and the save.
    /// </summary>
    private static async Task<bool> StaleOnPostgresAsync(AdrDbContext db, CaseBase @case, int expectedVersion, CancellationToken ct)
    {
        if (!db.IsPostgres()) return false;
        var table = db.Model.FindEntityType(@case.GetType())?.GetTableName() ?? throw new InvalidOperationException($"{@case.GetType().Name} is not mapped.");
        var sql = "SELECT \"Version\" AS \"Value\" FROM \"" + table + "\" WHERE \"Id\" = {0}";
        var current = await db.Database.SqlQueryRaw<int>(sql, @case.Id).ToListAsync(ct);
        return current.Count == 1 && current[0] != expectedVersion;
    }

    /// <summary>
    /// One statement, so the write lock is taken at once (SQLite: BEGIN IMMEDIATE) and concurrent creators queue. On
    /// PostgreSQL the upsert takes the sequence row's lock (a concurrent creator's INSERT … ON CONFLICT waits for it, then
    /// increments the committed value), so a number is never handed out twice.
    /// </summary>
    private static async Task<CaseNumber> AllocateAsync(AdrDbContext db, Scheme scheme, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "CaseNumberSequences" ("Scheme", "Year", "LastNumber") VALUES (@scheme, @year, 1)
            ON CONFLICT ("Scheme", "Year") DO UPDATE SET "LastNumber" = "CaseNumberSequences"."LastNumber" + 1
            RETURNING "LastNumber"
            """;
        AddParameter(command, "@scheme", scheme.ToString());
        AddParameter(command, "@year", year);
        var next = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var number = CaseNumber.Create(scheme, year, next);
        return number.IsSuccess ? number.Value : throw new InvalidOperationException($"Case numbers of {scheme} {year} are exhausted.");
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// Audits a change a feature keeps in its own tables rather than in the aggregate (a proposed session, an
    /// uploaded document, a verified scan), in the caller's context and transaction, numbered after the case's
    /// entries exactly as a save numbers them. Inside a <see cref="SaveAsync"/> an <c>extra</c> just adds the
    /// <see cref="AuditEntry"/>: the save numbers it before the case's own pending entries.
    /// </summary>
    public static async Task AppendAuditAsync(AdrDbContext db, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var next = await db.Set<AuditEntry>().CountAsync(a => a.CaseId == entry.CaseId, cancellationToken) + AddedAudit(db, entry.CaseId).Count;
        db.Add(entry).Property(AuditEntryConfiguration.SequenceColumn).CurrentValue = next;
    }

    /// <summary><see cref="AppendAuditAsync(AdrDbContext, AuditEntry, CancellationToken)"/> for one actor's change.</summary>
    public static Task AppendAuditAsync(
        AdrDbContext db, Guid caseId, string caseNumber, Actor actor, DateTimeOffset at, string action,
        string? before, string? after, string? detail, CancellationToken cancellationToken = default) =>
        AppendAuditAsync(db, new AuditEntry(Guid.NewGuid(), caseId, caseNumber, actor.UserId, actor.DisplayName, actor.Role, at, action, before, after, detail,
            actor.ForName), cancellationToken);

    private static List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AuditEntry>> AddedAudit(AdrDbContext db, Guid caseId) =>
        db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.CaseId == caseId).ToList();

    /// <summary>Appends the pending audit entries, numbered after the ones the case already has (and any an extra added).</summary>
    private static async Task AddAuditAsync(AdrDbContext db, CaseBase @case, bool isNew, CancellationToken cancellationToken)
    {
        var next = isNew ? 0 : await db.Set<AuditEntry>().CountAsync(a => a.CaseId == @case.Id, cancellationToken);
        foreach (var added in AddedAudit(db, @case.Id))
        {
            added.Property(AuditEntryConfiguration.SequenceColumn).CurrentValue = next++;
        }
        foreach (var entry in @case.PendingAudit)
        {
            db.Add(entry).Property(AuditEntryConfiguration.SequenceColumn).CurrentValue = next++;
        }
    }

    private async Task WriteIndexAsync(AdrDbContext db, CaseBase @case, bool isNew, Money? amountClaimed, CancellationToken cancellationToken)
    {
        var summary = isNew ? null : await db.Set<CaseSummary>().FindAsync([@case.Id], cancellationToken);
        if (summary is null)
        {
            summary = new CaseSummary { AmountClaimed = amountClaimed?.Amount };
            CaseIndexer.Apply(summary, @case, clock.GetUtcNow());
            db.Add(summary);
        }
        else
        {
            CaseIndexer.Apply(summary, @case, clock.GetUtcNow());
            db.Entry(summary).State = EntityState.Modified;
            await db.Set<CaseParticipant>().Where(p => p.CaseId == @case.Id).ExecuteDeleteAsync(cancellationToken);
        }
        db.AddRange(CaseIndexer.Participants(@case));
    }

    private static bool HasNewMail(AdrDbContext db) =>
        db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    private async Task AfterCommitAsync(CaseBase @case, bool mail)
    {
        var committed = @case.PendingEvents.ToList();
        @case.ClearPending();
        if (mail) outbox.Wake();
        await events.PublishAsync(committed);
    }

    /// <summary>Everything of this aggregate that is now in the database, by reference.</summary>
    private void Remember(AdrDbContext db, CaseBase @case)
    {
        var known = _persisted.GetValue(@case, _ => new HashSet<object>(ReferenceEqualityComparer.Instance));
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Metadata.IsOwned() || ReferenceEquals(entry.Entity, @case)) known.Add(entry.Entity);
        }
    }

    /// <summary>
    /// Tracks the aggregate's graph with explicit states: what the store has not seen is new (INSERT),
    /// a known entity class is updated whole, a known record is immutable and left alone (with what
    /// hangs below it). Each child gets its list position as the second half of its key.
    /// </summary>
    private static void Attach(AdrDbContext db, CaseBase @case, HashSet<object>? known) =>
        db.ChangeTracker.TrackGraph(@case, node =>
        {
            var entity = node.Entry.Entity;
            if (node.InboundNavigation is { IsCollection: true } navigation)
            {
                var siblings = (System.Collections.IEnumerable)node.SourceEntry!.Collection(navigation.Name).CurrentValue!;
                node.Entry.Property(OrdinalColumn).CurrentValue = IndexOf(siblings, entity);
            }
            if (known is null || !known.Contains(entity))
            {
                node.Entry.State = EntityState.Added;
            }
            else if (!IsImmutableRecord(entity.GetType()))
            {
                node.Entry.State = EntityState.Modified;
            }
        });

    private static int IndexOf(System.Collections.IEnumerable items, object item)
    {
        var index = 0;
        foreach (var candidate in items)
        {
            if (ReferenceEquals(candidate, item)) return index;
            index++;
        }
        throw new InvalidOperationException("A child is not in its parent's list.");
    }

    private static bool IsImmutableRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool SchemeOf<TCase>(CaseNumber number) => number.Scheme switch
    {
        Scheme.BindingRuling => typeof(TCase) == typeof(BindingRulingCase),
        Scheme.B2BMediation => typeof(TCase) == typeof(Domain.Mediation.MediationCase),
        Scheme.ConsumerBemiddeling => typeof(TCase) == typeof(Domain.Bemiddeling.BemiddelingCase),
        _ => false,
    };
}
