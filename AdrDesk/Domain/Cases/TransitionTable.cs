using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>
/// The single source of truth of a scheme's lifecycle (style.md 4): every command on a case asks
/// this table first, so a (state, trigger) pair that is not a row always fails the same named way.
/// </summary>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), Transition<TState, TTrigger>> _rows = [];

    public TransitionTable(IEnumerable<Transition<TState, TTrigger>> rows)
    {
        foreach (var row in rows)
        {
            // Two rows for one (state, trigger) would make the lifecycle ambiguous: a bug in the table itself.
            if (!_rows.TryAdd((row.From, row.Trigger), row))
                throw new InvalidOperationException($"Duplicate transition {row.From} --{row.Trigger}-->.");
        }
    }

    public IReadOnlyCollection<Transition<TState, TTrigger>> Rows => _rows.Values;

    public bool Allows(TState from, TTrigger trigger) => _rows.ContainsKey((from, trigger));

    /// <summary>The target state, or <see cref="TransitionNotAllowed"/> / <see cref="RoleNotAllowed"/>.</summary>
    public Result<TState> Check(TState from, TTrigger trigger, Role role)
    {
        if (!_rows.TryGetValue((from, trigger), out var row)) return new TransitionNotAllowed(from.ToString(), trigger.ToString());
        if (!row.Roles.Contains(role)) return new RoleNotAllowed(role, trigger.ToString(), from.ToString());
        return row.To;
    }

    /// <summary>Rows for one trigger from each of several states to one target (e.g. "settled any time").</summary>
    public static IEnumerable<Transition<TState, TTrigger>> Each(TState[] from, TTrigger trigger, TState to, Role[] roles) =>
        from.Select(state => new Transition<TState, TTrigger>(state, trigger, to, roles));

    /// <summary>Rows for an action that is allowed in each of several states and keeps the state.</summary>
    public static IEnumerable<Transition<TState, TTrigger>> Stay(TState[] states, TTrigger trigger, Role[] roles) =>
        states.Select(state => new Transition<TState, TTrigger>(state, trigger, state, roles));
}
