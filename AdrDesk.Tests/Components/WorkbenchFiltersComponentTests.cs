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
}
