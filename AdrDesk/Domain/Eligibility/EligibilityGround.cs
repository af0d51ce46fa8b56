using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

/// <summary>How a ground is handled (Decided, D25).</summary>
public enum GroundHandling
{
    /// <summary>Checked automatically from the intake answers and the register: a refusal (D25 a, d–i).</summary>
    Automatic,

    /// <summary>A decision of the desk staff, recorded with a written reason (D25 b, c, j).</summary>
    StaffDecision,

    /// <summary>Not a refusal: the case waits (D5 subscription, D9 consent).</summary>
    Awaiting,
}

/// <summary>
/// One reason a request is not (yet) eligible. Every applicable ground is reported, not only the
/// first; its words (in the error catalogue, under its name) cite the rule.
/// </summary>
public abstract record EligibilityGround : DomainError
{
    protected EligibilityGround(string ruleId, GroundHandling handling) : base(ruleId) => Handling = handling;

    public GroundHandling Handling { get; }

    /// <summary>Decided: only D25i may be overridden by staff ("may still choose to handle it").</summary>
    public virtual bool StaffMayOverride => false;
}
