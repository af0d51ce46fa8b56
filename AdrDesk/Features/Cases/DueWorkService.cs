using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Features.Cases;

/// <summary>Configuration section "DueWork".</summary>
public sealed class DueWorkOptions
{
    public const string Section = "DueWork";

    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Off in tests that drive <see cref="DueWorkService.RunOnceAsync"/> themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Cases handled per round at most; the rest follow in the next round.</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// Issue 3 item 5: finds what fell due (D12 overdue response, D9/D25g lapsed consent, D18 reminder,
/// D24 retention) with an indexed query on the deadline tables, and acts through the domain's
/// <see cref="DueWork.Act"/> as <c>Actor.System</c>, saving through the <see cref="CaseStore"/>.
/// Idempotent: an item is only found in a state its action leaves, so a second round (or a second
/// server, or a round after a restart) finds nothing; a case someone else saved meanwhile is skipped
/// and looked at again next round.
/// </summary>
public sealed class DueWorkService(
    CaseStore store, IDbContextFactory<AdrDbContext> factory, IEnumerable<IRefusalLetters> refusalLetters, TimeProvider clock, IOptions<DueWorkOptions> options, ILogger<DueWorkService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Period, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Due-work round failed; trying again next round");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One round: returns how many due items were acted on.</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken = default) =>
        // Issue 17: one server at a time (ClusterWork); the case version checks already refuse a second act on a case.
        ClusterWork.AloneAsync(factory, nameof(DueWorkService), () => RunOnceHereAsync(cancellationToken), cancellationToken);

    private async Task<int> RunOnceHereAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<CaseNumber> candidates;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            candidates = await Candidates(db, now).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        }

