using AdrDesk.Features.Workbench;
using AdrDesk.Features.Workbench.Components;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 21: the workbench's filter form is a component of its own. A field change renders the form; "Toepassen" hands
/// the filter to the page without rendering the form again; the page's renders for paging, sorting and applying leave it
/// alone unless they bring a saved filter, which the fields then show.
/// </summary>
[Trait("Issue", "21")]
public sealed class WorkbenchFiltersComponentTests
{
    [Fact]
    public async Task Apply_hands_the_typed_filter_to_the_page_and_the_page_renders_leave_the_form_alone()
    {
        await using var ctx = ComponentHost.Create();
        ctx.Render<MudBlazor.MudPopoverProvider>();
        var applied = new List<WorkbenchQuery>();
        var form = ctx.Render<CountingWorkbenchFilters>(p => p.Add(x => x.Apply, q => applied.Add(q)));

        var typed = form.Instance.Renders;
        await form.Find("input#f-shop").ChangeAsync(new ChangeEventArgs { Value = "fiets" });
        Assert.True(form.Instance.Renders > typed); // the field's change renders the form
        var before = form.Instance.Renders;

        await form.Find("form.wb-filters").SubmitAsync();
        var filter = Assert.Single(applied);
        Assert.Equal("fiets", filter.Webshop);
        Assert.True(filter.OpenOnly);
        Assert.Null(filter.State);
        Assert.Equal(before, form.Instance.Renders);

        // The page renders again (a sort, a page, the apply itself) with the same saved filter (none): no render.
        form.Render(p => p.Add(x => x.Loaded, null));
        Assert.Equal(before, form.Instance.Renders);
        Assert.Equal("fiets", form.Find("input#f-shop").GetAttribute("value"));
    }

    [Fact]
    public async Task A_loaded_saved_filter_is_shown_in_the_fields_and_applied_as_shown()
    {
        await using var ctx = ComponentHost.Create();
        ctx.Render<MudBlazor.MudPopoverProvider>();
        var applied = new List<WorkbenchQuery>();
        var form = ctx.Render<CountingWorkbenchFilters>(p => p.Add(x => x.Apply, q => applied.Add(q)));
        var saved = new WorkbenchQuery { Webshop = "boeken", AmountFrom = 50m, DueWithinDays = 7, Sort = WorkbenchSort.Amount };

        var before = form.Instance.Renders;
        form.Render(p => p.Add(x => x.Loaded, saved));
        Assert.True(form.Instance.Renders > before);
        Assert.Equal("boeken", form.Find("input#f-shop").GetAttribute("value"));
        Assert.Equal("50", form.Find("input#f-min").GetAttribute("value"));

        await form.Find("form.wb-filters").SubmitAsync();
        var filter = Assert.Single(applied);
        Assert.Equal(saved with { Sort = WorkbenchSort.Deadline }, filter); // the sort is the page's
    }
    [Fact]
    public async Task Amounts_are_read_as_people_type_them_and_a_wrong_one_is_named_and_nothing_is_applied()
    {
        await using var ctx = ComponentHost.Create();
        var applied = new List<WorkbenchQuery>();
        var form = ctx.Render<CountingWorkbenchFilters>(p => p.Add(x => x.Apply, q => applied.Add(q)));

        await form.Find("input#f-min").ChangeAsync(new ChangeEventArgs { Value = "veel" });
        await form.Find("input#f-max").ChangeAsync(new ChangeEventArgs { Value = "1.250,50" });
        await form.Find("form.wb-filters").SubmitAsync();
        Assert.Empty(applied);
        Assert.Contains("Vul bij een bedrag een getal in", form.Find("#f-amount-error").TextContent);
        Assert.Equal("true", form.Find("input#f-min").GetAttribute("aria-invalid"));
        Assert.Equal("f-amount-error", form.Find("input#f-min").GetAttribute("aria-describedby"));
        Assert.Null(form.Find("input#f-max").GetAttribute("aria-invalid"));

        await form.Find("input#f-min").ChangeAsync(new ChangeEventArgs { Value = "€ 99,95" });
        await form.Find("form.wb-filters").SubmitAsync();
        var filter = Assert.Single(applied);
        Assert.Equal(99.95m, filter.AmountFrom);
        Assert.Equal(1250.50m, filter.AmountTo);
        Assert.Empty(form.FindAll("#f-amount-error"));
        Assert.Null(form.Find("input#f-min").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_fields_are_labelled_inputs_and_the_apply_button_submits()
    {
        await using var ctx = ComponentHost.Create();
        var form = ctx.Render<CountingWorkbenchFilters>();
        foreach (var id in new[] { "f-state", "f-due", "f-lang", "f-scheme", "f-shop", "f-min", "f-max" })
        {
            Assert.Single(form.FindAll($"label[for={id}]"));
            Assert.Single(form.FindAll($"#{id}"));
        }
        Assert.Equal("decimal", form.Find("input#f-min").GetAttribute("inputmode"));
        Assert.Equal("submit", form.Find("button.wb-filter-apply").GetAttribute("type"));
    }
}
