namespace AdrDesk.Features.Mediation.Scheduling;

public enum AgendaView { Week, Month }

/// <summary>
/// What the agenda shows: a week (Monday to Sunday) or a month as whole weeks (Monday on or before the 1st to Sunday on or
/// after the last day), as Amsterdam calendar days. The page reads exactly <see cref="From"/>–<see cref="To"/>: one indexed
/// query per visible range (docs/performance-mediation.md).
/// </summary>
public sealed record AgendaRange(AgendaView View, DateOnly Anchor)
{
    /// <summary>The first day shown (a Monday).</summary>
    public DateOnly First => View == AgendaView.Week ? Monday(Anchor) : Monday(new DateOnly(Anchor.Year, Anchor.Month, 1));

    /// <summary>The day after the last day shown (a Monday).</summary>
    public DateOnly End
    {
        get
        {
            if (View == AgendaView.Week) return First.AddDays(7);
            var last = new DateOnly(Anchor.Year, Anchor.Month, DateTime.DaysInMonth(Anchor.Year, Anchor.Month));
            return Monday(last).AddDays(7);
        }
    }

    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var d = First; d < End; d = d.AddDays(1)) yield return d;
        }
    }

    /// <summary>Midnight of the first day in Amsterdam, as an instant.</summary>
    public DateTimeOffset From => AmsterdamTime.Instant(First.ToDateTime(TimeOnly.MinValue));

    public DateTimeOffset To => AmsterdamTime.Instant(End.ToDateTime(TimeOnly.MinValue));

    public bool InFocus(DateOnly day) => View == AgendaView.Week || (day.Month == Anchor.Month && day.Year == Anchor.Year);

    public AgendaRange Next() => this with { Anchor = View == AgendaView.Week ? Anchor.AddDays(7) : FirstOfMonth.AddMonths(1) };

    public AgendaRange Previous() => this with { Anchor = View == AgendaView.Week ? Anchor.AddDays(-7) : FirstOfMonth.AddMonths(-1) };

    /// <summary>The query string of this range: <c>view=month&amp;date=2027-06-15</c>.</summary>
    public string Query => $"view={(View == AgendaView.Month ? "month" : "week")}&date={Anchor:yyyy-MM-dd}";

    private DateOnly FirstOfMonth => new(Anchor.Year, Anchor.Month, 1);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>A proposal dropped on another day: same time of day, new date (the service checks double booking and availability).</summary>
public sealed record AgendaMove(CalendarEntry Entry, DateOnly Day);
