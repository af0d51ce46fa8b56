using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.Invitations;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using DomainRefusal = AdrDesk.Domain.BindingRuling.RefusalReason;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Workbench;

public sealed record DeskQueueRow(
    string Number, string State, DateTimeOffset? FiledAt, DateTimeOffset? NextDeadlineAt, string? NextDeadlineKind,
    string? ConsumerName, string? WebshopName, decimal? Amount, Language? Language, string? AssessorName, bool ChallengePending);

/// <summary>The sections of the desk queue (issue 7): what a case waits for the desk to do.</summary>
public enum DeskQueueKind { Screen, Challenges, Subscription, Consent }

/// <summary>The columns the desk queue sorts on (in SQL); Deadline is urgent first.</summary>
public enum DeskQueueSort { Deadline, Number, State, Filed, Consumer, Webshop, Amount, Assessor }

/// <summary>What one table of the desk queue asks for: its section, the desk's search (number, consumer or webshop) and its sort.</summary>
public sealed record DeskQueueQuery(DeskQueueKind Kind, string? Search = null, DeskQueueSort Sort = DeskQueueSort.Deadline, bool Descending = false);

/// <summary>How many cases wait in each section of the desk queue.</summary>
public sealed record DeskQueueCounts(int Screen, int Challenges, int Subscription, int Consent)
{
    public int Of(DeskQueueKind kind) => kind switch
    {
        DeskQueueKind.Challenges => Challenges,
        DeskQueueKind.Subscription => Subscription,
        DeskQueueKind.Consent => Consent,
        _ => Screen,
    };
}

/// <summary>What the desk queue's tables (DeskQueueSection, MudTable ServerData) ask: an interface so component tests can fake it.</summary>
public interface IDeskQueueRows
{
    Task<Result<DeskQueueCounts>> QueueCountsAsync(ClaimsPrincipal user, string? search = null, CancellationToken ct = default);
    Task<Result<IReadOnlyList<DeskQueueRow>>> QueueRowsAsync(ClaimsPrincipal user, DeskQueueQuery query, int skip, int take, CancellationToken ct = default);
}

/// <summary>An assessor the desk may seat (D10), with the open cases they carry and the conflicts they declared (Directive art. 6).</summary>
public sealed record AssessorChoice(Guid Id, string Name, int OpenCases, IReadOnlyList<string> Conflicts);

/// <summary>A refusal ground the desk chose with its written reason (D26).</summary>
public sealed record RefusalInput(string RuleId, string Reason);

/// <summary>What the desk sees of one filing: the case, the automatic checks, the register entry, the candidates for the panel.</summary>
public sealed record ScreeningView(
    WorkedCase Worked, ScreeningReport Report, decimal? AmountClaimed, IReadOnlyList<AssessorChoice> Assessors)
{
    public Organisation? Webshop => Report.Webshop;
}

