using System.Text;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Mediation.Scheduling;

namespace AdrDesk.Tests.Mediation;

public class IcsWriterTests
{
    private static IcsEvent Session(DateTime localStart, string location = "Kantoor Smit, Oudegracht 12, 3511 AB Utrecht (Spreekkamer 1)") => new(
        "abc@adrdesk", 1, AmsterdamTime.Instant(new DateTime(2026, 3, 1, 12, 0, 0)),
        AmsterdamTime.Instant(localStart), AmsterdamTime.Instant(localStart).AddHours(2),
        "Mediation MB-2026-000001 – gezamenlijke sessie", location,
        "Vertrouwelijke mediationsessie (M3): er worden geen aantekeningen of opnamen gemaakt.",
        new IcsPerson("Pieter Smit", "mediator@test.nl"),
        [new IcsPerson("Mark Jansen (Fietsenwinkel BV)", "mark@test.nl"), new IcsPerson("Ilse de Klant (Klant BV)", "ilse@test.nl")]);

    [Theory]
    [Trait("Rule", "M7")]
    [InlineData(2026, 2, 16, 10, 9)] // winter: 10:00 CET
    [InlineData(2026, 7, 6, 10, 8)] // summer: 10:00 CEST
    [InlineData(2026, 3, 28, 14, 13)] // Saturday before the spring change: CET, +01:00
    [InlineData(2026, 3, 29, 14, 12)] // the day of the change, after 02:00: CEST, +02:00
    [InlineData(2026, 10, 24, 14, 12)] // Saturday before the autumn change: CEST
    [InlineData(2026, 10, 25, 14, 13)] // the day of the change, after 03:00: CET
    [InlineData(2027, 3, 28, 10, 8)] // next year's change days at 10:00: the VTIMEZONE's rules, not one year's dates
    [InlineData(2027, 10, 31, 10, 9)]
    public void Ics_has_the_right_UTC_offset_across_a_DST_change(int year, int month, int day, int localHour, int utcHour)
    {
        var calendar = Ics.Load(IcsWriter.Bytes(Session(new DateTime(year, month, day, localHour, 0, 0))));
        var session = calendar.Session();
        var start = calendar.Instant(session.DtStart);
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(start.AddHours(2), calendar.Instant(session.DtEnd));
        Assert.Equal(new DateTime(year, month, day, localHour, 0, 0), session.DtStart!.Value); // written in Amsterdam wall-clock time
    }

    [Fact]
    [Trait("Rule", "M5")]
    public void Ics_is_a_valid_RFC5545_invitation_with_the_office_as_location_folded_at_75_octets()
    {
        var location = "Kantoor Smit & Partners — Mediation, Oudegracht 12; 3511 AB Utrecht, Nederland (Spreekkamer ‘De Dom’ – eerste verdieping, lift aanwezig)";
        var bytes = IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0), location));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal)); // CRLF only
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
        Assert.Contains(text.Split("\r\n"), l => l.StartsWith(' ')); // the long location is folded

        var calendar = Ics.Load(bytes);
        var session = calendar.Session();
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("abc@adrdesk", session.Uid);
        Assert.True(session.DtStamp!.IsUtc);
        Assert.Equal(new DateTime(2026, 3, 1, 11, 0, 0), session.DtStamp.Value);
        Assert.Equal("Mediation MB-2026-000001 – gezamenlijke sessie", session.Summary);
        Assert.Equal(location, session.Location);
        Assert.Equal("Vertrouwelijke mediationsessie (M3): er worden geen aantekeningen of opnamen gemaakt.", session.Description);
        Assert.Equal("CONFIRMED", session.Status);
        Assert.Equal("mailto:mediator@test.nl", session.Organizer!.Value!.ToString());
        Assert.Equal("Pieter Smit", session.Organizer.CommonName);
        Assert.Equal(2, session.Attendees.Count);
        Assert.Contains(session.Attendees, a => a.CommonName == "Ilse de Klant (Klant BV)" && a.Value!.ToString() == "mailto:ilse@test.nl");
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal(IcsWriter.TimeZoneId, zone.TzId);
        Assert.Equal(TimeSpan.FromHours(2), Assert.Single(zone.TimeZoneInfos, o => o.Name == "DAYLIGHT").OffsetTo!.Offset);
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(zone.TimeZoneInfos, o => o.Name == "STANDARD").OffsetTo!.Offset);
    }

    [Fact]
    public void A_cancellation_is_METHOD_CANCEL_with_the_same_UID()
    {
        var calendar = Ics.Load(IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0)) with { Cancelled = true, Sequence = 3 }));
        var session = calendar.Session();
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("abc@adrdesk", session.Uid);
        Assert.Equal("CANCELLED", session.Status);
        Assert.Equal(3, session.Sequence);
    }

    [Fact]
    public void The_VTIMEZONE_agrees_with_the_time_zone_database_for_every_hour_of_2026()
    {
        var calendar = Ics.Load(IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0))));
        for (var local = new DateTime(2026, 1, 1, 0, 30, 0); local.Year == 2026; local = local.AddHours(1))
        {
            if (AmsterdamCalendar.Zone.IsInvalidTime(local) || AmsterdamCalendar.Zone.IsAmbiguousTime(local)) continue;
            Assert.Equal(AmsterdamCalendar.Zone.GetUtcOffset(local), calendar.OffsetAt(local));
        }
    }
}
