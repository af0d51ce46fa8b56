using System.Globalization;
using System.Text;

namespace AdrDesk.Tests.Mediation;

/// <summary>
/// A small RFC 5545 reader for the tests: unfolds lines, splits name;params:value, and turns a
/// DTSTART;TZID=… into UTC by evaluating the calendar's own VTIMEZONE (its yearly BYMONTH/BYDAY=-1SU
/// rules), not .NET's time-zone data, so a wrong VTIMEZONE shows up as a wrong offset.
/// </summary>
public sealed class IcsParser
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value, string Component);

    private sealed record Observance(string Kind, TimeSpan OffsetTo, int Month, TimeOnly At);

    public List<Property> Properties { get; } = [];
    public List<string> RawLines { get; } = [];

    public static IcsParser Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var parser = new IcsParser();
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal)); // CRLF only
        foreach (var raw in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(raw) <= 75, $"line longer than 75 octets: {raw}");
            parser.RawLines.Add(raw);
        }
        var unfolded = new List<string>();
        foreach (var line in parser.RawLines.Where(l => l.Length > 0))
        {
            if (line[0] is ' ' or '\t') unfolded[^1] += line[1..];
            else unfolded.Add(line);
        }
        var stack = new Stack<string>();
        foreach (var line in unfolded)
        {
            var colon = IndexOfUnquoted(line, ':');
            var head = line[..colon];
            var value = line[(colon + 1)..];
            var parts = head.Split(';');
            var parameters = parts.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
            if (parts[0] == "BEGIN") stack.Push(value);
            else if (parts[0] == "END") Assert.Equal(value, stack.Pop());
            else parser.Properties.Add(new Property(parts[0], parameters, value, stack.Peek()));
        }
        Assert.Empty(stack);
        return parser;
    }

    public Property One(string name, string component = "VEVENT") => Properties.Single(p => p.Name == name && p.Component == component);

    public static string Unescape(string text) => text.Replace("\\n", "\n").Replace("\\,", ",").Replace("\\;", ";").Replace("\\\\", "\\");

    /// <summary>A DATE-TIME with TZID, made UTC with the VTIMEZONE in this calendar.</summary>
    public DateTimeOffset Utc(string name)
    {
        var p = One(name);
        var local = DateTime.ParseExact(p.Value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        Assert.Equal("Europe/Amsterdam", p.Parameters["TZID"]);
        Assert.Equal("Europe/Amsterdam", One("TZID", "VTIMEZONE").Value);
        var offset = OffsetAt(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public TimeSpan OffsetAt(DateTime local)
    {
        var observances = new[] { "DAYLIGHT", "STANDARD" }.Select(kind =>
        {
            var rule = One("RRULE", kind).Value.Split(';').Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
            Assert.Equal("YEARLY", rule["FREQ"]);
            Assert.Equal("-1SU", rule["BYDAY"]);
            var start = DateTime.ParseExact(One("DTSTART", kind).Value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            var to = One("TZOFFSETTO", kind).Value;
            var offset = new TimeSpan(int.Parse(to[1..3], CultureInfo.InvariantCulture), int.Parse(to[3..5], CultureInfo.InvariantCulture), 0);
            return new Observance(kind, to[0] == '-' ? -offset : offset, int.Parse(rule["BYMONTH"], CultureInfo.InvariantCulture), TimeOnly.FromDateTime(start));
        }).ToList();
        // The observance whose most recent onset (in this year, local time) is latest before the moment applies.
        var onsets = observances.Select(o => (o, At: LastSunday(local.Year, o.Month).ToDateTime(o.At)))
            .Select(x => x.At <= local ? x : (x.o, LastSunday(local.Year - 1, x.o.Month).ToDateTime(x.o.At)))
            .OrderByDescending(x => x.Item2).ToList();
        return onsets[0].o.OffsetTo;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Sunday) day = day.AddDays(-1);
        return day;
    }

    private static int IndexOfUnquoted(string line, char c)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == c && !quoted) return i;
        }
        throw new FormatException(line);
    }
}
