using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.CaseFile;

/// <summary>Dates and moments as the desk shows them: Amsterdam time, in the reader's culture.</summary>
public static class CaseFileFormat
{
    public static string Date(DateTimeOffset at) => AmsterdamCalendar.DateOf(at).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Moment(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, AmsterdamCalendar.Zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} kB" : $"{bytes / 1024.0 / 1024.0:0.0} MB";
}

