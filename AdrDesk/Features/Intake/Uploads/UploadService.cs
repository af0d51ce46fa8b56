using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Uploads;

/// <summary>An opened upload: dispose to close the file.</summary>
public sealed record OpenedUpload(IntakeUpload Upload, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Documents added to a draft (item 2, item 10). Limits are checked BEFORE anything is stored: the
/// declared size, then the first bytes (PDF, JPEG, PNG by signature), then the real size while copying
/// (a client that lies about the size is cut off and nothing is kept). Files live outside wwwroot under
/// random names; only the owner and desk staff read them, through <see cref="UploadEndpoints"/>.
/// </summary>
public sealed class UploadService(
    IDbContextFactory<AdrDbContext> factory, IOptions<UploadOptions> options, Cases.Complaint.CaseComplaints complaints, Cases.UploadQuota quota, TimeProvider clock)
{
    private readonly string _root = Path.GetFullPath(options.Value.StorePath);

    public UploadOptions Limits => options.Value;

    public async Task<Result<UploadRef>> UploadAsync(
        ClaimsPrincipal user, Scheme scheme, bool paper, string fileName, long declaredSize, Func<long, Stream> open, CancellationToken ct = default)
    {
        var caller = IntakeCaller.For(user, scheme, paper);
        if (caller.IsFailure) return caller.Error!;
        var limits = options.Value;
        if (declaredSize > limits.MaxFileBytes) return new UploadTooLarge(limits.MaxFileBytes);
        var name = FileNames.Clean(fileName);

        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<IntakeDraft>().SingleOrDefaultAsync(d => d.UserId == caller.Value.UserId && d.Scheme == scheme && d.Paper == paper, ct);
        if (draft is null) return new NotSignedIn();
        if (await db.Set<IntakeUpload>().CountAsync(u => u.DraftId == draft.Id, ct) >= limits.MaxFiles) return new UploadLimitReached(limits.MaxFiles);
        // Issue 19 item 2: within the uploader's storage quota, by the declared size, before a byte is stored.
        var withinQuota = await quota.CheckAsync(user, declaredSize, ct);
        if (withinQuota.IsFailure) return withinQuota.Error!;

        await using var source = open(limits.MaxFileBytes);
        var head = new byte[FileSignature.BytesNeeded];
        var read = await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (FileSignature.Detect(head.AsSpan(0, read)) is not { } kind) return new UploadTypeRefused(name);

        var storedName = $"{Guid.NewGuid():N}{kind.Extension}.bin";
        var path = Path.Combine(_root, storedName);
        long size = 0;
        try
        {
            // Through a part file: a cancelled or broken request leaves nothing behind (issue 19 item 6).
            await PartialFiles.WriteAsync(path, async (target, token) =>
            {
                await target.WriteAsync(head.AsMemory(0, read), token);
                size = read + await CopyLimitedAsync(source, target, limits.MaxFileBytes - read, token);
                if (size > limits.MaxFileBytes) throw new InvalidOperationException("over the limit");
            }, ct);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // The browser's stream ends with an error when the file is larger than allowed.
            return new UploadTooLarge(limits.MaxFileBytes);
        }
        // A client that declared less than it sent: checked again by the real size, and the file goes when it does not fit.
        if (size > declaredSize && await quota.CheckAsync(user, size, ct) is { IsFailure: true } over)
        {
            File.Delete(path);
            return over.Error!;
        }
        // Stored and shown under the detected type's extension: "tool.exe" holding a PDF is "tool.pdf".
        name = FileNames.WithDetectedExtension(fileName, kind.Extension);

        var upload = new IntakeUpload
        {
            Id = Guid.CreateVersion7(), OwnerUserId = caller.Value.UserId, DraftId = draft.Id, OriginalName = name,
            ContentType = kind.ContentType, Size = size, StoredName = storedName, UploadedAt = clock.GetUtcNow(),
        };
        db.Add(upload);
        await db.SaveChangesAsync(ct);
        return new UploadRef(upload.Id, name, size);
    }

    public async Task<Result> RemoveAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var upload = await FindAsync(db, user, id, ct);
        if (upload is null || upload.CaseNumber is not null) return new UploadNotFound();
        db.Remove(upload);
        await db.SaveChangesAsync(ct);
        File.Delete(Path.Combine(_root, upload.StoredName));
        return Result.Success;
    }

    /// <summary>
    /// D13: a document filed with a case, for whoever may see the case (the core's <see cref="Cases.Complaint.CaseComplaints"/>
    /// decides: the other party, the desk, the case's assessor or mediator); <see cref="Cases.Complaint.FiledDocumentNotFound"/> otherwise.
    /// </summary>
    public async Task<Result<OpenedUpload>> OpenFiledAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var filed = await complaints.DocumentAsync(user, id, ct);
        if (filed.IsFailure) return filed.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var upload = await db.Set<IntakeUpload>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.CaseNumber != null, ct);
        if (upload is null) return new Cases.Complaint.FiledDocumentNotFound();
        var path = Path.Combine(_root, upload.StoredName);
        if (!File.Exists(path)) return new StoredFileMissing(upload.OriginalName);
        return new OpenedUpload(upload, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
    }

    /// <summary>The file for its owner or desk staff; <see cref="UploadNotFound"/> for anyone else (nobody learns it exists).</summary>
    public async Task<Result<OpenedUpload>> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var upload = await FindAsync(db, user, id, ct);
        if (upload is null) return new UploadNotFound();
        var path = Path.Combine(_root, upload.StoredName);
        if (!File.Exists(path)) return new StoredFileMissing(upload.OriginalName);
        return new OpenedUpload(upload, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
    }

    public async Task<IReadOnlyList<IntakeUpload>> ForCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<IntakeUpload>().AsNoTracking().Where(u => u.CaseNumber == caseNumber).OrderBy(u => u.UploadedAt).ToListAsync(ct);
    }

    private static async Task<IntakeUpload?> FindAsync(AdrDbContext db, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        if (Cases.CaseAccess.ActorOf(user) is not { } actor) return null;
        var upload = await db.Set<IntakeUpload>().SingleOrDefaultAsync(u => u.Id == id, ct);
        return upload is not null && (upload.OwnerUserId == actor.UserId || actor.Role.IsStaff()) ? upload : null;
    }

    private static async Task<long> CopyLimitedAsync(Stream source, Stream target, long remaining, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int n;
        while ((n = await source.ReadAsync(buffer, ct)) > 0)
        {
            copied += n;
            if (copied > remaining) return copied; // over the limit: the caller deletes the file
            await target.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        return copied;
    }
}
