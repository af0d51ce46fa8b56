using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Features.Mediation.Scheduling;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation.Post;

/// <summary>
/// One letter that arrived by post: from which party, what it is, the day it arrived, the text where the act has one
/// (a position, a decline's reason), the slot it answers, and the scan (required).
/// </summary>
public sealed record MediationPostItem(
    Guid PartyId, MediationPostKind Kind, DateOnly ReceivedOn, string? Text, MediationUpload? Scan, Guid? AppointmentId = null, bool Accept = true);

/// <summary>A letter in the mediation's post book, for the desk's and the mediator's panel.</summary>
public sealed record PostLetterView(Guid Id, string PartyName, MediationPostKind Kind, DateOnly ReceivedOn, string FileName, string RecordedByName, DateTimeOffset RecordedAt);

/// <summary>
/// D21 for M: the desk or the case's mediator records, for a party without an account or on paper, what it sent by post:
/// the principles confirmed (M2), its position (M6), a session slot accepted or declined (M7), the hand-signed agreement
/// (M9). Each goes through the same domain command and save path as the party's own act (it counts as that party's act),
/// with the post receipt in the audit ("ontvangen per post", who recorded it, for whom), the scan stored in the same
/// transaction, and the case event published after the commit like any other act.
/// </summary>
public sealed class MediationPostService(
    MediationAccess access, MediationService mediations, SchedulingService scheduling, SignedScanService scans,
    MediationFileStore files, IDbContextFactory<AdrDbContext> factory, TimeProvider clock)
{
    public async Task<Result> RecordAsync(ClaimsPrincipal user, string number, MediationPostItem item, CancellationToken ct = default)
    {
        if (FieldLimits.Check(item.Text, FieldLimits.MediationPostText) is { IsFailure: true } tooLong) return tooLong;
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!(call.Value.IsStaff || call.Value.IsMediator)) return new MediationPostByDeskOrMediator();
        // The scan is checked before anything is stored: present, not too big, PDF/JPEG/PNG by its first bytes.
        if (item.Scan is null || item.Scan.Content.Length == 0) return new PostScanRequired();
        var checkedScan = MediationFileStore.Check(item.Scan);
        if (checkedScan.IsFailure) return checkedScan.AsResult();
        if (item.Kind is MediationPostKind.ResolvedDirectly or MediationPostKind.Escalation) return new NotAllowedInMediation(); // bemiddeling's
        if (item.Kind == MediationPostKind.Position && string.IsNullOrWhiteSpace(item.Text)) return new TextRequired("position");
        if (item.Kind == MediationPostKind.SlotAnswer && item.AppointmentId is null) return new AppointmentNotFound();

        var c = call.Value.Case;
        var post = new PostReceipt(item.PartyId, item.ReceivedOn);
        var sender = c.PostSender(call.Value.Actor, clock, post);
        if (sender.IsFailure) return sender.AsResult();
        var party = sender.Value;
        var file = checkedScan.Value;
        var storage = await files.WriteAsync(file, ct);
        var now = clock.GetUtcNow();
        var letter = new MediationPostLetter
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, PartyName = party.Name, Kind = item.Kind,
            ReceivedOn = item.ReceivedOn, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.LongLength,
            Sha256 = file.Sha256, StorageName = storage, RecordedBy = call.Value.Actor.UserId, RecordedByName = call.Value.Actor.DisplayName, RecordedAt = now,
        };
        Result result;
        try
        {
            result = item.Kind switch
            {
                MediationPostKind.Principles => await mediations.ActAsync(call.Value, party,
                    (m, actor) => m.AcknowledgePrinciples(actor, clock, post), null, db => db.Add(letter), ct),
                MediationPostKind.Position => await mediations.ActAsync(call.Value, party,
                    (m, actor) => m.SubmitPosition(actor, clock, item.Text!, post), "Mail.PositionSubmitted", db =>
                    {
                        db.Add(letter);
                        // M6: the scan is the position's document, exchanged with it like one the party uploaded itself.
                        db.Add(new PositionDocument
                        {
                            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, FileName = file.FileName,
                            ContentType = file.ContentType, Size = file.Content.LongLength, Sha256 = file.Sha256, StorageName = storage,
                            UploadedBy = call.Value.Actor.UserId, UploadedAt = now,
                        });
                    }, ct),
                MediationPostKind.SlotAnswer => await scheduling.RespondAsync(call.Value, party, item.AppointmentId!.Value, item.Accept,
                    item.Text, post, db => db.Add(letter), ct),
                _ => await scans.SignFromPostAsync(call.Value, party, file, storage, post, db => db.Add(letter), ct),
            };
        }
        catch
        {
            files.Delete(storage);
            throw;
        }
        if (result.IsFailure) files.Delete(storage);
        return result;
    }

    /// <summary>The mediation's post book: staff and the mediator see every letter, nobody else any.</summary>
    public async Task<Result<IReadOnlyList<PostLetterView>>> ListAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        if (!(call.Value.IsStaff || call.Value.IsMediator)) return new MediationPostByDeskOrMediator();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<MediationPostLetter>().AsNoTracking().Where(l => l.CaseNumber == number).ToListAsync(ct);
        return rows.OrderBy(l => l.RecordedAt)
            .Select(l => new PostLetterView(l.Id, l.PartyName, l.Kind, l.ReceivedOn, l.FileName, l.RecordedByName, l.RecordedAt)).ToList();
    }
}
