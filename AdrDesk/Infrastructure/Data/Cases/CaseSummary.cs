using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Infrastructure.Data.Cases;

/// <summary>
/// One row per case of any scheme, for list screens (the workbench pages 200,000 of them):
/// what a grid shows, sorts and filters on, as indexed columns. Never written by a feature: the
/// case store rewrites it from the aggregate in the same SaveChanges as the case itself.
/// </summary>
public sealed class CaseSummary
{
    public Guid CaseId { get; set; }
    public string Number { get; set; } = "";
    public Scheme Scheme { get; set; }
    public string State { get; set; } = "";

    /// <summary>The consumer party's user (binding ruling, bemiddeling).</summary>
    public Guid? ConsumerUserId { get; set; }
    public string? ConsumerName { get; set; }

    /// <summary>The webshop / scheme participant: its user and register entry.</summary>
    public Guid? BusinessUserId { get; set; }
    public Guid? OrganisationId { get; set; }

    /// <summary>The webshop's or participant's name as a party of the case.</summary>
    public string? WebshopName { get; set; }

    /// <summary>B2B mediation only: the participant's business client.</summary>
    public Guid? ClientUserId { get; set; }
    public Guid? ClientOrganisationId { get; set; }

    /// <summary>The single assessor or the rapporteur of a panel of three (all three are in <see cref="CaseParticipant"/>).</summary>
    public Guid? AssessorId { get; set; }
    public string? AssessorName { get; set; }
    public Guid? MediatorId { get; set; }

    /// <summary>The earliest open term that binds someone (the informational court term and retention excluded).</summary>
    public DateTimeOffset? NextDeadlineAt { get; set; }
    public DeadlineKind? NextDeadlineKind { get; set; }

    /// <summary>D3: the total claim, from the intake; null when the scheme has none or it was not given.</summary>
    public decimal? AmountClaimed { get; set; }

    public Language? ProcedureLanguage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiledAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

public enum CaseRelation
{
    Consumer,
    Business,
    Client,
    Representative,
    Assessor,
    Mediator,
}

/// <summary>
/// Who is involved in a case, one row per person or organisation: the access check and every
/// "my cases" list read this (indexed by user, organisation and e-mail) instead of the aggregates.
/// Rewritten with the case summary on every save.
/// </summary>
public sealed class CaseParticipant
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public CaseRelation Relation { get; set; }
    public Guid? PartyId { get; set; }
    public Guid? UserId { get; set; }
    public Guid? OrganisationId { get; set; }

    /// <summary>The party's name (a party row only): whom a colleague or representative acts for, in the audit trail.</summary>
    public string? Name { get; set; }

    /// <summary>Upper-invariant e-mail of a representative (D7), who has no account link on the case.</summary>
    public string? Email { get; set; }
}

/// <summary>The last number handed out per scheme and year; numbers are never reused.</summary>
public sealed class CaseNumberSequence
{
    public Scheme Scheme { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
