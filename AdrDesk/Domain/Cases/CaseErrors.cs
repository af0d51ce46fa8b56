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

    protected override LocalizedText Text => new(
        $"'{Trigger}' is niet mogelijk in de status '{State}'.", $"'{Trigger}' is not possible in the state '{State}'.");
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

    protected override LocalizedText Text => new(
        $"De rol {Role} mag '{Trigger}' niet uitvoeren.", $"The role {Role} may not perform '{Trigger}'.");
}

/// <summary>A consumer or business acting on a case it is not a party to.</summary>
public sealed record NotAPartyToThisCase() : DomainError
{
    protected override LocalizedText Text => new("U bent geen partij in deze zaak.", "You are not a party to this case.");
}

/// <summary>An assessor not on the panel, or a mediator not assigned, acting on the case.</summary>
public sealed record NotHandlingThisCase(Role Role) : DomainError
{
    protected override LocalizedText Text => new(
        $"U behandelt deze zaak niet als {Role}.", $"You do not handle this case as {Role}.");
}

public sealed record UnknownParty(Guid PartyId) : DomainError
{
    protected override LocalizedText Text => new("Deze partij hoort niet bij de zaak.", "This party does not belong to the case.");
}

public sealed record TextRequired(string What) : DomainError
{
    protected override LocalizedText Text => new($"'{What}' is verplicht.", $"'{What}' is required.");
}

public sealed record SchemeMismatch(string Expected, string Actual) : DomainError
{
    protected override LocalizedText Text => new(
        $"Zaaknummer hoort bij {Actual}, verwacht {Expected}.", $"Case number belongs to {Actual}, expected {Expected}.");
}
