using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Uploads;

/// <summary>D24: the intake uploads of an erased case (the core's <see cref="ErasedCaseFiles"/> calls this).</summary>
public sealed class IntakeUploadFiles(IOptions<UploadOptions> uploads) : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) =>
        db.Set<IntakeUpload>().Where(u => u.CaseNumber != null).Select(u => u.CaseNumber!);

    public async Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        var uploaded = await db.Set<IntakeUpload>().Where(u => u.CaseNumber == number).ToListAsync(cancellationToken);
        var root = Path.GetFullPath(uploads.Value.StorePath);
        return uploaded.Sum(u => ErasedCaseFiles.Delete(Path.Combine(root, Path.GetFileName(u.StoredName))));
    }

    public Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken) =>
        db.Set<IntakeUpload>().Where(u => u.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Issue 19 item 2: the intake uploads a user keeps (on drafts and filed cases) count towards the user's <see cref="UploadQuota"/>.</summary>
public sealed class IntakeUploadSizes : IUserStoredFiles
{
    public IQueryable<long> SizesStoredBy(AdrDbContext db, Guid userId) =>
        db.Set<IntakeUpload>().Where(u => u.OwnerUserId == userId).Select(u => u.Size);
}
