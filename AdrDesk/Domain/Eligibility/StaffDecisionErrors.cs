using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

public sealed record StaffDecisionRequiresStaff(Role Role) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Role];
}

public sealed record NotAStaffDecidableGround(string Ground) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Ground];
}

public sealed record GroundNotOverridable(string Ground) : DomainError("D25")
{
    public override IReadOnlyList<object?> Arguments => [Ground];
}

/// <summary>Decided (D25) and D26: a staff decision or refusal carries a written reason.</summary>
public sealed record WrittenReasonRequired(string Ground) : DomainError("D26")
{
    public override IReadOnlyList<object?> Arguments => [Ground];
}
