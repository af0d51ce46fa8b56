using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace AdrDesk.Tests.Architecture;

/// <summary>
/// The dependency rules of docs/architecture.md ("Dependency direction"), checked on the compiled assembly with
/// NetArchTest (Mono.Cecil): base types, interfaces, attributes, fields, properties (so <c>@inject</c>), signatures,
/// locals and every instruction of every method body, with the compiler's closures and async state machines, so the
/// generated <c>BuildRenderTree</c> of a Razor component (<c>OpenComponent&lt;T&gt;</c>) counts like any other code.
/// A layer is a namespace with its sub-namespaces, plus the Razor compiler's type-inference helpers for its generic
/// components (<c>__Blazor.{namespace}.{Component}.TypeInference</c>). A failing rule lists each offending type with
/// what it must not use.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// The shared core: the features every feature may use. Chosen from the cross-feature references (issue 15): the case
    /// store, access and audit trail (<c>Cases</c>) and the document issuer and store (<c>Documents</c>) were used by five
    /// and six of the other features, the register of webshops (<c>Register</c>) by the intake and the account admin.
    /// The core uses no feature outside it. Everything else one feature offers another goes through an extension point
    /// of the core (<c>CasePageSection</c>, <c>IPrintQueue</c>, <c>IFilingScreening</c>, <c>IStoredCaseFiles</c>), registered in DI.
    /// </summary>
    public static readonly string[] Core = ["Cases", "Documents", "Register"];

    private const string App = "AdrDesk";
    private const string Domain = "AdrDesk.Domain";
    private const string Infrastructure = "AdrDesk.Infrastructure";
    private const string Features = "AdrDesk.Features";
    private const string Shell = "AdrDesk.Components";

    private static readonly Assembly AppAssembly = typeof(AdrDesk.Security.Roles).Assembly;
    private static readonly Lazy<Types> AppTypes = new(() => Types.InAssembly(AppAssembly));

    /// <summary>Every top-level namespace of AdrDesk's (AdrDesk.Domain, .Infrastructure, .Features, .Components, .AppSetup, …).</summary>
    private static IReadOnlyList<string> AppNamespaces() => NamespacesUnder(App);

    /// <summary>The features: AdrDesk.Features.{Feature}.</summary>
    private static IReadOnlyList<string> FeatureNamespaces() => NamespacesUnder(Features);

    [Fact]
    public void Domain_depends_on_nothing_of_AdrDesks_nor_on_EF_Core_ASP_NET_the_UI_or_IO()
    {
        string[] outside =
        [
            "Microsoft.EntityFrameworkCore", "Microsoft.Data", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.JSInterop",
            "Microsoft.Playwright", "MudBlazor", "System.IO", "System.Net", "System.Data", "System.Net.Http",
        ];
        var forbidden = AppNamespaces().Where(n => n != Domain).Concat(outside).ToList();
        Assert.Contains(Infrastructure, forbidden);
        Assert.Contains(Features, forbidden);

        AssertNone("Domain (pure: no AdrDesk layer above it, no EF Core, ASP.NET, UI or I/O)", Violations(AppTypes.Value, Domain, forbidden));
    }

    [Fact]
    public void Infrastructure_references_no_feature_nor_the_shell()
    {
        AssertNone("Infrastructure (mappings of a feature's tables live in the feature)",
            Violations(AppTypes.Value, Infrastructure, [.. FeatureNamespaces(), Shell, "AdrDesk.AppSetup"]));
    }

    [Fact]
    public void A_feature_uses_another_only_through_the_shared_core()
    {
        var features = FeatureNamespaces();
        var core = Core.Select(c => $"{Features}.{c}").ToList();
        Assert.All(core, c => Assert.Contains(c, features)); // the core names real features
        Assert.True(features.Count - core.Count >= 6, string.Join(", ", features));

        // Non-core features: no other feature but the core. Core features: none outside the core.
        var violations = features.SelectMany(feature =>
            Violations(AppTypes.Value, feature, features.Where(other => other != feature && !core.Contains(other)))).ToList();
        AssertNone($"A feature may use another only if it is in the shared core ({string.Join(", ", Core)})", violations);
    }

    [Fact]
    public void The_shell_hosts_features_only_through_its_extension_points()
    {
        // Layout, header, menu and account pages know no feature: features add menu entries (AddNavItem) and header
        // items (AddHeaderItem) in their own Add…(); the router finds their pages in the assembly.
        AssertNone("Components (the shell) references no feature", Violations(AppTypes.Value, Shell, FeatureNamespaces()));
    }

    // The rules above pass trivially if they see nothing; these prove what they see.

    [Fact]
    public void Every_layer_has_types()
    {
        foreach (var layer in new[] { Domain, Infrastructure, Shell }.Concat(FeatureNamespaces()))
        {
            Assert.NotEmpty(Layer(AppTypes.Value, layer).GetTypes());
        }
    }

    [Fact]
    public void Compiled_Razor_components_are_covered_markup_injections_and_type_inference_helpers()
    {
        var types = AppTypes.Value;
        // <AppHeader /> in MainLayout.razor compiles to OpenComponent<AppHeader>() in BuildRenderTree.
        Assert.True(types.That().HaveName("MainLayout").Should().HaveDependencyOn("AdrDesk.Components.Layout.AppHeader").GetResult().IsSuccessful);
        // @inject CaseFileService in CasePage.razor is a property of that type.
        Assert.True(types.That().HaveName("CasePage").Should().HaveDependencyOn("AdrDesk.Features.CaseFile.CaseFileService").GetResult().IsSuccessful);
        // A generic component whose type is inferred (MudSelectItem's Value in the mediator's ProposeSlotsForm.razor) is opened
        // in a helper outside the component's namespace; the layer includes it, so a generic component of another feature
        // would be seen there. (The workbench has none since its filters became native selects, issue 16 item 7.)
        var helpers = Layer(types, "AdrDesk.Features.Mediation").And().HaveName("TypeInference");
        Assert.NotEmpty(helpers.And().HaveDependencyOn("MudBlazor").GetTypes());
    }

    [Fact]
    public void The_rules_find_references_in_bodies_closures_async_methods_members_and_render_trees()
    {
        var samples = Types.InAssembly(typeof(ArchitectureTests).Assembly);

        var found = Violations(samples, "AdrDesk.Tests.Architecture.Samples", ["AdrDesk.Features.Workbench"])
            .Select(v => v.Split(" -> ")[0].Split('.')[^1]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["Field", "GenericInBody", "InAsyncMethod", "InClosure", "Injected", "RendersComponent", "StaticCallInBody", "TypeofInBody"],
            found);
    }

    /// <summary>The types of a layer: its namespace and sub-namespaces, and the Razor type-inference helpers of its components.</summary>
    private static PredicateList Layer(Types types, string ns) =>
        types.That().ResideInNamespaceMatching($@"^(__Blazor\.)?{Regex.Escape(ns)}(\..+)?$");

    /// <summary>"Type -> namespace" for every type of the layer that depends on one of the forbidden namespaces.</summary>
    private static List<string> Violations(Types types, string layer, IEnumerable<string> forbidden) =>
        forbidden.SelectMany(f => Layer(types, layer).ShouldNot().HaveDependencyOn(f).GetResult() is { IsSuccessful: false } result
                ? (result.FailingTypeNames ?? []).Select(t => $"{DeclaringType(t)} -> {f}")
                : [])
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>A closure, state machine or nested type is reported as the type whose code it is.</summary>
    private static string DeclaringType(string typeName) => typeName.Split('/', '+')[0];

    private static void AssertNone(string rule, IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{rule}; {violations.Count} offending:\n  " + string.Join("\n  ", violations));

    private static IReadOnlyList<string> NamespacesUnder(string prefix) => AppAssembly.GetTypes()
        .Select(t => NamespaceOf(t) is { } ns && ns.StartsWith("__Blazor.", StringComparison.Ordinal) ? ns["__Blazor.".Length..] : NamespaceOf(t))
        .Where(ns => ns is not null && ns.StartsWith(prefix + ".", StringComparison.Ordinal))
        .Select(ns => prefix + "." + ns![(prefix.Length + 1)..].Split('.')[0])
        .Distinct().Order(StringComparer.Ordinal).ToList();

    private static string? NamespaceOf(Type type) => type.DeclaringType is { } outer ? NamespaceOf(outer) : type.Namespace;
}
