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
    [InlineData(2026, 3, 28, 14, 13)] // Saturday before the spring change: CET, +01:00
    [InlineData(2026, 3, 29, 14, 12)] // the day of the change, after 02:00: CEST, +02:00
    [InlineData(2026, 10, 24, 14, 12)] // Saturday before the autumn change: CEST
    [InlineData(2026, 10, 25, 14, 13)] // the day of the change, after 03:00: CET
    public void Ics_has_the_right_UTC_offset_across_a_DST_change(int year, int month, int day, int localHour, int utcHour)
    {
        var ics = IcsParser.Parse(IcsWriter.Bytes(Session(new DateTime(year, month, day, localHour, 0, 0))));
        var start = ics.Utc("DTSTART");
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(start.AddHours(2), ics.Utc("DTEND"));
        Assert.Equal($"{year:0000}{month:00}{day:00}T{localHour:00}0000", ics.One("DTSTART").Value);
    }

    [Fact]
    [Trait("Rule", "M5")]
    public void Ics_is_a_valid_RFC5545_invitation_with_the_office_as_location_folded_at_75_octets()
    {
        var location = "Kantoor Smit & Partners — Mediation, Oudegracht 12; 3511 AB Utrecht, Nederland (Spreekkamer ‘De Dom’ – eerste verdieping, lift aanwezig)";
        var bytes = IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0), location));
        var ics = IcsParser.Parse(bytes); // asserts CRLF and ≤ 75 octets a line
        Assert.Contains(ics.RawLines, l => l.StartsWith(' '));
        Assert.Equal("2.0", ics.One("VERSION", "VCALENDAR").Value);
        Assert.Equal("REQUEST", ics.One("METHOD", "VCALENDAR").Value);
        Assert.Equal("abc@adrdesk", ics.One("UID").Value);
        Assert.Equal("20260301T110000Z", ics.One("DTSTAMP").Value);
        Assert.Equal(location, IcsParser.Unescape(ics.One("LOCATION").Value));
        Assert.Equal("mailto:mediator@test.nl", ics.One("ORGANIZER").Value);
        Assert.Equal("Pieter Smit", ics.One("ORGANIZER").Parameters["CN"]);
        Assert.Equal(2, ics.Properties.Count(p => p.Name == "ATTENDEE"));
        Assert.Contains(ics.Properties, p => p.Name == "ATTENDEE" && p.Parameters["CN"] == "Ilse de Klant (Klant BV)");
        Assert.Equal("+0200", ics.One("TZOFFSETTO", "DAYLIGHT").Value);
        Assert.Equal("+0100", ics.One("TZOFFSETTO", "STANDARD").Value);
    }

    [Fact]
    public void A_cancellation_is_METHOD_CANCEL_with_the_same_UID()
    {
        var ics = IcsParser.Parse(IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0)) with { Cancelled = true, Sequence = 3 }));
        Assert.Equal("CANCEL", ics.One("METHOD", "VCALENDAR").Value);
        Assert.Equal("CANCELLED", ics.One("STATUS").Value);
        Assert.Equal("3", ics.One("SEQUENCE").Value);
    }

    [Fact]
    public void The_test_parser_agrees_with_the_time_zone_database_for_every_hour_of_2026()
    {
        var ics = IcsParser.Parse(IcsWriter.Bytes(Session(new DateTime(2026, 4, 2, 10, 0, 0))));
        for (var local = new DateTime(2026, 1, 1, 0, 30, 0); local.Year == 2026; local = local.AddHours(1))
        {
            if (AdrDesk.Domain.Common.AmsterdamCalendar.Zone.IsInvalidTime(local) || AdrDesk.Domain.Common.AmsterdamCalendar.Zone.IsAmbiguousTime(local)) continue;
            Assert.Equal(AdrDesk.Domain.Common.AmsterdamCalendar.Zone.GetUtcOffset(local), ics.OffsetAt(local));
        }
    }
}
