using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents;

/// <summary>Why a document was not rendered or stored; <see cref="Message"/> can be shown to staff.</summary>
public abstract record DocumentError(string Message);

/// <summary>D8: the procedure runs in Dutch or English; a ruling (and any procedure letter) in German is not offered.</summary>
public sealed record LanguageNotOfferedError(DocumentKind Kind, DocumentLanguage Language)
    : DocumentError($"A {Kind} is not issued in {Language} (D8: the procedure runs in Dutch, or English at the consumer's request).");

/// <summary>An issued document is immutable: its id and file are written once.</summary>
public sealed record DocumentAlreadyStoredError(Guid Id)
    : DocumentError($"Document {Id} is already stored; an issued document cannot be overwritten. Issue a correction instead.");

public sealed record DocumentNotFoundError(Guid Id)
    : DocumentError($"Document {Id} does not exist.");

/// <summary>A correction replaces a document of the same case, and only the latest version.</summary>
public sealed record InvalidCorrectionError(Guid SupersededId, string Reason)
    : DocumentError($"Document {SupersededId} cannot be corrected: {Reason}");
