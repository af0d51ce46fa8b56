using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>D24: the case file's attachments of an erased case (the core's <see cref="ErasedCaseFiles"/> calls this).</summary>
public sealed class CaseAttachmentFiles(AttachmentStore attachments) : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) => db.Set<CaseAttachment>().Select(a => a.CaseNumber);

    public async Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CaseAttachment>().Where(a => a.CaseNumber == number).ToListAsync(cancellationToken);
        attachments.Delete(rows);
        return rows.Count;
    }

    public Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken) =>
        db.Set<CaseAttachment>().Where(a => a.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Issue 19 item 2: the case-file attachments a user uploaded count towards the user's <see cref="UploadQuota"/>.</summary>
public sealed class CaseAttachmentUploads : IUserStoredFiles
{
    public IQueryable<long> SizesStoredBy(AdrDbContext db, Guid userId) =>
        db.Set<CaseAttachment>().Where(a => a.UploadedBy == userId).Select(a => a.Size);
}
