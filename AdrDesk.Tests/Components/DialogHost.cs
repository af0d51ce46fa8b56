using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16: what the dialog tests share. MudBlazor's dialogs render inside MudDialogProvider (and MudPopoverProvider), as in
/// MainLayout; a test opens a dialog through the app's own opener and reads and clicks inside the providers' markup.
/// </summary>
public static class DialogHost
{
    /// <summary>The providers, rendered once per test, as the layout has them.</summary>
    public static IRenderedComponent<ContainerFragment> RenderProviders(this BunitContext ctx) =>
        ctx.Render<ContainerFragment>(p => p.Add(c => c.ChildContent, b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<MudDialogProvider>(1);
            b.CloseComponent();
        }));

    /// <summary>The text under a field: MudBlazor's helper/error line of the input's control.</summary>
    public static string FieldMessage(this IRenderedComponent<ContainerFragment> host, string inputId) =>
        host.Find($"#{inputId}").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    public static IElement Button(this IRenderedComponent<ContainerFragment> host, string text) =>
        host.FindAll("button").Single(b => b.TextContent.Trim() == text);

    public static Task TypeAsync(this IRenderedComponent<ContainerFragment> host, string inputId, string value) =>
        host.Find($"#{inputId}").ChangeAsync(new ChangeEventArgs { Value = value });
}

/// <summary>Renders its child content: a root for the providers.</summary>
public sealed class ContainerFragment : ComponentBase
{
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
        builder.AddContent(0, ChildContent);
}

/// <summary>A signed-in person as the services see them (their claims, not bUnit's generated ones).</summary>
public sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
