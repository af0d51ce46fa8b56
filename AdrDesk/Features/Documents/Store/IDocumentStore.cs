using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Documents.Store;

/// <summary>Issued documents: saved once with their SHA-256, read by id. Callers check who may read (see IDocumentAccessPolicy).</summary>
public interface IDocumentStore
{
    /// <summary>Fails with <see cref="DocumentAlreadyStoredError"/> for an id already used and <see cref="InvalidCorrectionError"/> for a bad correction.</summary>
    Task<Result<StoredDocument>> SaveAsync(NewDocument document, CancellationToken cancellationToken = default);

    Task<StoredDocument?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The document and its bytes; <see cref="DocumentNotFoundError"/> for an unknown id.</summary>
    Task<Result<OpenedDocument>> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every version of every document of a case, newest first.</summary>
    Task<IReadOnlyList<StoredDocument>> ListAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Documents stored as HTML because the PDF could not be made (oldest first, at most <paramref name="max"/>).</summary>
    Task<IReadOnlyList<StoredDocument>> HtmlFallbacksAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issue 19 item 6: replaces an HTML fallback's file by <paramref name="pdf"/>, keeping its id; <paramref name="alsoInTransaction"/>
    /// adds what must commit with it (the case's audit entry). Fails with <see cref="DocumentNotFoundError"/>; a document that is
    /// no longer a fallback is returned unchanged.
    /// </summary>
    Task<Result<StoredDocument>> ReplaceHtmlFallbackAsync(Guid id, byte[] pdf, Func<AdrDesk.Infrastructure.Data.AdrDbContext, StoredDocument, Task> alsoInTransaction,
        CancellationToken cancellationToken = default);
}
