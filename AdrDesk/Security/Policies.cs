using Microsoft.AspNetCore.Authorization;

namespace AdrDesk.Security;

/// <summary>
/// Every authorization policy of AdrDesk, in one place. Pages declare one with
/// <c>@attribute [Authorize(Policy = Policies.X)]</c>; services check case access themselves
/// (resource-based), because a hidden button protects nothing.
/// </summary>
public static class Policies
{
    /// <summary>A party to cases: consumers and business users.</summary>
    public const string Party = nameof(Party);
    public const string Consumer = nameof(Consumer);
    public const string Business = nameof(Business);
    public const string Assessor = nameof(Assessor);
    public const string Mediator = nameof(Mediator);
    /// <summary>Desk staff and admins: intake, screening, assignment, the register.</summary>
    public const string Desk = nameof(Desk);
    /// <summary>Anyone who works cases for the desk: case managers, assessors, mediators, admins.</summary>
    public const string Staff = nameof(Staff);
    public const string Admin = nameof(Admin);

    public static AuthorizationBuilder AddAdrDeskPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Party, p => p.RequireRole(Roles.Consumer, Roles.Business))
        .AddPolicy(Consumer, p => p.RequireRole(Roles.Consumer))
        .AddPolicy(Business, p => p.RequireRole(Roles.Business))
        .AddPolicy(Assessor, p => p.RequireRole(Roles.Assessor).RequireSecondFactor())
        .AddPolicy(Mediator, p => p.RequireRole(Roles.Mediator).RequireSecondFactor())
        .AddPolicy(Desk, p => p.RequireRole(Roles.CaseManager, Roles.Admin).RequireSecondFactor())
        .AddPolicy(Staff, p => p.RequireRole(Roles.CaseManager, Roles.Assessor, Roles.Mediator, Roles.Admin).RequireSecondFactor())
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin).RequireSecondFactor());

    /// <summary>Issue 19 item 3: every staff policy also asks for a sign-in that passed a second factor (<see cref="SecondFactor"/>).</summary>
    private static AuthorizationPolicyBuilder RequireSecondFactor(this AuthorizationPolicyBuilder policy) =>
        policy.RequireAssertion(context => SecondFactor.Passed(context.User));
}
