using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace AdrDesk.Tests.Architecture;

/// <summary>
/// Issue 18 item 6: a procedure action of screening (start, forward, refuse, accept a decision, ask consent, invite to
/// subscribe) is reachable only through the one screening service. An IL scan of the app: every call of those domain
/// commands, in any method body (closures, lambdas handed to a generic "act" helper, async state machines and Razor
/// components included, each counted to its outermost type), must sit in the <see cref="IFilingScreening"/>
/// implementation. Demo and volume data build case histories directly (BindingRulingPath): not a route.
/// </summary>
public sealed class ScreeningRouteArchitectureTests
{
    /// <summary>The domain commands of the desk's decisions on a filing (D5, D9, D12, D25, D26).</summary>
    public static readonly string[] ProcedureActions =
    [
        nameof(BindingRulingCase.StartScreening), nameof(BindingRulingCase.Forward), nameof(BindingRulingCase.Refuse),
        nameof(BindingRulingCase.RecordStaffDecision), nameof(BindingRulingCase.RequestConsent), nameof(BindingRulingCase.GiveConsent),
        nameof(BindingRulingCase.DeclineConsent), nameof(BindingRulingCase.RequestSubscription), nameof(BindingRulingCase.ConfirmSubscription),
    ];

    private static readonly string[] Allowed =
    [
        "AdrDesk.Features.Intake.Desk.IntakeQueueService", // the one screening service
        "AdrDesk.Features.Cases.BindingRulingPath", // demo and volume data, not a route of the desk
    ];

    /// <summary>Each call of a procedure action outside the domain: "caller type → action".</summary>
    public static IReadOnlyList<string> CallsOfProcedureActions(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new List<string>();
        foreach (var type in module.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null) outer = outer.DeclaringType;
            if (outer.Namespace.StartsWith("AdrDesk.Domain", StringComparison.Ordinal)) continue;
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var call in method.Body.Instructions.Where(i => i.OpCode.FlowControl == FlowControl.Call || i.OpCode == OpCodes.Ldftn || i.OpCode == OpCodes.Ldvirtftn))
                {
                    if (call.Operand is MethodReference target && target.DeclaringType.FullName == typeof(BindingRulingCase).FullName
                        && ProcedureActions.Contains(target.Name))
                        found.Add($"{outer.FullName} → {target.Name}");
                }
            }
        }
        return found.Distinct().Order().ToList();
    }

    [Fact, Trait("Rule", "D9"), Trait("Rule", "D5"), Trait("Rule", "D25"), Trait("Rule", "D26")]
    public void Procedure_actions_on_a_filing_are_called_only_by_the_one_screening_service()
    {
        var calls = CallsOfProcedureActions(typeof(IFilingScreening).Assembly.Location);
        var bypassing = calls.Where(c => !Allowed.Any(a => c.StartsWith(a + " →", StringComparison.Ordinal))).ToList();
        Assert.True(bypassing.Count == 0, "A procedure action is reachable without the one screening service (IFilingScreening):\n" + string.Join("\n", bypassing));
        // The scan sees the screening service's own calls: it reads method bodies, it does not pass by finding nothing.
        foreach (var action in ProcedureActions)
            Assert.Contains($"AdrDesk.Features.Intake.Desk.IntakeQueueService → {action}", calls);
    }

    [Fact]
    public void The_scan_finds_a_procedure_action_hidden_in_a_lambda_and_an_async_method()
    {
        var calls = CallsOfProcedureActions(typeof(ScreeningBypassSample).Assembly.Location);
        Assert.Contains($"{typeof(ScreeningBypassSample).FullName} → {nameof(BindingRulingCase.Forward)}", calls);
        Assert.Contains($"{typeof(ScreeningBypassSample).FullName} → {nameof(BindingRulingCase.RequestConsent)}", calls);
    }

    [Fact]
    public void There_is_one_screening_service_and_every_desk_page_reaches_screening_through_it()
    {
        var implementations = typeof(IFilingScreening).Assembly.GetTypes()
            .Where(t => typeof(IFilingScreening).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).Select(t => t.FullName).ToList();
        Assert.Equal(["AdrDesk.Features.Intake.Desk.IntakeQueueService"], implementations);
    }
}

/// <summary>Test-only: procedure actions hidden the ways a page or service might (a lambda to a helper, an async method); the scan must see them.</summary>
internal static class ScreeningBypassSample
{
    public static Result Act(BindingRulingCase c, Func<BindingRulingCase, Result> step) => step(c);

    public static Result ForwardInLambda(BindingRulingCase c, Actor actor, TimeProvider clock) => Act(c, x => x.Forward(actor, clock));

    public static async Task<Result> ConsentAsync(BindingRulingCase c, Actor actor, TimeProvider clock)
    {
        await Task.Yield();
        return c.RequestConsent(actor, clock);
    }
}
