using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation.Agreement;

/// <summary>
/// Issue 8 item 5: instead of signing in AdrDesk, a party prints the current version, signs it by hand and
/// uploads the scan. Staff (the desk) or the mediator look at it and accept or reject it with a reason. An
/// accepted scan is that party's signature (M9): the domain's Sign in the party's name, with the scan's record;
/// when it is the second signature the agreement is final exactly as after a typed one. Every step is audited.
/// </summary>
public sealed class SignedScanService(
    MediationAccess access, AgreementService agreements, CaseStore store, MediationMail mail, MediationFileStore files,
    Cases.UploadQuota quota, IDbContextFactory<AdrDbContext> factory, TimeProvider clock, ICaseEventBus events)
{
    /// <summary>The party uploads the hand-signed scan of the current version; the mediator is told.</summary>
    public async Task<Result<Guid>> UploadAsync(ClaimsPrincipal user, string number, int versionNumber, MediationUpload upload, string ipAddress, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        if (call.Value.Party is not { } party) return new OnlyPartiesMayDoThis();
        var c = call.Value.Case;
        if (c.State != MediationState.AgreementDrafted) return new AgreementNotDrafted();
        if (c.Signatures.Any(s => s.PartyId == party.Id)) return new AlreadySigned();
        var checkedFile = MediationFileStore.Check(upload);
        if (checkedFile.IsFailure) return checkedFile.Error!;
        var file = checkedFile.Value;
        // Issue 19 item 2: within the uploader's storage quota, before a byte is stored.
        if (await quota.CheckAsync(user, file.Content.LongLength, ct) is { IsFailure: true } over) return over.Error!;

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (current is null) return new AgreementNotDrafted();
        if (current.Number != versionNumber) return new SignedVersionChanged();
        if (await db.Set<ChangeProposal>().AnyAsync(p => p.CaseNumber == number && p.Status == ChangeProposalStatus.Open, ct)) return new OpenChangeProposals();
        if (await db.Set<SignedScan>().AnyAsync(s => s.CaseNumber == number && s.PartyId == party.Id && s.Status == ScanStatus.Pending, ct))
            return new ScanAwaitingVerification();

        var now = clock.GetUtcNow();
        var storage = await files.WriteAsync(file, ct);
        var scan = new SignedScan
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, VersionNumber = current.Number, VersionSha256 = current.Sha256,
            PartyId = party.Id, PartyName = party.Name, UploadedBy = call.Value.Actor.UserId, UploaderName = call.Value.Actor.DisplayName,
            UploaderEmail = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "", IpAddress = ipAddress,
            FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.LongLength, Sha256 = file.Sha256, StorageName = storage,
            UploadedAt = now, Status = ScanStatus.Pending,
        };
        try
        {
            db.Add(scan);
            await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "UploadSignedScan", null, nameof(ScanStatus.Pending),
                $"{party.Name}: v{current.Number}, {scan.FileName} (SHA-256 {scan.Sha256})", ct);
            var to = await mail.RecipientsAsync(c, parties: false, mediator: true, ct);
            db.AddRange(mail.Compose(to, "Mail.ScanUploaded", number, now, _ => [party.Name, current.Number]));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            files.Delete(storage);
            throw;
        }
        await events.PublishAsync([new CaseEvent(c.Number, "UploadSignedScan", c.StateName)], ct);
        return scan.Id;
    }

    /// <summary>
    /// Staff or the mediator verify a scan. Rejected: with a reason, mailed to the party, who may upload again or
    /// sign in AdrDesk. Accepted: the party's signature (M9), in the same save as the decision and its audit row.
    /// </summary>
    public async Task<Result> VerifyAsync(ClaimsPrincipal user, string number, Guid scanId, bool accept, string? reason, CancellationToken ct = default)
    {
        if (FieldLimits.Check(reason, FieldLimits.ScanRejectionReason) is { IsFailure: true } tooLong) return tooLong;
        for (var attempt = 0; ; attempt++)
        {
            var result = await TryVerifyAsync(user, number, scanId, accept, reason, ct);
            // Someone else changed the case meanwhile (the other party signed): decide again on the new state.
            if (result.Error is not CaseChangedBySomeoneElse || attempt == 2) return result;
        }
    }

    private async Task<Result> TryVerifyAsync(ClaimsPrincipal user, string number, Guid scanId, bool accept, string? reason, CancellationToken ct)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!(call.Value.IsStaff || call.Value.IsMediator)) return new OnlyStaffOrMediatorVerify();
        if (!accept && string.IsNullOrWhiteSpace(reason)) return new ReasonRequired();
        var c = call.Value.Case;
        SignedScan? scan;
        AgreementVersion? current;
        List<AgreementSignature> earlier;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            scan = await db.Set<SignedScan>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == scanId && s.CaseNumber == number, ct);
            current = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            earlier = await db.Set<AgreementSignature>().AsNoTracking().Where(s => s.CaseNumber == number).ToListAsync(ct);
        }
        if (scan is null) return new MediationFileNotFound();
        if (scan.Status != ScanStatus.Pending) return new ScanAlreadyDecided();
        var now = clock.GetUtcNow();
        var verifier = call.Value.Actor;
        scan.Status = accept ? ScanStatus.Accepted : ScanStatus.Rejected;
        scan.DecidedBy = verifier.UserId;
        scan.DecidedByName = verifier.DisplayName;
        scan.DecidedAt = now;
        scan.RejectionReason = accept ? null : reason!.Trim();
        var audit = new AuditEntry(Guid.NewGuid(), c.Id, number, verifier.UserId, verifier.DisplayName, verifier.Role, now,
            accept ? "AcceptSignedScan" : "RejectSignedScan", nameof(ScanStatus.Pending), scan.Status.ToString(),
            $"{scan.PartyName}: v{scan.VersionNumber}, {scan.FileName} (SHA-256 {scan.Sha256}){(accept ? "" : " — " + scan.RejectionReason)}");

        if (!accept)
        {
            var to = (await mail.RecipientsAsync(c, parties: true, mediator: false, ct)).Where(r => r.PartyId == scan.PartyId);
            var mails = mail.Compose(to, "Mail.ScanRejected", number, now, _ => [scan.RejectionReason!]).ToList();
            await using var db = await factory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            Decided(db, scan);
            await CaseStore.AppendAuditAsync(db, audit, ct);
            db.AddRange(mails);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new ScanAlreadyDecided(); // someone decided first
            }
            await tx.CommitAsync(ct);
            await events.PublishAsync([new CaseEvent(c.Number, "RejectSignedScan", c.StateName)], ct);
            return Result.Success;
        }

        // A scan of an older version signs nothing the parties are now asked to sign.
        if (current is null || current.Number != scan.VersionNumber || current.Sha256 != scan.VersionSha256) return new SignedVersionChanged();
        // M9: the signature is the party's own (it signed on paper); the verifier's decision is audited beside it.
        var signer = new Actor(scan.UploadedBy, scan.UploaderName, Role.Business);
        return await SignWithScanAsync(call.Value, scan, current, earlier, signer, scan.UploaderName, null, db =>
        {
            Decided(db, scan);
            db.Add(audit);
        }, ct);
    }

    /// <summary>
    /// D21 for M: a hand-signed agreement that arrived by post, recorded by the desk or the mediator for
    /// <paramref name="party"/>: its scan is accepted at once (the recorder saw the letter) and it is that party's
    /// signature through the same path as an accepted upload; the audit names the recorder, the party and the day it arrived.
    /// </summary>
    internal async Task<Result> SignFromPostAsync(
        MediationCall call, Party party, CheckedUpload file, string storage, PostReceipt post, Action<AdrDbContext> alsoSave, CancellationToken ct)
    {
        var c = call.Case;
        var number = c.Number.ToString();
        if (c.State != MediationState.AgreementDrafted) return new AgreementNotDrafted();
        AgreementVersion? current;
        List<AgreementSignature> earlier;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            current = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            if (current is null) return new AgreementNotDrafted();
            if (await db.Set<ChangeProposal>().AnyAsync(p => p.CaseNumber == number && p.Status == ChangeProposalStatus.Open, ct)) return new OpenChangeProposals();
            earlier = await db.Set<AgreementSignature>().AsNoTracking().Where(s => s.CaseNumber == number).ToListAsync(ct);
        }
        var now = clock.GetUtcNow();
        var recorder = call.Actor;
        var scan = new SignedScan
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, VersionNumber = current.Number, VersionSha256 = current.Sha256,
            PartyId = party.Id, PartyName = party.Name, UploadedBy = recorder.UserId, UploaderName = recorder.DisplayName,
            UploaderEmail = "", IpAddress = "", FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.LongLength,
            Sha256 = file.Sha256, StorageName = storage, UploadedAt = now, Status = ScanStatus.Accepted,
            DecidedBy = recorder.UserId, DecidedByName = recorder.DisplayName, DecidedAt = now,
        };
        return await SignWithScanAsync(call, scan, current, earlier, recorder, party.Name, post, db =>
        {
            db.Add(scan);
            alsoSave(db);
        }, ct);
    }

    /// <summary>M9: an accepted scan is the party's signature; the second makes the agreement final (signed PDF, mails, closed) in the same save.</summary>
    private async Task<Result> SignWithScanAsync(
        MediationCall call, SignedScan scan, AgreementVersion current, List<AgreementSignature> earlier, Actor signer, string signedName,
        PostReceipt? post, Action<AdrDbContext> alsoSave, CancellationToken ct)
    {
        var c = call.Case;
        var version = c.Version;
        var signed = c.Sign(signer, clock, post);
        if (signed.IsFailure) return signed;
        var signature = new AgreementSignature
        {
            Id = Guid.NewGuid(), CaseNumber = c.Number.ToString(), VersionNumber = current.Number, DocumentId = current.DocumentId, Sha256 = current.Sha256,
            PartyId = scan.PartyId, PartyName = scan.PartyName, UserId = scan.UploadedBy, AccountEmail = scan.UploaderEmail,
            TypedName = signedName, IpAddress = scan.IpAddress, SignedAt = clock.GetUtcNow(), ScanId = scan.Id,
        };
        var extra = new List<object> { signature };
        if (c.State == MediationState.SignedByBoth)
        {
            var completed = await agreements.CompleteAsync(call, current, earlier.Append(signature).ToList(), ct, scan);
            if (completed.IsFailure) return completed.AsResult();
            extra.AddRange(completed.Value);
        }
        return await store.SaveAsync(c, version, db =>
        {
            alsoSave(db);
            db.AddRange(extra);
        }, ct);
    }

    /// <summary>The decision is written only over a pending scan (Status is the concurrency token): two verifiers cannot both decide.</summary>
    private static void Decided(AdrDbContext db, SignedScan scan) =>
        db.Update(scan).Property(x => x.Status).OriginalValue = ScanStatus.Pending;

    /// <summary>The scan's bytes: for its own party, the mediator and staff; anyone else gets not found.</summary>
    public async Task<Result<(byte[] Content, string ContentType, string FileName)>> OpenAsync(ClaimsPrincipal user, string number, Guid id, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        SignedScan? row;
        await using (var db = await factory.CreateDbContextAsync(ct))
            row = await db.Set<SignedScan>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.CaseNumber == number, ct);
        if (row is null || (call.Value.IsParty && row.PartyId != call.Value.Party?.Id)) return new MediationFileNotFound();
        var bytes = await files.ReadAsync(row.StorageName, ct);
        return bytes is null ? new AdrDesk.Infrastructure.Files.StoredFileMissing(row.FileName) : (bytes, row.ContentType, row.FileName);
    }
}
