namespace AdrDesk.Domain.Common;

/// <summary>
/// An expected failure, named by its type (bitwarden style): callers switch on the type.
/// An error is its <see cref="Code"/> and its <see cref="Arguments"/>, nothing more: its words are in the
/// error catalogue (Resources/ErrorResource*.resx, keyed by the code) and the presentation side turns them
/// into a message in the reader's language. <see cref="RuleId"/> cites the procedure rule it enforces.
/// </summary>
public abstract record DomainError
{
    protected DomainError(string? ruleId = null) => RuleId = ruleId;

    public string? RuleId { get; }

    /// <summary>Stable: the record's name; a record whose name another error already has overrides it (a test keeps codes unique).</summary>
    public virtual string Code => GetType().Name;

    /// <summary>
    /// What the message's placeholders {0}, {1}… show, in that order: raw values (a Money, a DateOnly, an enum,
    /// another error), never text already formatted, so that every language formats them its own way.
    /// </summary>
    public virtual IReadOnlyList<object?> Arguments => [];
}
