using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using AdrDesk.Resources;

namespace AdrDesk.Components.Layout;

/// <summary>
/// Catches an exception in a page, logs it in full with an incident id, and shows the person a
/// friendly message with that id instead of the framework's yellow bar; the circuit goes on.
/// </summary>
public sealed class AppErrorBoundary : ErrorBoundary
{
    [Inject] private ILogger<AppErrorBoundary> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    private string _incident = "";

    protected override Task OnErrorAsync(Exception exception)
    {
        _incident = Guid.NewGuid().ToString("N")[..8];
        Logger.LogError(exception, "Unhandled error in a page, incident {Incident}", _incident);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }
        builder.OpenElement(1, "section");
        builder.AddAttribute(2, "class", "adr-error");
        builder.AddAttribute(3, "role", "alert");
        builder.OpenElement(4, "h1");
        builder.AddContent(5, L["Error.Title"]);
        builder.CloseElement();
        builder.OpenElement(6, "p");
        builder.AddContent(7, L["Error.Text"]);
        builder.CloseElement();
        builder.OpenElement(8, "p");
        builder.AddContent(9, $"{L["Error.Reference"]}: {_incident}");
        builder.CloseElement();
        builder.OpenElement(10, "a");
        builder.AddAttribute(11, "href", "/");
        builder.AddContent(12, L["NotFound.Home"]);
        builder.CloseElement();
        builder.CloseElement();
    }
}
