using Microsoft.AspNetCore.Components;

namespace AdrDesk.Features.Cases;

/// <summary>
/// A section another feature adds to the live case page (the case file's <c>/cases/{number}</c>), above its tabs: a
/// component with a string parameter <c>Number</c>, the case number, that renders nothing for whom it is not meant.
/// An extension point of the shared core: the page renders every registered section with DynamicComponent, in the
/// order of registration, without knowing which features they come from.
/// </summary>
public sealed record CasePageSection(Type Component)
{
    /// <summary>The parameter every section takes: the case number as shown (e.g. <c>DD-2026-000042</c>).</summary>
    public const string NumberParameter = "Number";
}

public static class CasePageSectionRegistration
{
    /// <summary>Adds <typeparamref name="TComponent"/> to every case page (it must take a string parameter <c>Number</c>).</summary>
    public static IServiceCollection AddCasePageSection<TComponent>(this IServiceCollection services) where TComponent : IComponent =>
        services.AddSingleton(new CasePageSection(typeof(TComponent)));
}
