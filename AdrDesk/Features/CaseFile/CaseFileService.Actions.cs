using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;

namespace AdrDesk.Features.CaseFile;

// Writing: response, submissions, messages, staff notes, withdrawal.
public sealed partial class CaseFileService
{
    /// <summary>D12/D13: the respondent's response, with documents; the other party and the assessor receive it at once.</summary>
    public Task<Result> RespondAsync(ClaimsPrincipal user, string number, string text, IReadOnlyList<UploadedFile>? files = null, CancellationToken cancellationToken = default) =>
        SubmitAsync(user, number, text, files ?? [], "RecordResponse", null, (c, actor) => c.RecordResponse(actor, clock, text), cancellationToken);

    /// <summary>D13: a further statement or document from a party (or staff for a paper party).</summary>
    public Task<Result> AddSubmissionAsync(ClaimsPrincipal user, string number, string text, IReadOnlyList<UploadedFile>? files = null, CancellationToken cancellationToken = default) =>
        SubmitAsync(user, number, text, files ?? [], "AddSubmission", null, (c, actor) => c.AddSubmission(actor, clock, text), cancellationToken);

    /// <summary>The one path of a party's submission; <paramref name="forParty"/> is the party the desk acts for (post, D21), else the caller's own.</summary>
    private async Task<Result> SubmitAsync(
        ClaimsPrincipal user, string number, string text, IReadOnlyList<UploadedFile> files, string kind, Guid? forParty,
        Func<BindingRulingCase, Domain.Common.Actor, Result> act, CancellationToken cancellationToken)
    {
        var loaded = await LoadBindingAsync(user, number, kind, cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        var checkedText = CheckText(text, "text");
        if (checkedText.IsFailure) return checkedText;
        var checkedFiles = AttachmentStore.Validate(files);
        if (checkedFiles.IsFailure) return checkedFiles;
        // Issue 19 item 2: within the uploader's storage quota, before a byte is stored.
        var withinQuota = await quota.CheckAsync(user, files.Sum(f => f.Content.LongLength), cancellationToken);
        if (withinQuota.IsFailure) return withinQuota;

        var version = c.Version;
        var acted = act(c, grant.Actor);
        if (acted.IsFailure) return acted;
        var submission = c.Submissions[^1];
        var rows = await attachments.WriteAsync(c.Id, c.Number.ToString(), submission.Id, files, grant.UserId, clock.GetUtcNow(), cancellationToken);
        var saved = await SaveWithNoticesAsync(grant, c, version, kind, db => db.AddRange(rows), cancellationToken, forParty);
        if (saved.IsFailure) attachments.Delete(rows);
        return saved;
    }

    /// <summary>Issue 6 item 4: a message in the case's thread, with attachments; every scheme.</summary>
    public async Task<Result> PostMessageAsync(ClaimsPrincipal user, string number, string text, IReadOnlyList<UploadedFile>? files = null, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadAsync(user, number, cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        if (c.StateName == nameof(BindingRulingState.DataErased)) return new NotAllowedOnThisCase("PostMessage");
        var checkedText = CheckText(text, "message");
        if (checkedText.IsFailure) return checkedText;
        files ??= [];
        var checkedFiles = AttachmentStore.Validate(files);
        if (checkedFiles.IsFailure) return checkedFiles;
        // Issue 19 item 2: within the uploader's storage quota, before a byte is stored.
        var withinQuota = await quota.CheckAsync(user, files.Sum(f => f.Content.LongLength), cancellationToken);
        if (withinQuota.IsFailure) return withinQuota;

        var now = clock.GetUtcNow();
        var message = new CaseMessage
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = c.Number.ToString(), AuthorId = grant.UserId, AuthorName = grant.Actor.DisplayName,
            AuthorRole = grant.Actor.Role, Body = text.Trim(), PostedAt = now,
        };
        var notices = await notifier.PrepareAsync(c, Kinds.MessagePosted, grant.Actor.UserId, cancellationToken);
        var rows = await attachments.WriteAsync(c.Id, message.CaseNumber, message.Id, files, grant.UserId, now, cancellationToken);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.Add(message);
            db.AddRange(rows);
            notices(db);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            attachments.Delete(rows);
            throw;
        }
        outbox.Wake();
        await PublishAsync(c, Kinds.MessagePosted);
        return Result.Success;
    }

    /// <summary>Desk-internal note (staff and the assessor): never shown to a party.</summary>
    public async Task<Result> AddStaffNoteAsync(ClaimsPrincipal user, string number, string text, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "AddStaffNote", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        var checkedText = CheckText(text, "note");
        if (checkedText.IsFailure) return checkedText;
        var version = c.Version;
        var acted = c.AddStaffNote(grant.Actor, clock, text);
        return acted.IsFailure ? acted : await store.SaveAsync(c, version, cancellationToken: cancellationToken);
    }

    /// <summary>D20: the consumer withdraws until the ruling is being prepared; the page first explains the consequences.</summary>
    public async Task<Result> WithdrawAsync(ClaimsPrincipal user, string number, string? reason = null, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "Withdraw", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        if (reason is { Length: > CaseFileLimits.MaxTextLength }) return new TextTooLong(CaseFileLimits.MaxTextLength);
        var version = c.Version;
        var acted = c.Withdraw(grant.Actor, clock, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        return acted.IsFailure ? acted : await SaveWithNoticesAsync(grant, c, version, "Withdraw", null, cancellationToken);
    }
}
