using System.Globalization;
using System.Text;

namespace AdrDesk.Features.AnnualReport;

/// <summary>
/// The report as CSV (RFC 4180, comma, invariant culture: "0.25", never "0,25"): columns
/// <c>section,key,value,share</c>; <c>share</c> is a fraction of the binding-ruling cases received (or, for compliance,
/// of the rulings whose compliance is known), empty where it has no meaning. The columns are documented in docs/annual-report.md.
/// </summary>
public static class AnnualReportCsv
{
    public const string Header = "section,key,value,share";

    public static string Write(AnnualReport r)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        void Row(string section, string key, double? value, double? share = null) => csv
            .Append(section).Append(',').Append(key).Append(',')
            .Append(value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "").Append(',')
            .Append(share?.ToString("0.####", CultureInfo.InvariantCulture) ?? "").Append("\r\n");

        Row("year", "year", r.Year);
        Row("received", "all_schemes", r.Received);
        foreach (var s in r.ReceivedByScheme) Row("received_by_scheme", s.Key, s.Value);
        Row("received", "binding_ruling", r.BindingRulingReceived);
        foreach (var t in r.BindingRulingByType) Row("received_by_type", t.Key, t.Value, Share(t.Value, r.BindingRulingReceived));
        Row("refused", "total", r.Refused, r.RefusedShare);
        foreach (var g in r.RefusedByGround) Row("refused_by_ground", g.Key, g.Value, r.GroundShare(g));
        Row("ended_early", "total", r.EndedEarly, r.EndedEarlyShare);
        foreach (var e in r.EndedEarlyByReason) Row("ended_early_by_reason", e.Key, e.Value, Share(e.Value, r.BindingRulingReceived));
        Row("outcome", "settled", r.Settled, Share(r.Settled, r.BindingRulingReceived));
        Row("outcome", "ruled", r.Ruled, Share(r.Ruled, r.BindingRulingReceived));
        Row("outcome", "open", r.Open, Share(r.Open, r.BindingRulingReceived));
        Row("duration_days", "cases", r.DurationCases);
        Row("duration_days", "average", r.AverageDays);
        Row("duration_days", "target_D22", AnnualReport.TargetDays);
        Row("compliance", "complied", r.Complied, r.ComplianceRate);
        Row("compliance", "not_complied", r.NotComplied, r.ComplianceRate is { } rate ? 1 - rate : null);
        return csv.ToString();
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
