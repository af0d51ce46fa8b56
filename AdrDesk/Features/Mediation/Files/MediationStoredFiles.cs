using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation.Files;

/// <summary>
/// Retention (issue 19 item 7): the files a mediation keeps on disk (position documents, signed scans, letters recorded
/// from the post), deleted with their rows once the case's data is erased (the core's <see cref="ErasedCaseFiles"/> calls this).
/// A post letter may share its bytes with a position document or scan; a file already gone counts nothing.
/// </summary>
public sealed class MediationStoredFiles(MediationFileStore store) : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) =>
        db.Set<PositionDocument>().Select(d => d.CaseNumber)
            .Concat(db.Set<SignedScan>().Select(s => s.CaseNumber))
            .Concat(db.Set<MediationPostLetter>().Select(l => l.CaseNumber));

    public async Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        var names = await db.Set<PositionDocument>().Where(d => d.CaseNumber == number).Select(d => d.StorageName)
            .Concat(db.Set<SignedScan>().Where(s => s.CaseNumber == number).Select(s => s.StorageName))
            .Concat(db.Set<MediationPostLetter>().Where(l => l.CaseNumber == number).Select(l => l.StorageName))
            .ToListAsync(cancellationToken);
        return names.Distinct().Sum(n => ErasedCaseFiles.Delete(Path.Combine(store.Root, n[..2], Path.GetFileName(n))));
    }

    public async Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        await db.Set<MediationPostLetter>().Where(l => l.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SignedScan>().Where(s => s.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PositionDocument>().Where(d => d.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
    }
}
