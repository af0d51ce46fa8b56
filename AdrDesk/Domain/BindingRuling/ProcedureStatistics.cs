namespace AdrDesk.Domain.BindingRuling;

/// <summary>
/// D22: the desk reports an average duration (the rules say eight weeks) from filing to the end;
/// Directive art. 7(2) asks for it in the annual activity report.
/// </summary>
public static class ProcedureStatistics
{
    /// <summary>Average of filing → end over the cases that both were filed and ended; null when there are none.</summary>
    public static TimeSpan? AverageDuration(IEnumerable<BindingRulingCase> cases)
    {
        var durations = cases
            .Where(c => c.FiledAt is not null && c.EndedAt is not null)
            .Select(c => (c.EndedAt!.Value - c.FiledAt!.Value).Ticks)
            .ToList();
        return durations.Count == 0 ? null : TimeSpan.FromTicks((long)durations.Average());
    }
}
