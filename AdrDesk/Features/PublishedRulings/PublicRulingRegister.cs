using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Register;
using AdrDesk.Features.PublishedRulings.Data;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>Whether the ruling was complied with (D18), as the desk recorded it.</summary>
public enum ComplianceStatus
{
    /// <summary>The compliance term or the reminder's term still runs.</summary>
    Pending,
    Complied,
    NotComplied,
}

/// <summary>The public list's filters and page, as they arrive in the query string (all optional).</summary>
public sealed record RulingQuery(string? Text = null, int? Year = null, RulingSubject? Subject = null, RulingOutcome? Outcome = null,
    Guid? Webshop = null, bool OldestFirst = false, int Page = 1)
{
    public const int PageSize = 10;
}

public sealed record RulingListItem(Guid Id, string CaseNumber, DateOnly RulingDate, string WebshopName, Guid? OrganisationId,
    RulingSubject Subject, RulingOutcome Outcome, string Excerpt, ComplianceStatus Compliance);

public sealed record RulingPage(IReadOnlyList<RulingListItem> Items, int Total, int Page, int Pages);

/// <summary>What the filters offer: only values some approved ruling has.</summary>
public sealed record RulingFilters(IReadOnlyList<int> Years, IReadOnlyList<(Guid Id, string Name)> Webshops);

public sealed record PublicRuling(PublishedRuling Ruling, ComplianceStatus Compliance);

/// <summary>A webshop in the public register (affiliated or removed) with its published rulings.</summary>
public sealed record WebshopRulings(Guid Id, string LegalName, IReadOnlyList<string> WebAddresses, bool Removed, DateOnly? RemovedOn,
    IReadOnlyList<RulingListItem> Rulings);

/// <summary>
/// Issue 20 item 2: the public register of rulings. No account needed; it reads only approved versions (a draft or a
/// withdrawn one is not there: the same "not found" as an id that never existed).
/// </summary>
public sealed class PublicRulingRegister(IDbContextFactory<AdrDbContext> factory, TimeProvider clock) : IWebshopRulingCounts
{
    // The filters' choices (years, webshops) change only when the desk approves or withdraws: kept for a short while so
    // that the public list, the busiest page, asks the database two questions instead of four. A desk change clears them;
    // the time limit covers what changes them without the desk (a case's data erased, D24).
    private static readonly TimeSpan FiltersKeptFor = TimeSpan.FromSeconds(30);
    private sealed record KeptFilters(RulingFilters Filters, DateTimeOffset At);
    private volatile KeptFilters? _filters; // one reference: pages on many threads read it whole or not at all

    /// <summary>Called after every approval or withdrawal: the next list shows the new choices at once.</summary>
    public void Changed() => _filters = null;

    private static IQueryable<PublishedRuling> Approved(AdrDbContext db) =>
        db.Set<PublishedRuling>().AsNoTracking().Where(r => r.Status == PublicationStatus.Approved);

