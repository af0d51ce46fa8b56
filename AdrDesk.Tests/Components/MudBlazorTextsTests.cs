using AdrDesk.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16: MudBlazor's own texts (a date that does not parse, the calendar button, a table pager) in the reader's
/// language, through MudBlazor's localization hook (DeskMudLocalizer over Components/Layout/MudBlazorResource*.resx).
/// </summary>
public sealed class MudBlazorTextsTests
{
    [Theory]
    [InlineData("nl-NL", "Kalender openen")]
    [InlineData("de-DE", "Kalender öffnen")]
    public async Task The_date_pickers_calendar_button_is_named_in_the_readers_language(string culture, string open)
    {
        await using var ctx = ComponentHost.Create(culture);
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Datum")
            .Add(d => d.Id, "datum"));

        Assert.NotNull(picker.Find($"button[aria-label='{open}']"));
        Assert.Empty(picker.FindAll("button[aria-label='Open']"));
    }

    [Theory]
    [InlineData("nl-NL", "Geen geldige datum")]
    [InlineData("de-DE", "Kein gültiges Datum")]
    [InlineData("en-GB", "Not a valid date time")] // English keeps MudBlazor's own words
    public async Task A_date_that_does_not_parse_is_reported_in_the_readers_language(string culture, string invalid)
    {
        await using var ctx = ComponentHost.Create(culture);
        var field = ctx.Render<MudTextField<DateTime?>>(p => p
            .Add(f => f.Label, "Datum")
            .Add(f => f.InputId, "datum")
            .Add(f => f.Format, "dd-MM-yyyy"));

        await field.Find("input#datum").ChangeAsync(new() { Value = "geen datum" });

        field.WaitForAssertion(() => Assert.Contains(invalid, field.Markup));
        if (!culture.StartsWith("en", StringComparison.Ordinal)) Assert.DoesNotContain("Not a valid date time", field.Markup);
    }

    [Fact]
    public async Task A_table_pager_speaks_Dutch()
    {
        await using var ctx = ComponentHost.Create("nl-NL");
        RenderFragment<string> row = item => b =>
        {
            b.OpenComponent<MudTd>(0);
            b.AddAttribute(1, nameof(MudTd.ChildContent), (RenderFragment)(c => c.AddContent(0, item)));
            b.CloseComponent();
        };
        RenderFragment pager = b =>
        {
            b.OpenComponent<MudTablePager>(0);
            b.CloseComponent();
        };
        var table = ctx.Render<MudTable<string>>(p => p
            .Add(t => t.Items, Enumerable.Range(1, 30).Select(i => $"rij {i}").ToList())
            .Add(t => t.RowsPerPage, 10)
            .Add(t => t.RowTemplate, row)
            .Add(t => t.PagerContent, pager));

        table.WaitForAssertion(() => Assert.Contains("Rijen per pagina:", table.Markup));
        Assert.Contains("1-10 van 30", table.Markup);
        Assert.NotNull(table.Find("button[aria-label='Volgende pagina']"));
        Assert.DoesNotContain("Rows per page", table.Markup);
    }
}