/// <summary>
/// Issue 7 item 1: the desk's queue and its decisions on a filing: screening (D25 with the automatic
/// result, D26 refusal letter within the 3-week term of Directive art. 5(4)), D5 subscription, D10 panel,
/// D11 wraking, D23 deposit. Every method: desk staff only, through CaseStore (audit, events).
/// </summary>
public sealed class DeskService(
    IDbContextFactory<AdrDbContext> factory, WorkbenchCases cases, IFilingScreening screening, TimeProvider clock) : IDeskQueueRows
{
    /// <summary>States in which a filing waits for the desk.</summary>
    public static readonly string[] IntakeStates = ["Filed", "Screening", "AwaitingSubscription", "AwaitingConsent"];

    /// <summary>How many cases each section of the queue holds: one grouped count over the intake states, one for the wrakingen.</summary>
    public async Task<Result<DeskQueueCounts>> QueueCountsAsync(ClaimsPrincipal user, string? search = null, CancellationToken ct = default)
    {
        if (!IsDeskStaff(user)) return new DeskStaffOnly();
        await using var db = await factory.CreateDbContextAsync(ct);
        var byState = await Matching(db, db.Set<CaseSummary>().AsNoTracking(), search)
            .Where(s => IntakeStates.Contains(s.State))
            .GroupBy(s => s.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var challenges = await Section(db, new DeskQueueQuery(DeskQueueKind.Challenges, search)).CountAsync(ct);
        int Of(params string[] states) => byState.Where(x => states.Contains(x.State)).Sum(x => x.Count);
        return new DeskQueueCounts(Of(ScreenStates), challenges, Of("AwaitingSubscription"), Of("AwaitingConsent"));
    }

    /// <summary>
    /// One page of one section, sorted and paged in SQL (issue 16: no cut-off at 500 rows, the whole queue reachable);
    /// urgent first unless the desk sorts otherwise. Whether a row's case has a wraking pending is read for the page's rows only.
    /// </summary>
    public async Task<Result<IReadOnlyList<DeskQueueRow>>> QueueRowsAsync(ClaimsPrincipal user, DeskQueueQuery query, int skip, int take, CancellationToken ct = default)
    {
        if (!IsDeskStaff(user)) return new DeskStaffOnly();
        take = Math.Clamp(take, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct);
        var page = await Sorted(Section(db, query), query.Sort, query.Descending).Skip(Math.Max(0, skip)).Take(take)
            .Select(s => new { s.CaseId, s.Number, s.State, s.FiledAt, s.NextDeadlineAt, s.NextDeadlineKind, s.ConsumerName, s.WebshopName,
                s.AmountClaimed, s.ProcedureLanguage, s.AssessorName })
            .ToListAsync(ct);
        var ids = page.Select(s => s.CaseId).ToList();
        var challenged = await Challenged(db).Where(id => ids.Contains(id)).ToListAsync(ct);
        return page.Select(s => new DeskQueueRow(s.Number, s.State, s.FiledAt, s.NextDeadlineAt, s.NextDeadlineKind?.ToString(),
            s.ConsumerName, s.WebshopName, s.AmountClaimed, s.ProcedureLanguage, s.AssessorName, challenged.Contains(s.CaseId))).ToList();
    }

    /// <summary>Filings the desk screens: new (D25) or in screening.</summary>
    private static readonly string[] ScreenStates = ["Filed", "Screening"];

    private static bool IsDeskStaff(ClaimsPrincipal user) => CaseAccess.ActorOf(user) is { Role: Role.CaseManager or Role.Admin };

    /// <summary>Cases with a wraking (D11) the desk has not decided.</summary>
    private static IQueryable<Guid> Challenged(AdrDbContext db) =>
        db.Set<BindingRulingCase>().AsNoTracking().Where(c => c.Challenges.Any(x => x.Outcome == ChallengeOutcome.Pending)).Select(c => c.Id);

    private static IQueryable<CaseSummary> Section(AdrDbContext db, DeskQueueQuery query)
    {
        var summaries = Matching(db, db.Set<CaseSummary>().AsNoTracking(), query.Search);
        var challenged = Challenged(db); // a subquery (IN), not a list of ids fetched first
        return query.Kind switch
        {
            DeskQueueKind.Challenges => summaries.Where(s => challenged.Contains(s.CaseId)),
            DeskQueueKind.Subscription => summaries.Where(s => s.State == "AwaitingSubscription"),
            DeskQueueKind.Consent => summaries.Where(s => s.State == "AwaitingConsent"),
            _ => summaries.Where(s => ScreenStates.Contains(s.State)),
        };
    }

    /// <summary>The desk's search: part of the case number, the consumer's or the webshop's name (PostgreSQL: ILIKE, as SQLite's LIKE ignores case).</summary>
    private static IQueryable<CaseSummary> Matching(AdrDbContext db, IQueryable<CaseSummary> rows, string? search)
    {
        if (string.IsNullOrWhiteSpace(search)) return rows;
        var pattern = "%" + search.Trim().Replace("%", "").Replace("_", "") + "%";
        return db.IsPostgres()
            ? rows.Where(s => EF.Functions.ILike(s.Number, pattern) || EF.Functions.ILike(s.ConsumerName!, pattern) || EF.Functions.ILike(s.WebshopName!, pattern))
            : rows.Where(s => EF.Functions.Like(s.Number, pattern) || EF.Functions.Like(s.ConsumerName!, pattern) || EF.Functions.Like(s.WebshopName!, pattern));
    }

    /// <summary>Every sort ends on the number, so a page boundary never moves between two loads.</summary>
    private static IQueryable<CaseSummary> Sorted(IQueryable<CaseSummary> rows, DeskQueueSort sort, bool descending) => (sort, descending) switch
    {
        (DeskQueueSort.Number, false) => rows.OrderBy(s => s.Number),
        (DeskQueueSort.Number, true) => rows.OrderByDescending(s => s.Number),
        (DeskQueueSort.State, false) => rows.OrderBy(s => s.State).ThenBy(s => s.Number),
        (DeskQueueSort.State, true) => rows.OrderByDescending(s => s.State).ThenBy(s => s.Number),
        (DeskQueueSort.Filed, false) => rows.OrderBy(s => s.FiledAt).ThenBy(s => s.Number),
        (DeskQueueSort.Filed, true) => rows.OrderByDescending(s => s.FiledAt).ThenBy(s => s.Number),
        (DeskQueueSort.Consumer, false) => rows.OrderBy(s => s.ConsumerName).ThenBy(s => s.Number),
        (DeskQueueSort.Consumer, true) => rows.OrderByDescending(s => s.ConsumerName).ThenBy(s => s.Number),
        (DeskQueueSort.Webshop, false) => rows.OrderBy(s => s.WebshopName).ThenBy(s => s.Number),
        (DeskQueueSort.Webshop, true) => rows.OrderByDescending(s => s.WebshopName).ThenBy(s => s.Number),
        (DeskQueueSort.Amount, false) => rows.OrderBy(s => s.AmountClaimed).ThenBy(s => s.Number),
        (DeskQueueSort.Amount, true) => rows.OrderByDescending(s => s.AmountClaimed).ThenBy(s => s.Number),
        (DeskQueueSort.Assessor, false) => rows.OrderBy(s => s.AssessorName).ThenBy(s => s.Number),
        (DeskQueueSort.Assessor, true) => rows.OrderByDescending(s => s.AssessorName).ThenBy(s => s.Number),
        (_, true) => rows.OrderByDescending(s => s.NextDeadlineAt).ThenBy(s => s.Number),
        // Urgent first (the refusal term runs, D26); cases without a running term after those with one.
        _ => rows.OrderBy(s => s.NextDeadlineAt == null).ThenBy(s => s.NextDeadlineAt).ThenBy(s => s.Number),
    };

    /// <summary>The desk's view of a filing: the one screening (issue 18) with the case, the amount and the panel's candidates.</summary>
    public async Task<Result<ScreeningView>> ScreeningAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await cases.OpenAsync(user, number, deskOnly: true, ct);
        if (opened.IsFailure) return opened.Error!;
        var report = await screening.ReportAsync(user, number, ct);
        if (report.IsFailure) return report.Error!;
        var c = opened.Value.Case;
        await using var db = await factory.CreateDbContextAsync(ct);
        var amount = await db.Set<CaseSummary>().Where(s => s.CaseId == c.Id).Select(s => s.AmountClaimed).FirstOrDefaultAsync(ct);
        return new ScreeningView(opened.Value, report.Value, amount, await AssessorsAsync(db, c, ct));
    }

    // Issue 18: every procedure step of screening goes through the one screening service, whichever page calls it.
    public Task<Result<string>> StartScreeningAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        screening.ScreenAsync(user, number, ct);

    public Task<Result> RecordStaffDecisionAsync(ClaimsPrincipal user, string number, string ruleId, StaffDecisionOutcome outcome, string reason, CancellationToken ct = default) =>
        screening.RecordDecisionAsync(user, number, ruleId, outcome, reason, ct);

    /// <summary>D25/D26: refuse with grounds and written reasons; the refusal letter goes to the filer.</summary>
    public Task<Result<DocumentLink>> RefuseAsync(ClaimsPrincipal user, string number, IReadOnlyList<RefusalInput> reasons, CancellationToken ct = default) =>
        screening.RefuseAsync(user, number, reasons.Select(r => new DomainRefusal(r.RuleId, r.Reason)).ToList(), ct);

    public static RefusalGround GroundOf(string ruleId) => ruleId switch
    {
        "D25a" => RefusalGround.NoPriorComplaint,
        "D25b" => RefusalGround.TrivialMatter,
        "D25c" => RefusalGround.AlreadyHandled,
        "D25d" => RefusalGround.AmountOutOfRange,
        "D25e" => RefusalGround.ComplaintTooLate,
        "D25f" => RefusalGround.BetweenBusinesses,
        "D25g" => RefusalGround.NoConsumerConsent,
        "D25h" => RefusalGround.WebshopInsolventOrStopped,
        "D25i" => RefusalGround.WebshopNotAffiliated,
        _ => RefusalGround.ImpairsOperation,
    };

    /// <summary>D5: the webshop is asked to subscribe (with the invitation); the case waits.</summary>
    public Task<Result> RequestSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        screening.RequestSubscriptionAsync(user, number, ct);

    public Task<Result> ConfirmSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        screening.ConfirmSubscriptionAsync(user, number, ct);

    /// <summary>D10: one assessor, or three of whom <paramref name="rapporteurId"/> writes the ruling.</summary>
    public async Task<Result> AssignPanelAsync(ClaimsPrincipal user, string number, IReadOnlyList<Guid> assessorIds, Guid? rapporteurId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var assessors = await AssessorUsers(db).Where(u => assessorIds.Contains(u.Id)).ToListAsync(ct);
        var members = assessorIds.Select(id => assessors.FirstOrDefault(a => a.Id == id))
            .Where(a => a is not null)
            .Select(a => new PanelMember(a!.Id, a.DisplayName, a.Id == rapporteurId || assessorIds.Count == 1)).ToList();
        if (members.Count != assessorIds.Count) return new InvalidPanelSize(assessorIds.Count);
        return await cases.ActAsync(user, number, w => w.Case.AssignPanel(w.Actor, clock, members), deskOnly: true, ct: ct);
    }

    /// <summary>
    /// Accept: the case is taken on and goes to the other party (D12; closes the Directive art. 5(4) refusal term), through the
    /// one screening service; a webshop no account of which is linked gets an invitation in the same transaction (issue 14).
    /// </summary>
    public Task<Result> ForwardAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        screening.ForwardAsync(user, number, ct);

    /// <summary>D11: uphold (the assessor is replaced by <paramref name="replacementId"/>) or reject, with reasons.</summary>
    public async Task<Result> DecideChallengeAsync(
        ClaimsPrincipal user, string number, Guid challengeId, bool upheld, string reason, Guid? replacementId, CancellationToken ct = default)
    {
        PanelMember? replacement = null;
        if (upheld && replacementId is { } id)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var a = await AssessorUsers(db).FirstOrDefaultAsync(u => u.Id == id, ct);
            if (a is not null) replacement = new PanelMember(a.Id, a.DisplayName);
        }
        return await cases.ActAsync(user, number, w => w.Case.DecideChallenge(w.Actor, clock, challengeId, upheld, reason, replacement), deskOnly: true, ct: ct);
    }

    /// <summary>D23: a waarborgsom before the ruling.</summary>
    public Task<Result> RequireDepositAsync(ClaimsPrincipal user, string number, decimal amount, PartyRole payer, DateOnly due, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.RequireDeposit(w.Actor, clock, Money.Euros(amount), payer, due), deskOnly: true, ct: ct);

    public Task<Result> RecordDepositPaidAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        cases.ActAsync(user, number, w => w.Case.RecordDepositPaid(w.Actor, clock), deskOnly: true, ct: ct);

    /// <summary>Every assessor with the open cases they sit on and the conflicts they declared in cases of the same webshop.</summary>
    private static async Task<IReadOnlyList<AssessorChoice>> AssessorsAsync(AdrDbContext db, BindingRulingCase c, CancellationToken ct)
    {
        var users = await AssessorUsers(db).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var workload = await db.Set<CaseParticipant>().AsNoTracking()
            .Where(p => p.Relation == CaseRelation.Assessor && p.UserId != null && ids.Contains(p.UserId.Value))
            .Join(db.Set<CaseSummary>().Where(s => !WorkbenchGrid.EndedStates.Contains(s.State)), p => p.CaseId, s => s.CaseId, (p, s) => p.UserId)
            .GroupBy(id => id).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var org = c.Webshop.OrganisationId;
        var caseIds = await db.Set<CaseParticipant>().AsNoTracking()
            .Where(p => p.OrganisationId == org && p.Relation == CaseRelation.Business)
            .Select(p => p.CaseId).Distinct().OrderBy(id => id).Take(500).ToListAsync(ct);
        caseIds.Add(c.Id);
        var declared = await db.Set<BindingRulingCase>().AsNoTracking()
            .Where(x => caseIds.Contains(x.Id) && x.ConflictDeclarations.Any())
            .Select(x => new { x.Number, Declarations = x.ConflictDeclarations.ToList() })
            .ToListAsync(ct);
        var conflicts = declared.SelectMany(x => x.Declarations.Select(d => new { d.AssessorId, d.Description, x.Number })).ToList();
        return users.Select(u => new AssessorChoice(u.Id, u.DisplayName,
            workload.FirstOrDefault(w => w.Id == u.Id)?.Count ?? 0,
            conflicts.Where(x => x.AssessorId == u.Id).Select(x => $"{x.Number}: {x.Description}").ToList())).ToList();
    }

    private static IQueryable<AppUser> AssessorUsers(AdrDbContext db) =>
        db.Set<AppUser>().AsNoTracking().Where(u => db.Set<AppUserRole>().Any(ur => ur.UserId == u.Id
            && db.Set<AppRole>().Any(r => r.Id == ur.RoleId && r.Name == AppRoles.Assessor)));
}
