using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Cases;

/// <summary>The trigger is not a row of the table for the current state. Rule-specific refinements derive from it.</summary>
public record TransitionNotAllowed : DomainError
{
    public TransitionNotAllowed(string state, string trigger, string? ruleId = null) : base(ruleId)
    {
        State = state;
        Trigger = trigger;
    }

    public string State { get; }
    public string Trigger { get; }

    public override IReadOnlyList<object?> Arguments => [Trigger, State];
}

/// <summary>The row exists but the actor's role may not fire it. Rule-specific refinements derive from it.</summary>
public record RoleNotAllowed : DomainError
{
    public RoleNotAllowed(Role role, string trigger, string state, string? ruleId = null) : base(ruleId)
    {
        Role = role;
        Trigger = trigger;
        State = state;
    }

    public Role Role { get; }
    public string Trigger { get; }
    public string State { get; }

    public override IReadOnlyList<object?> Arguments => [Role, Trigger];
}

/// <summary>A consumer or business acting on a case it is not a party to.</summary>
public sealed record NotAPartyToThisCase() : DomainError;

/// <summary>An assessor not on the panel, or a mediator not assigned, acting on the case.</summary>
public sealed record NotHandlingThisCase(Role Role) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Role];
}

public sealed record UnknownParty(Guid PartyId) : DomainError;

public sealed record TextRequired(string What) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [What];
}

public sealed record SchemeMismatch(string Expected, string Actual) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Actual, Expected];
}

/// <summary>Issue 14: the party already acts through an account of its own.</summary>
public sealed record PartyAlreadyHasAccount(string PartyName) : DomainError("D9")
{
    public override IReadOnlyList<object?> Arguments => [PartyName];
}

/// <summary>Issue 19 item 7: only an ended case that never had a retention term gets one after the fact.</summary>
public sealed record NoRetentionToStart() : DomainError("D24");
