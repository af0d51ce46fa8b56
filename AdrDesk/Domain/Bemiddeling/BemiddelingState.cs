namespace AdrDesk.Domain.Bemiddeling;

/// <summary>States of a consumer bemiddeling (B rules); see docs/procedure.md for the diagram.</summary>
public enum BemiddelingState
{
    Registered, // B2
    Assessed, // B2
    ParticipantNotified, // B3
    ResolvedDirectly, // B3
    Escalated,
    Closed,
    DataErased, // retention (RetentionTerms.Bemiddeling)
}

public enum BemiddelingTrigger
{
    Assess,
    DeclareNotQualifying,
    NotifyParticipant,
    ResolveDirectly,
    Escalate,
    Close,
    EraseData,
}
