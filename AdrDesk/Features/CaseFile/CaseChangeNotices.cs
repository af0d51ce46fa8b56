using System.Threading.Channels;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// Issue 6 items 5/6: the parties hear of every committed change that concerns them, whichever feature made it
/// (workbench, mediation, desk, the due-work timer), not only of what the case file does itself. Every change
/// of a case appends to the audit trail in its own transaction, so the trail is the durable list of changes:
/// this service follows it with a cursor (<see cref="AuditOrder"/>: the trail's rowid on SQLite, which hands them out in
/// commit order because writers are serialised; the commit-ordered "NoticeOrder" on PostgreSQL) and, per entry of an action in <see cref="Notified"/>, adds the in-app notification,
/// the mail in the procedure language and, for a paper party (D21), the letter in the print queue, together
/// with the cursor's step in one transaction: each change is noticed once, also after a crash or restart.
/// What the changing feature already sent itself in its own transaction (the case file's notices, the
/// workbench's letter mailed with its document) is not sent again; a paper party's letter encloses the
/// document the change issued. A case event wakes it at once; a slow timer catches events of other servers.
/// </summary>
public sealed class CaseChangeNotices(
    IDbContextFactory<AdrDbContext> factory, CaseStore store, CaseNotifier notifier, IDocumentStore documents, ICaseEventBus bus,
    OutboxSignal outbox, ILogger<CaseChangeNotices> logger) : BackgroundService
{
    public const string CursorName = "CaseChangeNotices";

    /// <summary>How far apart the change and what its feature sent for it may be stamped (both from one clock, in one call).</summary>
    private static readonly TimeSpan SameChange = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The actions parties are told of. Not: filing steps (the intake sends the receipt), staff-internal ones (notes,
    /// staff decisions, conflicts), a mediation position before the exchange (M6), deadline entries (the step that
    /// set them is told).
    /// </summary>
    public static readonly IReadOnlySet<string> Notified = new HashSet<string>(StringComparer.Ordinal)
    {
        // binding ruling (workbench, desk, due work; the case file's own are deduplicated)
        nameof(BindingRulingTrigger.Refuse), nameof(BindingRulingTrigger.AssignPanel), nameof(BindingRulingTrigger.Forward),
        nameof(BindingRulingTrigger.RecordResponse), nameof(BindingRulingTrigger.ExpireResponseTerm), nameof(BindingRulingTrigger.RequestInformation),
        nameof(BindingRulingTrigger.AddSubmission), nameof(BindingRulingTrigger.DeclareDossierComplete), nameof(BindingRulingTrigger.ExtendRulingTerm),
        nameof(BindingRulingTrigger.StartRulingPreparation), nameof(BindingRulingTrigger.IssueRuling), nameof(BindingRulingTrigger.ConfirmCompliance),
        nameof(BindingRulingTrigger.SendReminder), nameof(BindingRulingTrigger.DeclareNonCompliance), nameof(BindingRulingTrigger.Close),
        nameof(BindingRulingTrigger.RequestConsent), nameof(BindingRulingTrigger.GiveConsent), nameof(BindingRulingTrigger.DeclineConsent),
        nameof(BindingRulingTrigger.LapseConsent), nameof(BindingRulingTrigger.Withdraw), nameof(BindingRulingTrigger.EndByAgreement),
        nameof(BindingRulingTrigger.Settle),
        // B2B mediation
        nameof(MediationTrigger.RefuseEligibility), nameof(MediationTrigger.AssignMediator), nameof(MediationTrigger.ExchangePositions),
        nameof(MediationTrigger.ScheduleSession), nameof(MediationTrigger.ReachAgreement), nameof(MediationTrigger.ImposeBindingSolution),
        nameof(MediationTrigger.DraftAgreement), nameof(MediationTrigger.Sign), nameof(MediationTrigger.CompleteSignatures),
        // consumer bemiddeling
        nameof(BemiddelingTrigger.DeclareNotQualifying), nameof(BemiddelingTrigger.NotifyParticipant), nameof(BemiddelingTrigger.ResolveDirectly),
        nameof(BemiddelingTrigger.Escalate),
    };

    /// <summary>
    /// Raised after in-app notifications were committed, with the users they are for: the bell re-counts then, since
    /// these notices come after the case event that made the page re-read. Handlers must only queue their work.
    /// </summary>
    public event Action<IReadOnlySet<Guid>>? NoticesAdded;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(null, _ => { _wake.Writer.TryWrite(true); return Task.CompletedTask; });
        try
        {
            await SetCursorAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Case change notices could not set their cursor");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Case change notices failed; trying again on the next change");
            }
            using var slow = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            slow.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await _wake.Reader.ReadAsync(slow.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    /// <summary>
    /// On the first start of a database: begin after what is already in the trail (seeded demo and volume data,
    /// history of before this feature), so that nobody is told of old changes.
    /// </summary>
    public async Task SetCursorAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<NoticeCursor>().AnyAsync(c => c.Name == CursorName, cancellationToken)) return;
        db.Add(new NoticeCursor { Name = CursorName, Position = await LastRowAsync(db, cancellationToken) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server set it first: theirs stands.
        }
    }

    /// <summary>Handles the next entries after the cursor; returns how many it looked at (0: up to date).</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken = default) =>
        // Issue 17: one server at a time follows the cursor (ClusterWork), or two would tell the same change.
        ClusterWork.AloneAsync(factory, nameof(CaseChangeNotices), () => RunOnceHereAsync(cancellationToken), cancellationToken);

    private async Task<int> RunOnceHereAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var cursor = await db.Set<NoticeCursor>().SingleOrDefaultAsync(c => c.Name == CursorName, cancellationToken);
        if (cursor is null) return 0;
        var next = await NextAsync(db, cursor.Position, 50, cancellationToken);
        if (next.Count == 0) return 0;
        var ids = next.Select(n => n.Id).ToList();
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        var rows = new List<object>();
        var cases = new Dictionary<string, CaseBase?>();
        foreach (var (_, id) in next)
        {
            if (!entries.TryGetValue(id, out var entry) || !Notified.Contains(entry.Action)) continue;
            if (!cases.TryGetValue(entry.CaseNumber, out var @case))
                cases[entry.CaseNumber] = @case = await LoadAsync(entry.CaseNumber, cancellationToken);
            if (@case is null || @case.StateName == nameof(BindingRulingState.DataErased)) continue;
            var already = await AlreadyAsync(db, @case, entry, cancellationToken);
            rows.AddRange(await notifier.RowsAsync(@case, entry.Action, entry.ActorId, already, cancellationToken));
        }
        db.AddRange(rows);
        cursor.Position = next[^1].Position;
        await db.SaveChangesAsync(cancellationToken); // the notices and the cursor's step together
        if (rows.OfType<OutboxMessage>().Any()) outbox.Wake();
        var told = rows.OfType<UserNotification>().Select(n => n.UserId).ToHashSet();
        if (told.Count > 0) NoticesAdded?.Invoke(told);
        return next.Count;
    }

    /// <summary>
    /// What was already sent for this change: by the feature that made it (its own mail or letter, e.g. the workbench's
    /// letter with the document; recognised as not written by <see cref="CaseNotifier"/>) or by the case file's notifier
    /// for the same kind of change in the change's own transaction (same kind, same subject); and the document it issued.
    /// Notices of other, earlier changes within the window are not mistaken for it: they carry another kind and subject.
    /// </summary>
    private async Task<CaseNotifier.AlreadyNotified> AlreadyAsync(AdrDbContext db, CaseBase @case, AuditEntry entry, CancellationToken ct)
    {
        var number = @case.Number.ToString();
        var from = entry.At - SameChange;
        var to = entry.At + SameChange;
        var users = await db.Set<UserNotification>().AsNoTracking()
            .Where(n => n.CaseNumber == number && n.Kind == entry.Action && n.CreatedAt >= from && n.CreatedAt <= to).Select(n => n.UserId).ToListAsync(ct);
        var mails = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.CaseNumber == number && m.CreatedAt >= from && m.CreatedAt <= to).Select(m => new { m.ToAddress, m.Subject }).ToListAsync(ct);
        var letters = await db.Set<PrintQueueEntry>().AsNoTracking()
            .Where(p => p.CaseNumber == number && p.CreatedAt >= from && p.CreatedAt <= to).Select(p => new { p.PartyId, p.Subject, p.DocumentId }).ToListAsync(ct);
        bool Counts(string subject) => !CaseNotifier.IsNotifierSubject(subject, number) || CaseNotifier.IsNotifierSubject(subject, number, entry.Action);
        var issued = (await documents.ListAsync(number, ct)).Where(d => d.CreatedAt >= from && d.CreatedAt <= to).MaxBy(d => d.CreatedAt);
        return new CaseNotifier.AlreadyNotified(
            users.ToHashSet(),
            mails.Where(m => Counts(m.Subject)).Select(m => m.ToAddress.Trim().ToUpperInvariant()).ToHashSet(),
            // A letter counts as this change's only when it encloses this change's document or is the notifier's own for this
            // kind: the D15 letter queued seconds before the ruling is not the ruling's letter (journey c found both parties
            // but one without the ruling by post).
            letters.Where(l => (issued is not null && l.DocumentId == issued.Id) || (CaseNotifier.IsNotifierSubject(l.Subject, number, entry.Action)))
                .Select(l => l.PartyId).ToHashSet(),
            issued?.Id);
    }

    private async Task<CaseBase?> LoadAsync(string text, CancellationToken ct)
    {
        var parsed = CaseNumber.Parse(text);
        if (parsed.IsFailure) return null;
        var number = parsed.Value;
        return number.Scheme switch
        {
            Scheme.BindingRuling => (await store.LoadAsync<BindingRulingCase>(number, ct)) is { IsSuccess: true } b ? b.Value : null,
            Scheme.B2BMediation => (await store.LoadAsync<MediationCase>(number, ct)) is { IsSuccess: true } m ? m.Value : null,
            _ => (await store.LoadAsync<BemiddelingCase>(number, ct)) is { IsSuccess: true } c ? c.Value : null,
        };
    }

    private static Task<long> LastRowAsync(AdrDbContext db, CancellationToken ct) => AuditOrder.LastAsync(db, ct);

    private static Task<List<(long Position, Guid Id)>> NextAsync(AdrDbContext db, long after, int take, CancellationToken ct) =>
        AuditOrder.NextAsync(db, after, take, ct);
}
