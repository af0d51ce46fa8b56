using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

public enum StaffDecisionOutcome
{
    /// <summary>The ground applies: the case is refused on it.</summary>
    Refuse,

    /// <summary>The ground does not apply (D25 b, c, j) or the desk handles the case anyway (D25i override).</summary>
    Handle,
}

/// <summary>
/// Decided: D25 b, c, j and the D25i override are staff decisions with who, when and a written reason.
/// Staff may also refuse on any automatic ground, again with a reason.
/// </summary>
public sealed record StaffDecision(
    Guid Id, string RuleId, StaffDecisionOutcome Outcome, string Reason, Guid DecidedById, string DecidedByName, DateTimeOffset DecidedAt)
{
    private static readonly string[] Decidable = ["D25a", "D25b", "D25c", "D25d", "D25e", "D25f", "D25g", "D25h", "D25i", "D25j"];
    private static readonly string[] Handleable = ["D25b", "D25c", "D25i", "D25j"];

    public static Result<StaffDecision> Take(Actor staff, string ruleId, StaffDecisionOutcome outcome, string reason, TimeProvider clock)
    {
        if (!staff.Role.IsStaff()) return new StaffDecisionRequiresStaff(staff.Role);
        if (!Decidable.Contains(ruleId)) return new NotAStaffDecidableGround(ruleId);
        if (outcome == StaffDecisionOutcome.Handle && !Handleable.Contains(ruleId)) return new GroundNotOverridable(ruleId);
        if (string.IsNullOrWhiteSpace(reason)) return new WrittenReasonRequired(ruleId);
        return new StaffDecision(Guid.NewGuid(), ruleId, outcome, reason.Trim(), staff.UserId, staff.DisplayName, clock.GetUtcNow());
    }
}
