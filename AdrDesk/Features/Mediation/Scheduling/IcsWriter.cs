using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace AdrDesk.Features.Mediation.Scheduling;

public sealed record IcsPerson(string Name, string Email);

/// <summary>One VEVENT. <see cref="Cancelled"/> writes METHOD:CANCEL and STATUS:CANCELLED.</summary>
public sealed record IcsEvent(
    string Uid, int Sequence, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End,
    string Summary, string Location, string Description, IcsPerson Organizer, IReadOnlyList<IcsPerson> Attendees,
    bool Cancelled = false, bool Tentative = false);

/// <summary>
/// The session invitation as iCalendar (Ical.Net): DTSTART/DTEND in Amsterdam wall-clock time with
/// TZID=Europe/Amsterdam and a VTIMEZONE carrying the zone's CET/CEST rules, so a client places the
/// session right on either side of a DST change; DTSTAMP in UTC. Escaping, folding and CRLF are the
/// serializer's.
/// </summary>
public static class IcsWriter
{
    public const string TimeZoneId = "Europe/Amsterdam";
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// Ical.Net builds the VTIMEZONE from the zone's transitions between this date and the machine's
    /// present (a date after the present throws), so the date is fixed and in the past rather than the session's.
    /// </summary>
    private static readonly DateTime TimeZoneRulesFrom = new(2000, 1, 1);

    public static string Write(IcsEvent e)
    {
        var calendar = new Calendar { ProductId = "-//AdrDesk//Mediation//NL", Method = e.Cancelled ? "CANCEL" : "REQUEST" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, TimeZoneRulesFrom, includeHistoricalData: false));
        var session = new CalendarEvent
        {
            Uid = e.Uid,
            Sequence = e.Sequence,
            DtStamp = new CalDateTime(e.Stamp.UtcDateTime, hasTime: true),
            DtStart = Amsterdam(e.Start),
            DtEnd = Amsterdam(e.End),
            Summary = e.Summary,
            Location = e.Location,
            Description = e.Description,
            Status = e.Cancelled ? "CANCELLED" : e.Tentative ? "TENTATIVE" : "CONFIRMED",
            Transparency = "OPAQUE",
            Organizer = new Organizer($"mailto:{e.Organizer.Email}") { CommonName = e.Organizer.Name },
        };
        foreach (var a in e.Attendees)
            session.Attendees.Add(new Attendee($"mailto:{a.Email}")
            {
                CommonName = a.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = false,
            });
        calendar.Events.Add(session);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static byte[] Bytes(IcsEvent e) => Encoding.UTF8.GetBytes(Write(e));

    private static CalDateTime Amsterdam(DateTimeOffset instant) => new(AmsterdamTime.Local(instant), TimeZoneId, hasTime: true);
}
