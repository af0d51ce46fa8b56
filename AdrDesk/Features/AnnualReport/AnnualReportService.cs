using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.AnnualReport;

/// <summary>
/// Issue 20 item 3: the public annual activity report (ADR Directive 2013/11/EU art. 7(2)). Only counts leave this
/// service, never a case, so it asks no caller: the Directive wants these figures published. The counting happens in
/// the database (GROUP BY, EXISTS) with plain LINQ that both providers translate (SQLite and PostgreSQL): no
/// provider function. Only the durations come back row by row, because date arithmetic differs per provider.
/// Outcomes are read from the append-only audit trail (the trigger names), so a case whose data was erased after
/// two years (D24) still counts with the outcome it had.
/// </summary>
public sealed class AnnualReportService(IDbContextFactory<AdrDbContext> factory, TimeProvider clock)
{
    /// <summary>
    /// A public page anyone may load at any rate: one year's figures are counted at most once a minute (seven queries
    /// over the year's cases), so a burst of readers costs the database nothing. The page says the figures are computed
    /// from the data; a minute's delay changes no annual figure in a way that matters.
    /// </summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, (AnnualReport Report, DateTimeOffset At)> _recent = new();

    /// <summary>The years the page offers: from the first filing to this year.</summary>
    public const int FirstYear = 2020;

    internal static readonly string[] OutcomeActions =
    [
        nameof(BindingRulingTrigger.Refuse), nameof(BindingRulingTrigger.DeclineConsent), nameof(BindingRulingTrigger.LapseConsent),
        nameof(BindingRulingTrigger.Withdraw), nameof(BindingRulingTrigger.EndByAgreement),
        nameof(BindingRulingTrigger.Settle), nameof(BindingRulingTrigger.IssueRuling),
        nameof(BindingRulingTrigger.ConfirmCompliance), nameof(BindingRulingTrigger.DeclareNonCompliance),
    ];

    public async Task<AnnualReport> ForYearAsync(int year, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (_recent.TryGetValue(year, out var recent) && now - recent.At < Freshness && now >= recent.At) return recent.Report;
        var report = await CountAsync(year, ct);
        _recent[year] = (report, now);
        return report;
    }

    private async Task<AnnualReport> CountAsync(int year, CancellationToken ct)
    {
        var from = AmsterdamCalendar.EndOfDay(new DateOnly(year - 1, 12, 31)).AddTicks(1);
        var to = AmsterdamCalendar.EndOfDay(new DateOnly(year, 12, 31));
        await using var db = await factory.CreateDbContextAsync(ct);

        // All schemes: the case list's row, filed (or, for schemes without a filing step, created) in the year.
        var byScheme = await db.Set<CaseSummary>().AsNoTracking()
            .Where(s => s.State != "Draft" && (s.FiledAt ?? s.CreatedAt) >= from && (s.FiledAt ?? s.CreatedAt) <= to)
            .GroupBy(s => s.Scheme).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var cases = db.Set<BindingRulingCase>().AsNoTracking().Where(c => c.FiledAt != null && c.FiledAt >= from && c.FiledAt <= to);
        var byFiler = await cases.GroupBy(c => c.FiledBy).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byChannel = await cases.GroupBy(c => c.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var grounds = await cases.SelectMany(c => c.RefusalReasons).GroupBy(r => r.RuleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        // One row per case and outcome action: a trigger that ran twice (never, today) still counts the case once.
        var outcomes = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => OutcomeActions.Contains(a.Action) && cases.Any(c => c.Id == a.CaseId))
            .Select(a => new { a.CaseId, a.Action }).Distinct()
            .GroupBy(a => a.Action).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        // Duration: from filing (submission) to the ruling, or to the end of a case that ended without one.
        var spans = await cases
            .Select(c => new { c.FiledAt, End = c.Ruling != null ? (DateTimeOffset?)c.Ruling.IssuedAt : c.EndedAt })
            .Where(c => c.End != null).ToListAsync(ct);
        var days = spans.Select(s => (s.End!.Value - s.FiledAt!.Value).TotalDays).ToList();

        int Outcome(string action) => outcomes.FirstOrDefault(o => o.Key == action)?.Count ?? 0;
        var received = byFiler.Sum(f => f.Count);
        // D25g: a webshop's filing the consumer declined, or let lapse, is refused by the same rule as the desk's refusal.
        var refused = Outcome(nameof(BindingRulingTrigger.Refuse)) + Outcome(nameof(BindingRulingTrigger.DeclineConsent))
                      + Outcome(nameof(BindingRulingTrigger.LapseConsent));
        var withdrawn = Outcome(nameof(BindingRulingTrigger.Withdraw));
        var agreed = Outcome(nameof(BindingRulingTrigger.EndByAgreement));
        var settled = Outcome(nameof(BindingRulingTrigger.Settle));
        var ruled = Outcome(nameof(BindingRulingTrigger.IssueRuling));

        return new AnnualReport(
            year,
            byScheme.Sum(s => s.Count),
            Enum.GetValues<Scheme>().Select(s => new ReportCount(s.ToString(), byScheme.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            received,
            [
                new ReportCount("FiledByConsumer", byFiler.FirstOrDefault(f => f.Key == PartyRole.Consumer)?.Count ?? 0),
                new ReportCount("FiledByWebshop", byFiler.FirstOrDefault(f => f.Key == PartyRole.Business)?.Count ?? 0),
                new ReportCount("Online", byChannel.FirstOrDefault(c => c.Key == FilingChannel.Online)?.Count ?? 0),
                new ReportCount("Paper", byChannel.FirstOrDefault(c => c.Key == FilingChannel.Paper)?.Count ?? 0),
            ],
            refused,
            // Every D25 ground, also those never used: a reader sees that a ground exists and was not applied.
            Enumerable.Range('a', 10).Select(l => $"D25{(char)l}")
                .Select(g => new ReportCount(g, grounds.FirstOrDefault(x => x.Key == g)?.Count ?? 0)).ToList(),
            withdrawn + agreed,
            [new ReportCount("WithdrawnByConsumer", withdrawn), new ReportCount("EndedByAgreement", agreed)],
            settled,
            ruled,
            Math.Max(0, received - refused - withdrawn - agreed - settled - ruled),
            days.Count,
            days.Count == 0 ? null : Math.Round(days.Average(), 1),
            Outcome(nameof(BindingRulingTrigger.ConfirmCompliance)),
            Outcome(nameof(BindingRulingTrigger.DeclareNonCompliance)));
    }
}
