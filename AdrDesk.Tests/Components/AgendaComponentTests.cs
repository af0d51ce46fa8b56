using AdrDesk.Features.Mediation.Components;
using AdrDesk.Features.Mediation.Pages;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Tests.Mediation;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16: the mediator's agenda on AdrDesk's own month/week grid. Sessions are stored as instants and placed on the Amsterdam
/// day and time they fall on (around midnight and on the day the clocks change); navigation asks for the next range
/// (one indexed query per visible range); the month shows at most four sessions a day and "+ n meer" opens that week.
/// </summary>
[Trait("Issue", "16")]
public sealed class AgendaComponentTests
{
    [Fact, Trait("Rule", "M7")]
    public async Task A_session_just_before_midnight_UTC_is_shown_on_the_next_Amsterdam_day_at_its_Amsterdam_time()
    {
        await using var kit = await MediationKit.StartAsync(); // the clock: Monday 2 March 2026, 09:00 in Amsterdam
        // Wednesday 4 March 2026 00:30 in Amsterdam (CET, UTC+1) is still Tuesday 23:30 in UTC.
        await SessionAsync(kit, "MB-2026-000101", new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero), AppointmentStatus.Confirmed);
        await SessionAsync(kit, "MB-2026-000102", new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), AppointmentStatus.Proposed);
        await using var ctx = Host(kit);

        var page = ctx.Render<AgendaPage>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Mediator.User))));
        page.WaitForAssertion(() => Assert.Equal("1 afspraken in beeld", page.Find("[data-testid=agenda-count]").TextContent));

        Assert.Equal("2 maart 2026 – 8 maart 2026", page.Find("[data-testid=agenda-title]").TextContent);
        var wednesday = page.Find("[data-day='2026-03-04']");
        var session = Assert.Single(wednesday.QuerySelectorAll("[data-testid=agenda-event]"));
        Assert.Equal("mediations/MB-2026-000101", session.GetAttribute("href"));
        Assert.Equal("00:30", session.QuerySelector(".adr-agenda-time")!.TextContent);
        Assert.Contains("Bevestigd", session.TextContent); // the status is read out, not only coloured
        Assert.Empty(page.Find("[data-day='2026-03-03']").QuerySelectorAll("[data-testid=agenda-event]"));

        // Next week: the page reads that week and shows the proposal at 10:00 Amsterdam time.
        await page.Find("button[data-testid=agenda-next]").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("9 maart 2026 – 15 maart 2026", page.Find("[data-testid=agenda-title]").TextContent));
        var proposal = Assert.Single(page.Find("[data-day='2026-03-10']").QuerySelectorAll("[data-testid=agenda-event]"));
        Assert.Equal("10:00", proposal.QuerySelector(".adr-agenda-time")!.TextContent);
        Assert.Contains("adr-agenda-event--proposed", proposal.ClassName);
        Assert.Equal("true", proposal.GetAttribute("draggable")); // only a proposal may be dragged to another day
        Assert.Empty(page.FindAll("[data-day='2026-03-04']"));
    }

    [Fact, Trait("Rule", "M7")]
    public async Task On_the_day_the_clocks_change_a_session_keeps_its_Amsterdam_time_in_the_month_view()
    {
        await using var ctx = ComponentHost.Create();
        // 29 March 2026, 14:00 CEST (UTC+2): the service hands the calendar Amsterdam wall-clock times.
        var start = AmsterdamTime.Local(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero));
        var calendar = ctx.Render<AgendaCalendar>(p => p
            .Add(c => c.Range, new AgendaRange(AgendaView.Month, new DateOnly(2026, 3, 15)))
            .Add(c => c.Entries, new[] { Entry("MB-2026-000103", start) })
            .Add(c => c.Today, new DateOnly(2026, 3, 2)));

        Assert.Equal("maart 2026", calendar.Find("[data-testid=agenda-title]").TextContent);
        Assert.Equal(42, calendar.FindAll("[data-testid=agenda-day]").Count); // Monday 23 February to Sunday 5 April
        var sunday = calendar.Find("[data-day='2026-03-29']");
        Assert.Equal("14:00", sunday.QuerySelector(".adr-agenda-time")!.TextContent);
        Assert.Contains("adr-agenda-day--outside", calendar.Find("[data-day='2026-02-23']").ClassName);
        Assert.Contains("adr-agenda-day--today", calendar.Find("[data-day='2026-03-02']").ClassName);
    }

    [Fact]
    public async Task Previous_next_today_and_the_view_buttons_ask_for_the_range_they_show()
    {
        await using var ctx = ComponentHost.Create();
        var asked = new List<AgendaRange>();
        var calendar = ctx.Render<AgendaCalendar>(p => p
            .Add(c => c.Range, new AgendaRange(AgendaView.Month, new DateOnly(2027, 6, 15)))
            .Add(c => c.Entries, Array.Empty<CalendarEntry>())
            .Add(c => c.Today, new DateOnly(2026, 11, 23))
            .Add(c => c.RangeChanged, EventCallback.Factory.Create<AgendaRange>(new object(), r => asked.Add(r))));

        await calendar.Find("button[data-testid=agenda-next]").ClickAsync(new MouseEventArgs());
        await calendar.Find("button[data-testid=agenda-prev]").ClickAsync(new MouseEventArgs());
        await calendar.Find("button[data-testid=agenda-today]").ClickAsync(new MouseEventArgs());
        await calendar.Find("button[data-testid=agenda-view-week]").ClickAsync(new MouseEventArgs());

        Assert.Equal(new[]
        {
            new AgendaRange(AgendaView.Month, new DateOnly(2027, 7, 1)), new AgendaRange(AgendaView.Month, new DateOnly(2027, 5, 1)),
            new AgendaRange(AgendaView.Month, new DateOnly(2026, 11, 23)), new AgendaRange(AgendaView.Week, new DateOnly(2027, 6, 15)),
        }, asked);
        // July 2027 as whole weeks: Monday 28 June to Sunday 1 August, from midnight Amsterdam time (CEST).
        Assert.Equal(new DateTimeOffset(2027, 6, 27, 22, 0, 0, TimeSpan.Zero), asked[0].From);
        Assert.Equal(new DateTimeOffset(2027, 8, 1, 22, 0, 0, TimeSpan.Zero), asked[0].To);
        Assert.Equal("true", calendar.Find("button[data-testid=agenda-view-month]").GetAttribute("aria-pressed"));
        Assert.Equal("Vorige", calendar.Find("button[data-testid=agenda-prev]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_month_shows_four_sessions_a_day_and_more_opens_the_week_of_that_day()
    {
        await using var ctx = ComponentHost.Create();
        var asked = new List<AgendaRange>();
        var day = new DateTime(2027, 6, 15);
        var entries = Enumerable.Range(0, 7).Select(i => Entry($"MB-2027-{i + 1:000000}", day.AddHours(8 + i))).ToList();
        var calendar = ctx.Render<AgendaCalendar>(p => p
            .Add(c => c.Range, new AgendaRange(AgendaView.Month, new DateOnly(2027, 6, 1)))
            .Add(c => c.Entries, entries)
            .Add(c => c.Today, new DateOnly(2026, 11, 23))
            .Add(c => c.RangeChanged, EventCallback.Factory.Create<AgendaRange>(new object(), r => asked.Add(r))));

        var cell = calendar.Find("[data-day='2027-06-15']");
        Assert.Equal(new[] { "08:00", "09:00", "10:00", "11:00" }, cell.QuerySelectorAll(".adr-agenda-time").Select(t => t.TextContent));
        Assert.Equal("+ 3 meer", cell.QuerySelector("[data-testid=agenda-more]")!.TextContent);

        await calendar.Find("[data-testid=agenda-more]").ClickAsync(new MouseEventArgs());
        Assert.Equal(new AgendaRange(AgendaView.Week, new DateOnly(2027, 6, 15)), Assert.Single(asked));

        calendar.Render(p => p.Add(c => c.Range, new AgendaRange(AgendaView.Week, new DateOnly(2027, 6, 15))));
        Assert.Equal(7, calendar.Find("[data-day='2027-06-15']").QuerySelectorAll("[data-testid=agenda-event]").Length); // the week shows all
        Assert.Equal(7, calendar.FindAll("[data-testid=agenda-day]").Count);
    }

    private static CalendarEntry Entry(string number, DateTime start, AppointmentStatus status = AppointmentStatus.Confirmed) => new()
    {
        Id = Guid.NewGuid(), CaseNumber = number, Start = start, End = start.AddHours(1), Status = status, Text = $"{number} · Ruimte 1",
    };

    private static Task SessionAsync(MediationKit kit, string number, DateTimeOffset start, AppointmentStatus status) => kit.WithDbAsync(async db =>
    {
        db.Add(new SessionAppointment
        {
            Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), CaseNumber = number, ProposalId = Guid.NewGuid(), MediatorId = kit.Mediator.Id,
            OfficeId = Guid.NewGuid(), RoomId = Guid.NewGuid(), Location = "Kantoor Smit, Utrecht", RoomName = "Ruimte 1",
            StartsAt = start, EndsAt = start.AddHours(2), Status = status, CreatedAt = start.AddDays(-7),
        });
        return await db.SaveChangesAsync();
    });

    private static BunitContext Host(MediationKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Scheduling);
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });
}
