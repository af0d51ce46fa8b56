using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Workbench;

/// <summary>Days, euros and days-left as the workbench shows them: Amsterdam calendar days in the UI culture.</summary>
public static class Dates
{
    public static string Day(DateTimeOffset instant) => AmsterdamCalendar.DateOf(instant).ToString("d MMM yyyy", CultureInfo.CurrentUICulture);
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentUICulture);
    public static string Moment(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, AmsterdamCalendar.Zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentUICulture);
    public static string Euro(decimal? amount) => amount is { } a ? a.ToString("C2", CultureInfo.GetCultureInfo("nl-NL")) : "–";
    public static int DaysLeft(DateTimeOffset due, TimeProvider clock) =>
        AmsterdamCalendar.DaysBetween(AmsterdamCalendar.DateOf(clock.GetUtcNow()), AmsterdamCalendar.DateOf(due));
}
