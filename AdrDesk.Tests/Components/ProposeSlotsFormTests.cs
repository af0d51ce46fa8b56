using AdrDesk.Features.Mediation.Components;
using AdrDesk.Tests.Mediation;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 3: the mediator's slot form (M5, M7) takes the date as Dutch writes it and a 24-hour time, both Amsterdam
/// time whatever the browser's locale, and proposes the right instant on the day the clocks change. The real scheduling
/// service over SQLite behind the component (a mediation whose positions are exchanged, the mediator's office).
/// </summary>
[Trait("Issue", "16")]
public sealed class ProposeSlotsFormTests
{
    [Theory, Trait("Rule", "M7"), Trait("Rule", "M5")]
    [InlineData("29-03-2026", "14:00", "2026-03-29T12:00:00Z")] // spring: from 02:00 CEST (UTC+2)
    [InlineData("28-03-2026", "14:00", "2026-03-28T13:00:00Z")] // the day before: still CET (UTC+1)
    [InlineData("25-10-2026", "9:30", "2026-10-25T08:30:00Z")]  // autumn: from 03:00 CET (UTC+1) again
    public async Task M7_A_date_and_time_typed_in_Dutch_are_proposed_as_the_right_UTC_instant_on_a_DST_day(string date, string time, string utc)
    {
        await using var kit = await MediationKit.StartAsync();
        var number = await kit.ExchangedMediationAsync();
        await kit.OfficeAsync();
        await using var ctx = Host(kit);
        var form = Render(ctx, kit, number);

        await form.Find("input#propose-date").ChangeAsync(new() { Value = date });
        await form.Find("input#propose-time").ChangeAsync(new() { Value = time });
        await Button(form, "Tijdstip toevoegen").ClickAsync(new MouseEventArgs());
        await Button(form, "Voorstel naar beide partijen sturen").ClickAsync(new MouseEventArgs());

        var session = Assert.Single(MediationKit.Ok(await kit.Scheduling.ListAsync(kit.Mediator.User, number)));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), session.StartsAt);
        Assert.Equal(TimeSpan.FromMinutes(120), session.EndsAt - session.StartsAt);
    }

    [Theory, Trait("Rule", "M7")]
    [InlineData("14u")]
    [InlineData("kwart over twee")]
    [InlineData("2 pm")]
    public async Task A_time_that_is_no_24_hour_time_is_refused_at_the_field_and_nothing_is_added(string typed)
    {
        await using var kit = await MediationKit.StartAsync();
        var number = await kit.ExchangedMediationAsync();
        await kit.OfficeAsync();
        await using var ctx = Host(kit);
        var form = Render(ctx, kit, number);

        await form.Find("input#propose-time").ChangeAsync(new() { Value = typed });
        await Button(form, "Tijdstip toevoegen").ClickAsync(new MouseEventArgs());

        var field = form.Find("input#propose-time");
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        // MudTimePicker shows the field's message under the input, in the field's own helper line.
        Assert.Equal("Vul de begintijd in als uu:mm, bijvoorbeeld 14:00.", form.Find(".mud-input-helper-text.mud-input-error").TextContent.Trim());
        Assert.Empty(form.FindAll("ul[aria-label='Voor te stellen tijdstippen'] li"));
        Assert.True(Button(form, "Voorstel naar beide partijen sturen").HasAttribute("disabled"));
    }

    private static BunitContext Host(MediationKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Scheduling);
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });

    private static IRenderedComponent<ProposeSlotsForm> Render(BunitContext ctx, MediationKit kit, string number)
    {
        var form = ctx.Render<ProposeSlotsForm>(p => p
            .Add(f => f.Number, number)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Mediator.User))));
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("input#propose-date")));
        return form;
    }

    private static IElement Button(IRenderedComponent<ProposeSlotsForm> form, string name) =>
        form.FindAll("button").Single(b => b.TextContent.Contains(name, StringComparison.Ordinal));
}
