using System.Globalization;
using System.Security.Claims;
using System.Text;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Statistics;

public sealed record Count(string Key, int Value);

/// <summary>The figures of one year's activity report (Directive art. 7(2); D22).</summary>
public sealed record YearStatistics(
    int Year,
    IReadOnlyList<Count> ReceivedByScheme,
    IReadOnlyList<Count> ReceivedByType,
    IReadOnlyList<Count> RefusedByGround,
    IReadOnlyList<Count> Outcomes,
    double? AverageDays,
    double? MedianDays,
    int Complied,
    int NotComplied,
    int Paper,
    int BindingRulingReceived,
    IReadOnlyList<Count> FilingLanguages,
    IReadOnlyList<Count> ProcedureLanguages)
{
    /// <summary>D22: the desk reports eight weeks on average.</summary>
    public const int TargetDays = 56;
    public double? ComplianceRate => Complied + NotComplied == 0 ? null : (double)Complied / (Complied + NotComplied);
    public double? PaperShare => BindingRulingReceived == 0 ? null : (double)Paper / BindingRulingReceived;
}

/// <summary>
/// Issue 7 item 7: the desk's annual activity report (Directive art. 7(2)): disputes received by scheme and
/// type, refusals per D25 ground, outcomes, average and median duration (D22: eight weeks), compliance rate,
/// share of paper procedures, languages. Year = the Amsterdam calendar year of filing. Desk staff only.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<AdrDbContext> factory)
{
    public async Task<Result<YearStatistics>> ForYearAsync(ClaimsPrincipal user, int year, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.CaseManager or Role.Admin }) return new DeskStaffOnly();
        var from = AmsterdamCalendar.EndOfDay(new DateOnly(year - 1, 12, 31)).AddTicks(1);
        var to = AmsterdamCalendar.EndOfDay(new DateOnly(year, 12, 31));
        await using var db = await factory.CreateDbContextAsync(ct);

        var byScheme = await db.Set<CaseSummary>().AsNoTracking()
            .Where(s => (s.FiledAt ?? s.CreatedAt) >= from && (s.FiledAt ?? s.CreatedAt) <= to && s.State != "Draft")
            .GroupBy(s => s.Scheme).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var cases = await db.Set<BindingRulingCase>().AsNoTracking()
            .Where(c => c.FiledAt != null && c.FiledAt >= from && c.FiledAt <= to)
            .Select(c => new
            {
                c.Id, c.State, c.FiledBy, c.Channel, c.FilingLanguage, c.ProcedureLanguage, c.FiledAt, c.EndedAt,
                IssuedAt = c.Ruling != null ? (DateTimeOffset?)c.Ruling.IssuedAt : null,
                Paper = c.Parties.Any(p => p.PaperProcedure),
                Grounds = c.RefusalReasons.Select(r => r.RuleId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var ids = cases.Select(c => c.Id).ToList();
        var compliance = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => (a.Action == "ConfirmCompliance" || a.Action == "DeclareNonCompliance") && ids.Contains(a.CaseId))
            .Select(a => new { a.CaseId, a.Action }).Distinct().ToListAsync(ct);

        var durations = cases
            .Select(c => (c.IssuedAt ?? c.EndedAt) is { } end ? (end - c.FiledAt!.Value).TotalDays : (double?)null)
            .Where(d => d is not null).Select(d => d!.Value).OrderBy(d => d).ToList();

        return new YearStatistics(
            year,
            Enum.GetValues<Scheme>().Select(s => new Count(s.ToString(), byScheme.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
            [
                new Count("FiledByConsumer", cases.Count(c => c.FiledBy == PartyRole.Consumer)),
                new Count("FiledByWebshop", cases.Count(c => c.FiledBy == PartyRole.Business)),
                new Count("Online", cases.Count(c => c.Channel == FilingChannel.Online)),
                new Count("PaperForm", cases.Count(c => c.Channel == FilingChannel.Paper)),
            ],
            cases.SelectMany(c => c.Grounds).GroupBy(g => g).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Count(g.Key, g.Count())).ToList(),
            [
                new Count("Refused", cases.Count(c => c.State == BindingRulingState.Refused || (c.State == BindingRulingState.DataErased && c.Grounds.Count > 0))),
                new Count("Withdrawn", cases.Count(c => c.State == BindingRulingState.Withdrawn)),
                new Count("Settled", cases.Count(c => c.State == BindingRulingState.Settled)),
                new Count("Ruled", cases.Count(c => c.IssuedAt is not null)),
                new Count("Open", cases.Count(c => c.IssuedAt is null && c.EndedAt is null)),
            ],
            durations.Count == 0 ? null : Math.Round(durations.Average(), 1),
            durations.Count == 0 ? null : Math.Round(Median(durations), 1),
            compliance.Count(a => a.Action == "ConfirmCompliance"),
            compliance.Count(a => a.Action == "DeclareNonCompliance"),
            cases.Count(c => c.Channel == FilingChannel.Paper || c.Paper),
            cases.Count,
            Enum.GetValues<Language>().Select(l => new Count(l.ToString(), cases.Count(c => c.FilingLanguage == l))).ToList(),
            Enum.GetValues<Language>().Where(l => l != Language.De).Select(l => new Count(l.ToString(), cases.Count(c => c.ProcedureLanguage == l))).ToList());
    }

    /// <summary>The same figures as CSV (section;key;value), for the annual report.</summary>
    public static string ToCsv(YearStatistics s)
    {
        var csv = new StringBuilder("section;key;value\n");
        void Rows(string section, IEnumerable<Count> counts)
        {
            foreach (var c in counts) csv.Append(section).Append(';').Append(c.Key).Append(';').Append(c.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        void Row(string section, string key, double? value) =>
            csv.Append(section).Append(';').Append(key).Append(';').Append(value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "").Append('\n');
        Row("year", "year", s.Year);
        Rows("received_by_scheme", s.ReceivedByScheme);
        Rows("received_by_type", s.ReceivedByType);
        Rows("refused_by_ground", s.RefusedByGround);
        Rows("outcome", s.Outcomes);
        Row("duration_days", "average", s.AverageDays);
        Row("duration_days", "median", s.MedianDays);
        Row("duration_days", "target_D22", YearStatistics.TargetDays);
        Row("compliance", "complied", s.Complied);
        Row("compliance", "not_complied", s.NotComplied);
        Row("compliance", "rate", s.ComplianceRate);
        Row("paper", "procedures", s.Paper);
        Row("paper", "share", s.PaperShare);
        Rows("filing_language", s.FilingLanguages);
        Rows("procedure_language", s.ProcedureLanguages);
        return csv.ToString();
    }

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
