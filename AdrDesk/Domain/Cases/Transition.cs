using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>One row of a scheme's transition table: from a state, on a trigger, to a state, by these roles.</summary>
/// <remarks>A row whose <see cref="From"/> equals <see cref="To"/> is an action allowed in that state (e.g. adding a submission).</remarks>
public sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, TState To, IReadOnlyList<Role> Roles)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
