using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation.Files;

public sealed record PositionDocumentView(Guid Id, Guid PartyId, string PartyName, string FileName, long Size, DateTimeOffset UploadedAt, bool Own);

/// <summary>
/// M6: the documents a party attaches to its position. Like the position itself they go privately to the
/// mediator: until the exchange another party gets "not found" for them, whether listed or asked for by id;
/// from the exchange on both parties read both parties' documents.
/// </summary>
public sealed class PositionDocumentService(
    MediationAccess access, MediationFileStore files, Cases.UploadQuota quota, IDbContextFactory<AdrDbContext> factory, TimeProvider clock, ICaseEventBus events)
{
    public async Task<Result<IReadOnlyList<PositionDocumentView>>> ListAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<PositionDocument>().AsNoTracking().Where(d => d.CaseNumber == number).OrderBy(d => d.UploadedAt).ToListAsync(ct);
        var c = call.Value.Case;
        return rows.Where(d => Visible(call.Value, d))
            .Select(d => new PositionDocumentView(d.Id, d.PartyId, c.FindParty(d.PartyId)?.Name ?? "", d.FileName, d.Size, d.UploadedAt, d.PartyId == call.Value.Party?.Id))
            .ToList();
    }

    /// <summary>M6: a party adds a document to its position, after confirming the principles (M2) and before the exchange.</summary>
    public async Task<Result<Guid>> AttachAsync(ClaimsPrincipal user, string number, MediationUpload upload, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        if (call.Value.Party is not { } party) return new OnlyPartiesMayDoThis();
        var c = call.Value.Case;
        if (c.State is not (MediationState.MediatorAssigned or MediationState.PositionsCollected) || c.PositionsExchangedAt is not null)
            return new PositionDocumentsClosed();
        if (!c.Acknowledgements.Any(a => a.PartyId == party.Id)) return new PrinciplesNotAcknowledged();
        var checkedFile = MediationFileStore.Check(upload);
        if (checkedFile.IsFailure) return checkedFile.Error!;
        var file = checkedFile.Value;
        // Issue 19 item 2: within the uploader's storage quota, before a byte is stored.
        if (await quota.CheckAsync(user, file.Content.LongLength, ct) is { IsFailure: true } over) return over.Error!;

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<PositionDocument>().CountAsync(d => d.CaseNumber == number && d.PartyId == party.Id, ct) >= MediationFileStore.MaxDocumentsPerParty)
            return new TooManyPositionDocuments(MediationFileStore.MaxDocumentsPerParty);
        var now = clock.GetUtcNow();
        var storage = await files.WriteAsync(file, ct);
        var row = new PositionDocument
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, FileName = file.FileName, ContentType = file.ContentType,
            Size = file.Content.LongLength, Sha256 = file.Sha256, StorageName = storage, UploadedBy = call.Value.Actor.UserId, UploadedAt = now,
        };
        try
        {
            db.Add(row);
            await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "AttachPositionDocument", null, party.Name, $"{row.FileName} (SHA-256 {row.Sha256})", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            files.Delete(storage);
            throw;
        }
        await events.PublishAsync([new CaseEvent(c.Number, "AttachPositionDocument", c.StateName)], ct);
        return row.Id;
    }

    /// <summary>The bytes, for whoever may see the document now; everyone else gets not found (also for a guessed id).</summary>
    public async Task<Result<(byte[] Content, string ContentType, string FileName)>> OpenAsync(ClaimsPrincipal user, string number, Guid id, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        PositionDocument? row;
        await using (var db = await factory.CreateDbContextAsync(ct))
            row = await db.Set<PositionDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.CaseNumber == number, ct);
        if (row is null || !Visible(call.Value, row)) return new MediationFileNotFound();
        var bytes = await files.ReadAsync(row.StorageName, ct);
        return bytes is null ? new AdrDesk.Infrastructure.Files.StoredFileMissing(row.FileName) : (bytes, row.ContentType, row.FileName);
    }

    /// <summary>M6: the mediator and staff always; a party its own, and the other's only once the positions are exchanged.</summary>
    private static bool Visible(MediationCall call, PositionDocument d) =>
        !call.IsParty || d.PartyId == call.Party?.Id || call.Case.PositionsExchangedAt is not null;
}
