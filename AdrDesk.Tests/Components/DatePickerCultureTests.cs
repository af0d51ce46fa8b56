using AdrDesk.Components.Shared;
using Bunit;

namespace AdrDesk.Tests.Components;

/// <summary>Issue 16 item 3: a date shows and is typed as the reader's language writes it, whatever the browser's locale.</summary>
public sealed class DatePickerCultureTests
{
    [Theory]
    [InlineData("nl-NL", "21-11-2026")]
    [InlineData("en-GB", "21/11/2026")]
    [InlineData("en-US", "21/11/2026")] // the app's English is British day-first (DisplayFormat), not the US month-first
    [InlineData("de-DE", "21.11.2026")]
    public async Task A_date_shows_in_the_readers_language(string culture, string shown)
    {
        await using var ctx = ComponentHost.Create(culture);
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Datum")
            .Add(d => d.Id, "datum")
            .Add(d => d.Value, new DateOnly(2026, 11, 21)));

        var input = picker.Find("input#datum");
        Assert.Equal(shown, input.GetAttribute("value"));
        Assert.Equal("datum", picker.Find("label").GetAttribute("for"));
    }

    [Fact]
    public async Task A_Dutch_reader_types_day_month_year()
    {
        await using var ctx = ComponentHost.Create("nl-NL");
        DateOnly? picked = null;
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Besteldatum")
            .Add(d => d.Id, "besteldatum")
            .Add(d => d.ValueChanged, (DateOnly? d) => picked = d));

        await picker.Find("input#besteldatum").ChangeAsync(new() { Value = "05-03-2026" });

        Assert.Equal(new DateOnly(2026, 3, 5), picked); // 5 March, not 3 May
    }

    [Fact]
    public async Task An_error_is_shown_at_the_field()
    {
        await using var ctx = ComponentHost.Create("nl-NL");
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Vanaf")
            .Add(d => d.Id, "from")
            .Add(d => d.ErrorText, "Vul een datum in."));

        Assert.Contains("Vul een datum in.", picker.Markup);
        Assert.Equal("true", picker.Find("input#from").GetAttribute("aria-invalid"));
    }
}