        var acted = 0;
        foreach (var number in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            acted += await ActOnAsync(number, cancellationToken);
        }
        acted += await StartMissingRetentionAsync<MediationCase>(
            db => db.Set<MediationCase>().Where(c => MediationTransitions.Ended.Contains(c.State)), MediationTransitions.Ended.Select(s => s.ToString()).ToArray(),
            (c, endedAt) => c.StartRetentionAfterTheFact(Actor.System, endedAt, clock), cancellationToken);
        acted += await StartMissingRetentionAsync<BemiddelingCase>(
            db => db.Set<BemiddelingCase>().Where(c => c.State == BemiddelingState.Closed), [nameof(BemiddelingState.Closed)],
            (c, closedAt) => c.StartRetentionAfterTheFact(Actor.System, closedAt, clock), cancellationToken);
        acted += await EraseAfterRetentionAsync<MediationCase>(now, cancellationToken);
        acted += await EraseAfterRetentionAsync<BemiddelingCase>(now, cancellationToken);
        if (acted > 0) logger.LogInformation("Due work: {Count} item(s) acted on", acted);
        return acted;
    }

    private async Task<int> ActOnAsync(CaseNumber number, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync<BindingRulingCase>(number, cancellationToken);
        if (loaded.IsFailure) return 0;
        var @case = loaded.Value;
        var version = @case.Version;
        var acted = 0;
        // The domain decides; the query only narrowed the search.
        foreach (var item in DueWork.Find([@case], clock.GetUtcNow()))
        {
            var result = DueWork.Act(item, @case, clock);
            if (result.IsSuccess) acted++;
            else logger.LogWarning("Due work {Kind} on {Case}: {Error}", item.Kind, number, result.Error!.Code);
        }
        if (acted == 0) return 0;
        Action<AdrDbContext>? letter = null;
        // D26: a lapsed consent (D25g) is told with its reasons, like every refusal.
        if (@case.State == S.Refused && refusalLetters.FirstOrDefault() is { } letters)
        {
            var issued = await letters.IssueAsync(@case, Actor.System, cancellationToken);
            if (issued.IsFailure) { logger.LogWarning("Refusal letter for {Case}: {Error}", number, issued.Error!.Code); return 0; }
            letter = issued.Value.AddTo;
        }
        var saved = await store.SaveAsync(@case, version, letter, cancellationToken);
        if (saved.IsSuccess) return acted;
        logger.LogInformation("Due work on {Case} skipped: {Error}; next round", number, saved.Error!.Code);
        return 0;
    }

    /// <summary>
    /// Issue 19 item 7: a mediation or bemiddeling that ended before retention terms existed has no retention deadline and
    /// would never be erased. It gets its term once, counted from when it ended: the first audit entry that moved it into an
    /// end state, else the case index's end date (or its last change). Idempotent: a case that has (or had) a retention
    /// term is not found again, and the domain refuses a second one (<see cref="NoRetentionToStart"/>).
    /// </summary>
    private async Task<int> StartMissingRetentionAsync<TCase>(
        Func<AdrDbContext, IQueryable<TCase>> ended, string[] endStates, Func<TCase, DateTimeOffset, Result> start, CancellationToken cancellationToken)
        where TCase : CaseBase
    {
        List<(CaseNumber Number, DateTimeOffset EndedAt)> missing = [];
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var numbers = await ended(db).AsNoTracking().Where(c => !c.Deadlines.Any(d => d.Kind == DeadlineKind.Retention))
                .Select(c => c.Number).OrderBy(n => n).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
            foreach (var number in numbers)
            {
                var text = number.ToString();
                var fromAudit = await db.Set<AuditEntry>()
                    .Where(a => a.CaseNumber == text && a.After != null && endStates.Contains(a.After) && !a.Action.StartsWith("Deadline"))
                    .OrderBy(a => a.At).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(cancellationToken);
                var summary = await db.Set<CaseSummary>().Where(x => x.Number == text)
                    .Select(x => new { x.EndedAt, x.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
                if ((fromAudit ?? summary?.EndedAt ?? summary?.UpdatedAt) is { } endedAt) missing.Add((number, endedAt));
            }
        }
        var started = 0;
        foreach (var (number, endedAt) in missing)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var saved = await store.UpdateAsync<TCase>(number, c => start(c, endedAt), null, cancellationToken);
            if (saved.IsSuccess)
            {
                started++;
                logger.LogInformation("Retention of {Case} started after the fact, from {EndedAt:O}", number, endedAt);
            }
            else logger.LogInformation("Retention of {Case} not started: {Error}; next round", number, saved.Error!.Code);
        }
        return started;
    }

    /// <summary>
    /// Retention of the other schemes (issue 19 item 7): a mediation or bemiddeling whose retention term has passed is
    /// erased through its own <c>EraseData</c> transition, saved by the <see cref="CaseStore"/>, which erases the data in
    /// the same transaction (<see cref="PersonalDataEraser"/>) and leaves the files to <see cref="ErasedCaseFiles"/>.
    /// </summary>
    private async Task<int> EraseAfterRetentionAsync<TCase>(DateTimeOffset now, CancellationToken cancellationToken) where TCase : CaseBase
    {
        List<CaseNumber> due;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Set<TCase>().AsNoTracking()
                .SelectMany(c => c.Deadlines, (c, d) => new { c.Number, d.Kind, d.Status, d.DueAt })
                .Where(x => x.Kind == DeadlineKind.Retention && (x.Status == DeadlineStatus.Running || x.Status == DeadlineStatus.Extended) && x.DueAt <= now)
                .Select(x => x.Number).Distinct().OrderBy(n => n).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        }
        var acted = 0;
        foreach (var number in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var erased = await store.UpdateAsync<TCase>(number, c => DueWork.EraseAfterRetention(c, clock), null, cancellationToken);
            if (erased.IsSuccess) acted++;
            else logger.LogInformation("Retention erasure of {Case} skipped: {Error}; next round", number, erased.Error!.Code);
        }
        return acted;
    }

    /// <summary>
    /// Numbers of cases with an open deadline of a due-work kind that has passed, in the state where it
    /// is due work. Driven by the (Status, DueAt) index of the deadline table, then the case's primary key.
    /// </summary>
    internal static IQueryable<CaseNumber> Candidates(AdrDbContext db, DateTimeOffset now) =>
        db.Set<BindingRulingCase>().AsNoTracking()
            .SelectMany(c => c.Deadlines, (c, d) => new { c.Number, c.State, d.Kind, d.Status, d.DueAt })
            .Where(x => (x.Status == DeadlineStatus.Running || x.Status == DeadlineStatus.Extended) && x.DueAt <= now)
            .Where(x => (x.Kind == DeadlineKind.Response && x.State == S.ForwardedToRespondent)
                || (x.Kind == DeadlineKind.Consent && x.State == S.AwaitingConsent)
                || (x.Kind == DeadlineKind.Compliance && x.State == S.CompliancePeriod)
                || (x.Kind == DeadlineKind.Retention && (x.State == S.Refused || x.State == S.Withdrawn || x.State == S.Settled || x.State == S.Closed)))
            .Select(x => x.Number)
            .Distinct()
            // A stable order, so that a batch smaller than the backlog is the same set on every server.
            .OrderBy(n => n);

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
