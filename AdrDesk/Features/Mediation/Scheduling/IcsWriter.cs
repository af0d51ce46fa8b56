using System.Globalization;
using System.Text;
using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Mediation.Scheduling;

public sealed record IcsPerson(string Name, string Email);

/// <summary>One VEVENT. <see cref="Cancelled"/> writes METHOD:CANCEL and STATUS:CANCELLED.</summary>
public sealed record IcsEvent(
    string Uid, int Sequence, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End,
    string Summary, string Location, string Description, IcsPerson Organizer, IReadOnlyList<IcsPerson> Attendees,
    bool Cancelled = false, bool Tentative = false);

/// <summary>
/// A small RFC 5545 writer (Ical.Net is not on the feed): VCALENDAR with a VTIMEZONE for
/// Europe/Amsterdam (its CET/CEST rules: last Sunday of March 02:00 → +02:00, last Sunday of
/// October 03:00 → +01:00), DTSTART/DTEND with TZID in local time, DTSTAMP in UTC, text escaped,
/// lines folded at 75 octets, CRLF line ends.
/// </summary>
public static class IcsWriter
{
    public const string TimeZoneId = "Europe/Amsterdam";
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IcsEvent e)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//AdrDesk//Mediation//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:" + (e.Cancelled ? "CANCEL" : "REQUEST"),
            "BEGIN:VTIMEZONE",
            "TZID:" + TimeZoneId,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + e.Uid,
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(e.Stamp),
            $"DTSTART;TZID={TimeZoneId}:" + Local(e.Start),
            $"DTEND;TZID={TimeZoneId}:" + Local(e.End),
            "SUMMARY:" + Escape(e.Summary),
            "LOCATION:" + Escape(e.Location),
            "DESCRIPTION:" + Escape(e.Description),
            "STATUS:" + (e.Cancelled ? "CANCELLED" : e.Tentative ? "TENTATIVE" : "CONFIRMED"),
            "TRANSP:OPAQUE",
            $"ORGANIZER;CN={Param(e.Organizer.Name)}:mailto:{e.Organizer.Email}",
        };
        lines.AddRange(e.Attendees.Select(a =>
            $"ATTENDEE;CN={Param(a.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{a.Email}"));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines) Fold(ics, line);
        return ics.ToString();
    }

    public static byte[] Bytes(IcsEvent e) => Encoding.UTF8.GetBytes(Write(e));

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, AmsterdamCalendar.Zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>A parameter value with a colon, semicolon or comma must be quoted; quotes themselves cannot appear.</summary>
    private static string Param(string value)
    {
        var clean = value.Replace("\"", "'", StringComparison.Ordinal);
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>RFC 5545 3.1: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 sequence.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var limit = 75;
        var octets = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line[i].ToString());
            if (octets + width > limit)
            {
                ics.Append(line, start, i - start).Append("\r\n ");
                start = i;
                octets = 1; // the leading space of the continuation line
                limit = 75;
            }
            octets += width;
            if (char.IsHighSurrogate(line[i])) i++;
        }
        ics.Append(line, start, line.Length - start).Append("\r\n");
    }
}
