using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

public sealed record StaffDecisionRequiresStaff(Role Role) : DomainError("D25")
{
    protected override LocalizedText Text => new(
        $"Alleen medewerkers van de geschillencommissie nemen deze beslissing (niet: {Role}).",
        $"Only desk staff take this decision (not: {Role}).");
}

public sealed record NotAStaffDecidableGround(string Ground) : DomainError("D25")
{
    protected override LocalizedText Text => new(
        $"{Ground} is geen weigeringsgrond van D25.", $"{Ground} is not a refusal ground of D25.");
}

public sealed record GroundNotOverridable(string Ground) : DomainError("D25")
{
    protected override LocalizedText Text => new(
        $"Grond {Ground} wordt automatisch vastgesteld; alleen D25b, c, j en i laten behandeling toe.",
        $"Ground {Ground} is checked automatically; only D25b, c, j and i allow handling the case anyway.");
}

/// <summary>Decided (D25) and D26: a staff decision or refusal carries a written reason.</summary>
public sealed record WrittenReasonRequired(string Ground) : DomainError("D26")
{
    protected override LocalizedText Text => new(
        $"Een schriftelijke motivering is verplicht ({Ground}).", $"A written reason is required ({Ground}).");
}
