using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Files;

namespace AdrDesk.Features.CaseFile;

/// <summary>What a party sent by post on a binding-ruling case (D21).</summary>
public enum PostKind
{
    /// <summary>D12: the respondent's response (verweer).</summary>
    Response,

    /// <summary>D13: a further statement or document.</summary>
    Statement,
}

/// <summary>One letter the desk received: for which party, what, the day it arrived, a short description and the scan.</summary>
public sealed record PostItem(Guid PartyId, PostKind Kind, DateOnly ReceivedOn, string Text, UploadedFile? Scan);

// D21: the desk records what a party sent by post, as that party's own act.
public sealed partial class CaseFileService
{
    private static readonly HashSet<string> ScanTypes = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".jpg", ".jpeg", ".png" };

    /// <summary>
    /// D21: records a letter a party sent by post, with its scan, through the same domain command and save path as the
    /// party's own online action (<see cref="RespondAsync"/>, <see cref="AddSubmissionAsync"/>); the audit entry names the
    /// desk person, the party and the day it arrived; the other side is told as usual, the party itself not.
    /// </summary>
    public async Task<Result> RecordPostAsync(ClaimsPrincipal user, string number, PostItem item, CancellationToken cancellationToken = default)
    {
        if (!IsDesk(user)) return new DeskStaffOnly();
        var scan = CheckScan(item.Scan);
        if (scan.IsFailure) return scan;
        var post = new PostReceipt(item.PartyId, item.ReceivedOn);
        return item.Kind switch
        {
            PostKind.Response => await SubmitAsync(user, number, item.Text, [item.Scan!], "RecordResponse", item.PartyId,
                (c, actor) => c.RecordResponse(actor, clock, item.Text, post), cancellationToken),
            _ => await SubmitAsync(user, number, item.Text, [item.Scan!], "AddSubmission", item.PartyId,
                (c, actor) => c.AddSubmission(actor, clock, item.Text, post: post), cancellationToken),
        };
    }

    /// <summary>The parties of a binding-ruling case, for the desk's "record post" panel; desk staff only.</summary>
    public async Task<Result<IReadOnlyList<PostParty>>> PostPartiesAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken = default)
    {
        if (!IsDesk(user)) return new DeskStaffOnly();
        var loaded = await LoadBindingAsync(user, number, "RecordPost", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value.Case;
        return c.Parties.Select(p => new PostParty(p.Id, p.Name, p.Id == c.Respondent.Id)).ToList();
    }

    /// <summary>A scan is a PDF, JPEG or PNG; its size and content are checked with the other uploads before anything is stored.</summary>
    internal static Result CheckScan(UploadedFile? scan)
    {
        if (scan is null || scan.Content.Length == 0) return new PostScanRequired();
        var name = FileNames.Clean(scan.FileName);
        var checkedScan = AttachmentStore.Validate([scan]);
        if (checkedScan.IsFailure) return checkedScan;
        // D21: a scan is an image or a PDF by its bytes (a text file is no scan); its name then takes the detected extension.
        if (AttachmentStore.Detect(scan.FileName, scan.Content) is not { ContentType: not "text/plain" })
            return ScanTypes.Contains(Path.GetExtension(name)) ? new FileContentMismatch(name) : new FileTypeNotAllowed(name);
        return Result.Success;
    }
}

/// <summary>A party the desk may record post for; <see cref="IsRespondent"/>: its letter may be the D12 response.</summary>
public sealed record PostParty(Guid Id, string Name, bool IsRespondent);
