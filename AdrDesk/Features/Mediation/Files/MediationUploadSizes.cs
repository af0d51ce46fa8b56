using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;

namespace AdrDesk.Features.Mediation.Files;

/// <summary>Issue 19 item 2: a party's position documents (M6) count towards the user's <see cref="UploadQuota"/>.</summary>
public sealed class PositionDocumentSizes : IUserStoredFiles
{
    public IQueryable<long> SizesStoredBy(AdrDbContext db, Guid userId) =>
        db.Set<PositionDocument>().Where(d => d.UploadedBy == userId).Select(d => d.Size);
}

/// <summary>Issue 19 item 2: a party's hand-signed scans (issue 8 item 5) count towards the user's <see cref="UploadQuota"/>.</summary>
public sealed class SignedScanSizes : IUserStoredFiles
{
    public IQueryable<long> SizesStoredBy(AdrDbContext db, Guid userId) =>
        db.Set<SignedScan>().Where(s => s.UploadedBy == userId).Select(s => s.Size);
}
