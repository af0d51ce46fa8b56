using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Issue 19 item 2: one kind of file a user stores by uploading (case-file attachments, intake uploads, mediation
/// position documents and signed scans). An extension point of the shared core: each feature that keeps uploads
/// registers its own, and <see cref="UploadQuota"/> adds them all up.
/// </summary>
public interface IUserStoredFiles
{
    /// <summary>The sizes in bytes of the files of this kind the user uploaded (a query, summed in the database).</summary>
    IQueryable<long> SizesStoredBy(AdrDbContext db, Guid userId);
}

/// <summary>The "Uploads" section's per-user storage quota (the section's other limits are the intake's).</summary>
public sealed class UploadQuotaOptions
{
    public const string Section = "Uploads";

    /// <summary>What one party account may keep stored across all its uploads, in MB (1 MB = 1024 × 1024 bytes).</summary>
    public int QuotaPerUserMb { get; set; } = 200;

    public long QuotaBytes => (long)QuotaPerUserMb * 1024 * 1024;
}

/// <summary>Issue 19 item 2: the upload would take the user over the storage quota; nothing was stored.</summary>
public sealed record UploadQuotaExceeded(long UsedMb, long QuotaMb) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [UsedMb, QuotaMb];
}

/// <summary>
/// Issue 19 item 2: the per-user storage quota, checked by every upload path before a byte is stored. Counted over
/// every <see cref="IUserStoredFiles"/>: what the account has uploaded and is still kept. Staff (desk, assessor, mediator,
/// admin) are exempt: they enter parties' paper post and their uploads are bounded per action by the file limits; the
/// quota stops a party account from filling the disk.
/// </summary>
public sealed class UploadQuota(IDbContextFactory<AdrDbContext> factory, IEnumerable<IUserStoredFiles> kinds, IOptions<UploadQuotaOptions> options)
{
    private readonly IReadOnlyList<IUserStoredFiles> _kinds = kinds.ToList();

    public UploadQuotaOptions Limits => options.Value;

    /// <summary>Success when <paramref name="incomingBytes"/> more still fit the caller's quota; <see cref="UploadQuotaExceeded"/> otherwise.</summary>
    public async Task<Result> CheckAsync(ClaimsPrincipal user, long incomingBytes, CancellationToken ct = default)
    {
        // No actor: the upload path itself refuses the caller; staff (every role that is not a party): exempt (see above).
        if (CaseAccess.ActorOf(user) is not { } actor || !actor.Role.IsParty()) return Result.Success;
        var used = await UsedBytesAsync(actor.UserId, ct);
        var quota = options.Value.QuotaBytes;
        return used + Math.Max(0, incomingBytes) <= quota
            ? Result.Success
            : new UploadQuotaExceeded(ToMb(used), options.Value.QuotaPerUserMb);
    }

    /// <summary>The bytes the user has stored, over every kind of upload.</summary>
    public async Task<long> UsedBytesAsync(Guid userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        long used = 0;
        foreach (var kind in _kinds) used += await kind.SizesStoredBy(db, userId).SumAsync(ct);
        return used;
    }

    private static long ToMb(long bytes) => (bytes + 1024 * 1024 - 1) / (1024 * 1024);
}
