using AdrDesk.Features.Cases;
using AdrDesk.Features.PublishedRulings.Data;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>
/// D24: the published version of an erased case goes with the rest of its data. It holds no files, only its row; the
/// core's eraser of stored case files (<see cref="ErasedCaseFiles"/>) finds every erased case that still has one and
/// deletes it, so the public pages lose it at the same time as the desk does.
/// </summary>
public sealed class PublishedRulingRows : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) => db.Set<PublishedRuling>().Select(r => r.CaseNumber);

    public Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken) =>
        db.Set<PublishedRuling>().Where(r => r.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
}
