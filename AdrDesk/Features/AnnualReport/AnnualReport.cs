namespace AdrDesk.Features.AnnualReport;

/// <summary>One figure of the report: a key (scheme, ground, reason; never shown raw on the page) and a count.</summary>
public sealed record ReportCount(string Key, int Value);

/// <summary>
/// The ADR Directive art. 7(2) activity report of one calendar year (Europe/Amsterdam). Every figure is about the
/// cases received in that year (the filing date decides), so a case counts in one report only. Definitions: docs/annual-report.md.
/// </summary>
public sealed record AnnualReport(
    int Year,
    int Received,
    IReadOnlyList<ReportCount> ReceivedByScheme,
    int BindingRulingReceived,
    IReadOnlyList<ReportCount> BindingRulingByType,
    int Refused,
    IReadOnlyList<ReportCount> RefusedByGround,
    int EndedEarly,
    IReadOnlyList<ReportCount> EndedEarlyByReason,
    int Settled,
    int Ruled,
    int Open,
    int DurationCases,
    double? AverageDays,
    int Complied,
    int NotComplied)
{
    /// <summary>D22: the desk's own target, eight weeks on average.</summary>
    public const int TargetDays = 56;

    public double? RefusedShare => Share(Refused, BindingRulingReceived);
    public double? EndedEarlyShare => Share(EndedEarly, BindingRulingReceived);
    public double? ComplianceRate => Share(Complied, Complied + NotComplied);

    /// <summary>The share of the binding-ruling cases received that one ground was among the reasons of refusal.</summary>
    public double? GroundShare(ReportCount ground) => Share(ground.Value, BindingRulingReceived);

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
