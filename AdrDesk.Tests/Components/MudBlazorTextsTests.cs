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
    [InlineData("nl-NL", "Geen geldige datum", "Kalender openen")]
    [InlineData("de-DE", "Kein gültiges Datum", "Kalender öffnen")]
    public async Task A_date_that_does_not_parse_is_reported_in_the_readers_language(string culture, string invalid, string open)
    {
        await using var ctx = ComponentHost.Create(culture);
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Datum")
            .Add(d => d.Id, "datum"));

        Assert.NotNull(picker.Find($"button[aria-label='{open}']"));

        await picker.Find("input#datum").ChangeAsync(new() { Value = "geen datum" });

        picker.WaitForAssertion(() => Assert.Contains(invalid, picker.Markup));
        Assert.DoesNotContain("Not a valid date time", picker.Markup);
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

    [Fact]
    public async Task An_English_reader_keeps_MudBlazors_English()
    {
        await using var ctx = ComponentHost.Create("en-GB");
        var picker = ctx.Render<DeskDatePicker>(p => p
            .Add(d => d.Label, "Date")
            .Add(d => d.Id, "date"));

        await picker.Find("input#date").ChangeAsync(new() { Value = "no date" });

        picker.WaitForAssertion(() => Assert.Contains("Not a valid date time", picker.Markup));
    }
}
