namespace AdrDesk.Domain.Common;

/// <summary>
/// An expected failure, named by its type (bitwarden style): callers switch on the type,
/// users read <see cref="Message"/>. <see cref="RuleId"/> cites the procedure rule it enforces.
/// </summary>
public abstract record DomainError
{
    protected DomainError(string? ruleId = null) => RuleId = ruleId;

    public string? RuleId { get; }

    public string Code => GetType().Name;

    /// <summary>All texts of one error live in its own record, Dutch first.</summary>
    protected abstract LocalizedText Text { get; }

    public string Message(Language language) => Text.For(language);
}
