using System.Security.Claims;
using System.Text.Json;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Workbench;

public enum WorkbenchSort
{
    /// <summary>Urgent first: the nearest deadline, cases without one last.</summary>
    Deadline,
    Number,
    State,
    Webshop,
    Amount,
    Language,
}

/// <summary>What the assessor's grid asks for; a saved filter stores it as JSON.</summary>
public sealed record WorkbenchQuery
{
    public string? State { get; init; }
    public bool OpenOnly { get; init; } = true;
    public Scheme? Scheme { get; init; }
    public Language? Language { get; init; }
    public string? Webshop { get; init; }
    public decimal? AmountFrom { get; init; }
    public decimal? AmountTo { get; init; }
    /// <summary>Only cases whose next deadline falls within this many days (overdue included).</summary>
    public int? DueWithinDays { get; init; }
    public WorkbenchSort Sort { get; init; } = WorkbenchSort.Deadline;
    public bool Descending { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
    public static WorkbenchQuery FromJson(string json) => JsonSerializer.Deserialize<WorkbenchQuery>(json, JsonOptions) ?? new();
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>What the grid shows of a case, nothing more: a circuit keeps its page of rows (issue 9).</summary>
public sealed record WorkbenchRow(
    string Number, Scheme Scheme, string State, DateTimeOffset? NextDeadlineAt, DeadlineKind? NextDeadlineKind, int? DaysLeft,
    string? WebshopName, decimal? Amount, Language? Language, bool IsRapporteur);

/// <summary>
/// What the grid's table (WorkbenchTable, MudTable ServerData) asks of the grid: the count once per filter and one page
/// of rows, sorted and paged in SQL (WorkbenchGrid). An interface so component tests can watch what the table asks.
/// </summary>
public interface IWorkbenchRows
{
    Task<Result<int>> CountAsync(ClaimsPrincipal user, WorkbenchQuery query, CancellationToken ct = default);
    Task<Result<IReadOnlyList<WorkbenchRow>>> RowsAsync(ClaimsPrincipal user, WorkbenchQuery query, int skip, int take, CancellationToken ct = default);
}

public sealed record WorkbenchPage(IReadOnlyList<WorkbenchRow> Rows, int Count);

/// <summary>
/// Issue 7 item 2: the assessor's "my cases", paged, sorted and filtered in SQL over the CaseSummaries
/// table. The assessor restriction is part of the query (a case where the caller holds a current panel
/// seat, from CaseParticipants), not a filter on the page. Desk staff see every case.
/// </summary>
public sealed class WorkbenchGrid(IDbContextFactory<AdrDbContext> factory, TimeProvider clock) : IWorkbenchRows
{
    /// <summary>States in which a case has ended: "open only" leaves them out.</summary>
    public static readonly string[] EndedStates = ["Refused", "Withdrawn", "Settled", "Closed", "DataErased", "Complied", "NonCompliance", "Ineligible"];

    /// <summary>One page and the count of the filter (a first load, a new filter).</summary>
    public async Task<Result<WorkbenchPage>> PageAsync(ClaimsPrincipal user, WorkbenchQuery query, int skip, int take, CancellationToken ct = default)
    {
        var count = await CountAsync(user, query, ct);
        if (count.IsFailure) return count.Error!;
        var rows = await RowsAsync(user, query, skip, take, ct);
        return rows.IsFailure ? rows.Error! : new WorkbenchPage(rows.Value, count.Value);
    }

    /// <summary>
    /// How many cases the filter holds. Asked only when the filter changes: paging and sorting do not change it, and
    /// the count is the costlier half of a page (every seat of the assessor is looked at).
    /// </summary>
    public async Task<Result<int>> CountAsync(ClaimsPrincipal user, WorkbenchQuery query, CancellationToken ct = default)
    {
        if (Caller(user) is not { } actor) return new WorkbenchNotAllowed();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Filter(Mine(db, actor), query, clock.GetUtcNow(), db.IsPostgres()).CountAsync(ct);
    }

    /// <summary>
    /// One page of rows. The page's keys are chosen first from the covering index IX_CaseSummaries_WorkbenchGrid
    /// (filter and sort never read the table), and only those rows are then read whole ("late row lookup"): otherwise
    /// SQLite reads every matching row of the table before it sorts them.
    /// </summary>
    public async Task<Result<IReadOnlyList<WorkbenchRow>>> RowsAsync(ClaimsPrincipal user, WorkbenchQuery query, int skip, int take, CancellationToken ct = default)
    {
        if (Caller(user) is not { } actor) return new WorkbenchNotAllowed();
        take = Math.Clamp(take, 1, 200);
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = Sort(Filter(Mine(db, actor), query, clock.GetUtcNow(), db.IsPostgres()), query).Skip(Math.Max(0, skip)).Take(take).Select(s => s.CaseId);
        var page = await Sort(db.Set<CaseSummary>().AsNoTracking().Where(s => keys.Contains(s.CaseId)), query)
            .Select(s => new { s.Number, s.Scheme, s.State, s.NextDeadlineAt, s.NextDeadlineKind, s.WebshopName, s.AmountClaimed, s.ProcedureLanguage, s.AssessorId })
            .ToListAsync(ct);
        // Days left: the Amsterdam calendar in .NET for the page's rows only; it sorts exactly like the deadline, so the
        // grid sorts on the indexed deadline column and never on a computed one.
        var today = AmsterdamCalendar.DateOf(clock.GetUtcNow());
        return page.Select(s => new WorkbenchRow(
            s.Number, s.Scheme, s.State, s.NextDeadlineAt, s.NextDeadlineKind,
            s.NextDeadlineAt is { } due ? AmsterdamCalendar.DaysBetween(today, AmsterdamCalendar.DateOf(due)) : null,
            s.WebshopName, s.AmountClaimed, s.ProcedureLanguage, s.AssessorId == actor.UserId)).ToList();
    }

    private static Actor? Caller(ClaimsPrincipal user) =>
        CaseAccess.HasConfirmedAddress(user) && CaseAccess.ActorOf(user) is { Role: Role.Assessor or Role.CaseManager or Role.Admin } actor ? actor : null;

    /// <summary>The summaries this actor works on: an assessor only the cases with a current seat (CaseParticipants).</summary>
    public static IQueryable<CaseSummary> Mine(AdrDbContext db, Actor actor)
    {
        var summaries = db.Set<CaseSummary>().AsNoTracking();
        if (actor.Role != Role.Assessor) return summaries;
        var me = actor.UserId;
        // IN (the caller's seats), not a correlated EXISTS: SQLite then starts from the caller's few thousand
        // participant rows (index on UserId) and looks each summary up by key, instead of probing per summary.
        var seats = db.Set<CaseParticipant>().Where(p => p.UserId == me && p.Relation == CaseRelation.Assessor).Select(p => p.CaseId);
        return summaries.Where(s => seats.Contains(s.CaseId));
    }

    /// <param name="postgres">PostgreSQL's LIKE is case-sensitive where SQLite's is not (ASCII): there the webshop filter uses ILIKE.</param>
    public static IQueryable<CaseSummary> Filter(IQueryable<CaseSummary> rows, WorkbenchQuery q, DateTimeOffset now, bool postgres = false)
    {
        if (!string.IsNullOrWhiteSpace(q.State)) rows = rows.Where(s => s.State == q.State);
        else if (q.OpenOnly) rows = rows.Where(s => !EndedStates.Contains(s.State));
        if (q.Scheme is { } scheme) rows = rows.Where(s => s.Scheme == scheme);
        if (q.Language is { } language) rows = rows.Where(s => s.ProcedureLanguage == language);
        if (!string.IsNullOrWhiteSpace(q.Webshop))
        {
            var pattern = "%" + q.Webshop.Trim().Replace("%", "").Replace("_", "") + "%";
            rows = postgres
                ? rows.Where(s => EF.Functions.ILike(s.WebshopName!, pattern))
                : rows.Where(s => EF.Functions.Like(s.WebshopName!, pattern));
        }
        if (q.AmountFrom is { } from) rows = rows.Where(s => s.AmountClaimed >= from);
        if (q.AmountTo is { } to) rows = rows.Where(s => s.AmountClaimed <= to);
        if (q.DueWithinDays is { } days)
        {
            var until = AmsterdamCalendar.EndOfDay(AmsterdamCalendar.DateOf(now).AddDays(days));
            rows = rows.Where(s => s.NextDeadlineAt != null && s.NextDeadlineAt <= until);
        }
        return rows;
    }

    public static IQueryable<CaseSummary> Sort(IQueryable<CaseSummary> rows, WorkbenchQuery q) => (q.Sort, q.Descending) switch
    {
        (WorkbenchSort.Number, false) => rows.OrderBy(s => s.Number),
        (WorkbenchSort.Number, true) => rows.OrderByDescending(s => s.Number),
        (WorkbenchSort.State, false) => rows.OrderBy(s => s.State).ThenBy(s => s.NextDeadlineAt),
        (WorkbenchSort.State, true) => rows.OrderByDescending(s => s.State).ThenBy(s => s.NextDeadlineAt),
        (WorkbenchSort.Webshop, false) => rows.OrderBy(s => s.WebshopName).ThenBy(s => s.Number),
        (WorkbenchSort.Webshop, true) => rows.OrderByDescending(s => s.WebshopName).ThenBy(s => s.Number),
        (WorkbenchSort.Amount, false) => rows.OrderBy(s => s.AmountClaimed).ThenBy(s => s.Number),
        (WorkbenchSort.Amount, true) => rows.OrderByDescending(s => s.AmountClaimed).ThenBy(s => s.Number),
        (WorkbenchSort.Language, false) => rows.OrderBy(s => s.ProcedureLanguage).ThenBy(s => s.NextDeadlineAt),
        (WorkbenchSort.Language, true) => rows.OrderByDescending(s => s.ProcedureLanguage).ThenBy(s => s.NextDeadlineAt),
        (_, true) => rows.OrderByDescending(s => s.NextDeadlineAt).ThenBy(s => s.Number),
        // Urgent first; cases without a running term after those with one.
        _ => rows.OrderBy(s => s.NextDeadlineAt == null).ThenBy(s => s.NextDeadlineAt).ThenBy(s => s.Number),
    };

    public async Task<IReadOnlyList<SavedGridFilter>> SavedFiltersAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { } actor) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<SavedGridFilter>().AsNoTracking().Where(f => f.UserId == actor.UserId).OrderBy(f => f.Name).ToListAsync(ct);
    }

    /// <summary>Saves (or replaces) a named filter of the caller.</summary>
    public async Task<Result> SaveFilterAsync(ClaimsPrincipal user, string name, WorkbenchQuery query, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { } actor) return new WorkbenchNotAllowed();
        if (string.IsNullOrWhiteSpace(name)) return new TextRequired("name");
        await using var db = await factory.CreateDbContextAsync(ct);
        var trimmed = name.Trim();
        await db.Set<SavedGridFilter>().Where(f => f.UserId == actor.UserId && f.Name == trimmed).ExecuteDeleteAsync(ct);
        db.Add(SavedGridFilter.Create(actor.UserId, trimmed, query.ToJson(), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    public async Task<Result> DeleteFilterAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { } actor) return new WorkbenchNotAllowed();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<SavedGridFilter>().Where(f => f.Id == id && f.UserId == actor.UserId).ExecuteDeleteAsync(ct);
        return Result.Success;
    }
}
