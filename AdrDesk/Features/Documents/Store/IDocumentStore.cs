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
}
