using AdrDesk.Infrastructure.Data;

namespace AdrDesk.Features.Cases;

/// <summary>
/// D24, one kind of stored file a feature keeps under a case number (issued documents, case-file attachments, intake
/// uploads). An extension point of the shared core: each feature that stores files registers its own, and
/// <see cref="ErasedCaseFiles"/> erases them all once a case's data is erased: every kind's files first, then, in one
/// transaction, every kind's rows.
/// </summary>
public interface IStoredCaseFiles
{
    /// <summary>The case numbers that still have files of this kind (a query, combined with the others in one).</summary>
    IQueryable<string> CaseNumbers(AdrDbContext db);

    /// <summary>Deletes the case's files of this kind from disk; returns how many it deleted.</summary>
    Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken);

    /// <summary>Deletes the case's rows of this kind; runs in the sweeper's transaction, after every kind's files went.</summary>
    Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken);
}
