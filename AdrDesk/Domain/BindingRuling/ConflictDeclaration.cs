namespace AdrDesk.Domain.BindingRuling;

/// <summary>Directive art. 6: an assessor discloses, at any time, circumstances that may affect independence.</summary>
public sealed record ConflictDeclaration(Guid Id, Guid AssessorId, string AssessorName, string Description, DateTimeOffset DeclaredAt);
