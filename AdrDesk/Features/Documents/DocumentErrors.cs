using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents;

/// <summary>D8: the procedure runs in Dutch or English; a ruling (and any procedure letter) in German is not offered.</summary>
public sealed record LanguageNotOfferedError(DocumentKind Kind, DocumentLanguage Language) : DomainError("D8")
{
    protected override LocalizedText Text => new(
        $"Een {Kind} wordt niet in het {Language} uitgegeven: de procedure loopt in het Nederlands of, op verzoek van de consument, het Engels.",
        $"A {Kind} is not issued in {Language}: the procedure runs in Dutch, or in English at the consumer's request.");
}

/// <summary>An issued document is immutable: its id and its file are written once.</summary>
public sealed record DocumentAlreadyStoredError(Guid Id) : DomainError
{
    protected override LocalizedText Text => new(
        $"Document {Id} is al opgeslagen en kan niet worden overschreven. Maak een correctie (nieuwe versie).",
        $"Document {Id} is already stored and cannot be overwritten. Issue a correction (a new version) instead.");
}

/// <summary>Unknown id, or (at the endpoint) a document the reader may not see: the two are not told apart.</summary>
public sealed record DocumentNotFoundError(Guid Id) : DomainError
{
    protected override LocalizedText Text => new($"Document {Id} bestaat niet.", $"Document {Id} does not exist.");
}

/// <summary>A correction replaces the latest version of a document of the same case.</summary>
public sealed record InvalidCorrectionError(Guid SupersededId, string ReasonNl, string ReasonEn) : DomainError
{
    protected override LocalizedText Text => new(
        $"Document {SupersededId} kan niet worden gecorrigeerd: {ReasonNl}",
        $"Document {SupersededId} cannot be corrected: {ReasonEn}");
}
