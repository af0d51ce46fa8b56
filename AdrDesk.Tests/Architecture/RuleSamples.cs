using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

// Test-only types that use the workbench feature on purpose, each in one way, so the architecture tests can show that
// their rules would notice. They live in the test assembly, never in the app.
namespace AdrDesk.Tests.Architecture.Samples;

internal static class TypeofInBody
{
    public static string Name() => typeof(AdrDesk.Features.Workbench.WorkbenchResource).Name;
}

internal static class GenericInBody
{
    public static int Count() => new List<AdrDesk.Features.Workbench.WorkbenchResource>().Count;
}

internal static class StaticCallInBody
{
    public static string Text() => AdrDesk.Features.Workbench.WorkbenchText.Get("Desk.Title", AdrDesk.Domain.Common.Language.Nl);
}

internal sealed class Field
{
    private readonly AdrDesk.Features.Workbench.WorkbenchResource? _resource = null;
    public override string ToString() => _resource?.ToString() ?? "";
}

internal static class InClosure
{
    public static Func<int, int> Make(int n) => i => typeof(AdrDesk.Features.Workbench.WorkbenchResource).Name.Length + n + i;
}

internal static class InAsyncMethod
{
    public static async Task<string> NameAsync()
    {
        await Task.Yield();
        return typeof(AdrDesk.Features.Workbench.WorkbenchResource).Name;
    }
}

/// <summary>What the Razor compiler makes of <c>&lt;ComplianceReport Number="…" /&gt;</c>.</summary>
internal sealed class RendersComponent : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<AdrDesk.Features.Workbench.Components.ComplianceReport>(0);
        builder.AddComponentParameter(1, "Number", "DD-2026-000001");
        builder.CloseComponent();
    }
}

/// <summary>What the Razor compiler makes of <c>@inject DeskService Desk</c>.</summary>
internal sealed class Injected : ComponentBase
{
    [Inject] private AdrDesk.Features.Workbench.DeskService Desk { get; set; } = default!;
    public override string ToString() => Desk.ToString() ?? "";
}

internal static class Clean
{
    public static int Add(int a, int b) => a + b;
}
