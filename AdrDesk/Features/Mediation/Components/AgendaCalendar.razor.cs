using System.Globalization;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Mediation.Components;

public partial class AgendaCalendar
{
    /// <summary>At most this many sessions per day in the month view, then "+ n meer" (the week of that day): the DOM stays ~170 links for a 2,000-session month.</summary>
    public const int MaxPerDay = 4;

    [Parameter, EditorRequired] public required AgendaRange Range { get; set; }

    /// <summary>The sessions in <see cref="Range"/>, their Start/End in Amsterdam wall-clock time (<see cref="SchedulingService.CalendarAsync"/>).</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<CalendarEntry> Entries { get; set; }

    /// <summary>Today in Amsterdam.</summary>
    [Parameter, EditorRequired] public required DateOnly Today { get; set; }

    [Parameter] public EventCallback<AgendaRange> RangeChanged { get; set; }

    [Parameter] public EventCallback<AgendaMove> OnMove { get; set; }

    private CalendarEntry? _dragged;
    private Dictionary<DateOnly, List<CalendarEntry>> ByDay { get; set; } = [];
    private static CultureInfo Culture => DisplayFormat.Culture(UiLanguage.Current);

    protected override void OnParametersSet() =>
        // A session belongs to the Amsterdam day it starts on (Entries carry Amsterdam wall-clock times).
        ByDay = Entries.GroupBy(e => DateOnly.FromDateTime(e.Start))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Start).ThenBy(e => e.CaseNumber, StringComparer.Ordinal).ToList());

    private string Title => Range.View == AgendaView.Month
        ? Range.Anchor.ToString("MMMM yyyy", Culture)
        : $"{DisplayFormat.LongDate(Range.First)} – {DisplayFormat.LongDate(Range.End.AddDays(-1))}";

    private string Pressed(AgendaView view) => Range.View == view ? "true" : "false";

    private string DayClass(DateOnly day, int count) =>
        "adr-agenda-day" + (Range.InFocus(day) ? "" : " adr-agenda-day--outside") + (day == Today ? " adr-agenda-day--today" : "")
        + (count == 0 ? " adr-agenda-day--empty" : "");

    private static string EventClass(CalendarEntry entry) => "adr-agenda-event adr-agenda-event--" + entry.Status.ToString().ToLowerInvariant();

    private Task GoAsync(AgendaRange range) => RangeChanged.InvokeAsync(range);

    private async Task DropAsync(DateOnly day)
    {
        if (_dragged is not { } entry) return;
        _dragged = null;
        if (DateOnly.FromDateTime(entry.Start) == day) return;
        await OnMove.InvokeAsync(new AgendaMove(entry, day));
    }
}
