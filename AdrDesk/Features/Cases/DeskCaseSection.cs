using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Cases;

/// <summary>
/// A section another feature adds to the desk's case view (the workbench's <c>/desk/{number}</c>): a component with a
/// string parameter <c>Number</c>. An extension point of the shared core, like <see cref="CasePageSection"/>: the case
/// file adds "Post verwerken" (D21) without the workbench knowing it.
/// </summary>
public sealed record DeskCaseSection(Type Component)
{
    public const string NumberParameter = "Number";
}

public static class DeskCaseSectionRegistration
{
    /// <summary>Adds <typeparamref name="TComponent"/> to the desk's case view (it must take a string parameter <c>Number</c>).</summary>
    public static IServiceCollection AddDeskCaseSection<TComponent>(this IServiceCollection services) where TComponent : IComponent =>
        services.AddSingleton(new DeskCaseSection(typeof(TComponent)));
}
