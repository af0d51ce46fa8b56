using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents;

/// <summary>A complete, self-contained, print-ready HTML page: the on-screen preview, the browser's print, and the PDF's source.</summary>
public sealed record RenderedDocument(
    DocumentKind Kind,
    DocumentLanguage Language,
    string Title,
    string? CaseNumber,
    DateOnly Date,
    string Html);