    public async Task<RulingPage> SearchAsync(RulingQuery query, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rulings = Approved(db);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // Each word must occur (in any case); the lower-cased copy works alike on SQLite and PostgreSQL.
            foreach (var word in query.Text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
            {
                rulings = rulings.Where(r => r.SearchText.Contains(word));
            }
        }
        if (query.Year is { } year) rulings = rulings.Where(r => r.Year == year);
        if (query.Subject is { } subject) rulings = rulings.Where(r => r.Subject == subject);
        if (query.Outcome is { } outcome) rulings = rulings.Where(r => r.Outcome == outcome);
        if (query.Webshop is { } webshop) rulings = rulings.Where(r => r.OrganisationId == webshop);

        var total = await rulings.CountAsync(ct);
        var pages = Math.Max(1, (total + RulingQuery.PageSize - 1) / RulingQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var ordered = query.OldestFirst
            ? rulings.OrderBy(r => r.RulingDate).ThenBy(r => r.CaseNumber)
            : rulings.OrderByDescending(r => r.RulingDate).ThenByDescending(r => r.CaseNumber);
        var rows = await ordered.Skip((page - 1) * RulingQuery.PageSize).Take(RulingQuery.PageSize).ToListAsync(ct);
        return new RulingPage(await ItemsAsync(db, rows, ct), total, page, pages);
    }

    public async Task<RulingFilters> FiltersAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_filters is { } kept && now - kept.At < FiltersKeptFor) return kept.Filters;
        var filters = await ReadFiltersAsync(ct);
        _filters = new KeptFilters(filters, now);
        return filters;
    }

    private async Task<RulingFilters> ReadFiltersAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var years = await Approved(db).Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var webshops = await Approved(db).Where(r => r.OrganisationId != null)
            .GroupBy(r => r.OrganisationId!.Value).Select(g => new { Id = g.Key, Name = g.Max(r => r.WebshopName) }).ToListAsync(ct);
        return new RulingFilters(years, webshops.OrderBy(w => w.Name, StringComparer.CurrentCultureIgnoreCase).Select(w => (w.Id, w.Name!)).ToList());
    }

    /// <summary>One approved ruling; null when there is none by this id, or it is not (or no longer) public.</summary>
    public async Task<PublicRuling?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await Approved(db).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return null;
        var compliance = await ComplianceAsync(db, [row.CaseId], ct);
        return new PublicRuling(row, compliance.GetValueOrDefault(row.CaseId));
    }

    /// <summary>A webshop of the public register (affiliated now, or removed) and its approved rulings; null for any other id.</summary>
    public async Task<WebshopRulings?> ForWebshopAsync(Guid organisationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var webshop = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (webshop is null) return null;
        var rows = await Approved(db).Where(r => r.OrganisationId == organisationId)
            .OrderByDescending(r => r.RulingDate).ThenByDescending(r => r.CaseNumber).ToListAsync(ct);
        // The public register shows affiliated and removed webshops; another (bankrupt, suspended) only for its published rulings.
        if (rows.Count == 0 && webshop.Status is not (OrganisationStatus.Active or OrganisationStatus.RemovedFromRegister)) return null;
        var removed = webshop.Status == OrganisationStatus.RemovedFromRegister;
        return new WebshopRulings(webshop.Id, webshop.LegalName, webshop.WebAddresses, removed, removed ? webshop.StatusSince : null,
            await ItemsAsync(db, rows, ct));
    }

    /// <summary>How many approved rulings each webshop has (the public register's list shows it).</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await Approved(db).Where(r => r.OrganisationId != null)
            .GroupBy(r => r.OrganisationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    private static async Task<IReadOnlyList<RulingListItem>> ItemsAsync(AdrDbContext db, List<PublishedRuling> rows, CancellationToken ct)
    {
        var compliance = await ComplianceAsync(db, rows.Select(r => r.CaseId).ToList(), ct);
        return rows.Select(r => new RulingListItem(r.Id, r.CaseNumber, r.RulingDate, r.WebshopName, r.OrganisationId, r.Subject, r.Outcome,
            Excerpt(r.Decision), compliance.GetValueOrDefault(r.CaseId))).ToList();
    }

    /// <summary>
    /// D18, from the case's audit trail: the desk confirmed compliance, or declared non-compliance after the reminder.
    /// Read from the trail rather than the state, because a closed case no longer says which of the two it was.
    /// </summary>
    private static async Task<Dictionary<Guid, ComplianceStatus>> ComplianceAsync(AdrDbContext db, List<Guid> caseIds, CancellationToken ct)
    {
        const string confirmed = nameof(BindingRulingTrigger.ConfirmCompliance), declared = nameof(BindingRulingTrigger.DeclareNonCompliance);
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => caseIds.Contains(a.CaseId) && (a.Action == confirmed || a.Action == declared))
            .Select(a => new { a.CaseId, a.Action }).ToListAsync(ct);
        return entries.GroupBy(e => e.CaseId).ToDictionary(g => g.Key,
            g => g.Any(e => e.Action == declared) ? ComplianceStatus.NotComplied : ComplianceStatus.Complied);
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= 220) return flat;
        var cut = flat.LastIndexOf(' ', 219);
        return flat[..(cut > 0 ? cut : 219)] + " …";
    }
}
