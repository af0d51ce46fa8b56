using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents;

/// <summary>D8: the procedure runs in Dutch or English; a ruling (and any procedure letter) in German is not offered.</summary>
public sealed record LanguageNotOfferedError(DocumentKind Kind, DocumentLanguage Language) : DomainError("D8")
{
    public override IReadOnlyList<object?> Arguments => [Kind, Language];
}

/// <summary>An issued document is immutable: its id and its file are written once.</summary>
public sealed record DocumentAlreadyStoredError(Guid Id) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Id];
}

/// <summary>Unknown id, or (at the endpoint) a document the reader may not see: the two are not told apart.</summary>
public sealed record DocumentNotFoundError(Guid Id) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Id];
}

/// <summary>A correction replaces the latest version of a document of the same case.</summary>
public sealed record InvalidCorrectionError(Guid SupersededId, CorrectionRefusal Reason) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [SupersededId, Reason];
}

/// <summary>Why a correction was refused; each value has its words in the error catalogue.</summary>
public enum CorrectionRefusal
{
    NotFound,
    OtherCase,
    AlreadyCorrected,
}
