using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Documents.Store;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>An attachment opened for download; the caller disposes it.</summary>
public sealed record OpenedAttachment(CaseAttachment Attachment, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

// The bell, the notification list, the print queue (D21) and attachment downloads.
public sealed partial class CaseFileService
{
    /// <summary>An attachment of this case for someone on it; <see cref="AttachmentNotFound"/> for an id of another case.</summary>
    public async Task<Result<OpenedAttachment>> OpenAttachmentAsync(ClaimsPrincipal user, string number, Guid id, CancellationToken cancellationToken = default)
    {
        var grant = await access.ForCaseAsync(user, number, cancellationToken);
        if (grant.IsFailure) return grant.Error!;
        var key = grant.Value.Summary.Number;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.Set<CaseAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.CaseNumber == key, cancellationToken);
        if (attachment is null) return new AttachmentNotFound();
        return attachments.Open(attachment) is { } content
            ? new OpenedAttachment(attachment, content)
            : new AdrDesk.Infrastructure.Files.StoredFileMissing(attachment.FileName);
    }

    public async Task<IReadOnlyList<UserNotification>> NotificationsAsync(ClaimsPrincipal user, int take = 100, CancellationToken cancellationToken = default)
    {
        var me = UserIdOf(user);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<UserNotification>().AsNoTracking().Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAt).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = UserIdOf(user);
        if (me == Guid.Empty) return 0;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<UserNotification>().CountAsync(n => n.UserId == me && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks one (or, with null, all) of the caller's own notifications read; others' ids change nothing.</summary>
    public async Task MarkReadAsync(ClaimsPrincipal user, Guid? id = null, CancellationToken cancellationToken = default)
    {
        var me = UserIdOf(user);
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Set<UserNotification>().Where(n => n.UserId == me && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0) unread.Changed(); // the user's bells, on every page they have open

    }

    /// <summary>D21: letters to print and post, for desk staff only.</summary>
    /// <summary>The addressed letters, oldest first: one page of them (<paramref name="skip"/>, <paramref name="take"/>, at most 500) and how many there are.</summary>
    public async Task<Result<PrintQueueList>> PrintQueueAsync(ClaimsPrincipal user, bool includeSent = false, int skip = 0, int take = 500,
        CancellationToken cancellationToken = default)
    {
        if (!IsDesk(user)) return new NotAllowedOnThisCase("PrintQueue");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var letters = db.Set<PrintQueueEntry>().AsNoTracking().Where(p => p.Address != null && (includeSent || p.SentAt == null));
        // Issue 16: the page's table pages in SQL (the SentAt, CreatedAt index), never every letter at once.
        var entries = await letters.OrderBy(p => p.CreatedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
        var total = skip == 0 && entries.Count < take ? entries.Count : await letters.CountAsync(cancellationToken);
        // issue 19 item 6: the enclosures' format with the list, so the page says "PDF" only for a PDF
        var html = await db.HtmlFallbacksAmongAsync(entries.Where(e => e.DocumentId is not null).Select(e => e.DocumentId!.Value), cancellationToken);
        return new PrintQueueList(entries, html, total);
    }

    public async Task<Result> MarkPrintedAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        if (!IsDesk(user)) return new NotAllowedOnThisCase("PrintQueue");
        var now = clock.GetUtcNow();
        var by = DisplayNameOf(user);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Set<PrintQueueEntry>().Where(p => p.Id == id && p.SentAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.SentAt, now).SetProperty(p => p.SentBy, by), cancellationToken);
        return changed == 1 ? Result.Success : new PrintEntryNotFound();
    }
}
