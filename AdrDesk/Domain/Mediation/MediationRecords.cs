namespace AdrDesk.Domain.Mediation;

/// <summary>M2: a party acknowledged voluntariness, neutrality and the confidentiality duty before giving its position.</summary>
public sealed record Acknowledgement(Guid PartyId, DateTimeOffset At);

/// <summary>M6: a party's position, read by the other party only after the mediator exchanges both.</summary>
public sealed record Position(Guid PartyId, string Text, DateTimeOffset SubmittedAt);

/// <summary>
/// M3: talks are confidential and may not be recorded or written down, so a session holds logistics
/// only (deliberately no notes field). M5: at a neutral location, the mediator's office.
/// </summary>
public sealed record Session(Guid Id, DateTimeOffset StartsAt, int DurationMinutes, string Location);

public enum AgreementKind
{
    /// <summary>The parties agreed.</summary>
    Agreed,

    /// <summary>M8: the parties could not agree; the mediator worked out a binding solution.</summary>
    BindingSolution,
}

/// <summary>M9: a signature on the vaststellingsovereenkomst.</summary>
public sealed record Signature(Guid PartyId, DateTimeOffset SignedAt);
