using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Mediation;

public sealed record IntroductionView(Guid PartyId, string PartyName, Guid DocumentId, string Channel, DateTimeOffset IntroducedAt);

/// <summary>
/// M4: the mediator contacts both parties and explains the way of working. For each party AdrDesk issues the
/// <see cref="MediationInvitation"/> letter in its introduction form (parties, mediator, office, the M2 principles,
/// the steps), stores the PDF and mails it; a party without an account or in the written procedure gets it in
/// the desk's print queue. One transaction, one audit row.
/// </summary>
public sealed class IntroductionService(
    MediationAccess access, MediationMail mail, IDbContextFactory<AdrDbContext> factory, DocumentIssuer issuer, IDocumentStore documents,
    IPrintQueue printQueue, IOptions<MailOptions> mailOptions, TimeProvider clock, ICaseEventBus events)
{
    public async Task<Result<IReadOnlyList<IntroductionView>>> ListAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<MediationIntroduction>().AsNoTracking().Where(i => i.CaseNumber == number).ToListAsync(ct);
        return rows.Where(r => Visible(call.Value, r))
            .Select(r => new IntroductionView(r.PartyId, call.Value.Case.FindParty(r.PartyId)?.Name ?? "", r.DocumentId, r.Channel, r.IntroducedAt)).ToList();
    }

    /// <summary>M4: the mediator introduces the mediation to both parties, once, before the positions.</summary>
    public async Task<Result> IntroduceAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        if (c.State != MediationState.MediatorAssigned) return new NotInIntroductionStage();
        IReadOnlyDictionary<Guid, string> postal;
        await using (var read = await factory.CreateDbContextAsync(ct))
        {
            if (await read.Set<MediationIntroduction>().AnyAsync(i => i.CaseNumber == number, ct)) return new AlreadyIntroduced();
            // Issue 14: a letter to an organisation carries its postal address from the register.
            postal = await Features.Register.RegisterAddresses.PostalAsync(read, c.Parties.Select(p => p.OrganisationId), ct);
        }

        var now = clock.GetUtcNow();
        var recipients = await mail.RecipientsAsync(c, parties: true, mediator: false, ct);
        var link = $"{mailOptions.Value.PublicBaseUrl.TrimEnd('/')}/mediations/{number}";
        var rows = new List<object>();
        var letters = new List<PrintLetter>();
        var channels = new List<string>();
        foreach (var party in c.Parties)
        {
            var other = c.Parties.First(p => p.Id != party.Id);
            var to = recipients.Where(r => r.PartyId == party.Id).ToList();
            var paper = party.PaperProcedure || to.Count == 0;
            var language = to.FirstOrDefault()?.Language ?? "nl";
            var model = new MediationInvitationModel
            {
                Language = language switch { "en" => DocumentLanguage.En, "de" => DocumentLanguage.De, _ => DocumentLanguage.Nl },
                Date = AmsterdamCalendar.DateOf(now), CaseNumber = number,
                Addressee = new DocumentParty(party.Name, new PostalAddress("", "", "", "")),
                OtherParty = new DocumentParty(other.Name, new PostalAddress("", "", "", "")),
                SignedBy = c.MediatorName ?? "", SignerRole = SignerRole.Mediator, Mediator = c.MediatorName ?? "",
                MediatorOffice = c.MediatorOffice, ConfirmAt = paper ? number : link,
            };
            var issued = await issuer.IssueAsync<MediationInvitation, MediationInvitationModel>(model, new DocumentAuthor(call.Value.Actor.UserId, call.Value.Actor.DisplayName), null, ct);
            if (issued.IsFailure) return issued.Error!;
            var stored = issued.Value.Stored;
            if (paper)
            {
                letters.Add(new PrintLetter(number, party.Name, $"{number}: {stored.Title}", now)
                {
                    PartyId = party.Id,
                    Address = party.OrganisationId is { } org && postal.TryGetValue(org, out var address) ? address : null,
                    Body = MediationText.Get("Mail.Introduction.Letter", language, number, stored.FileName, c.MediatorName ?? ""),
                    Language = language,
                });
            }
            else
            {
                var bytes = await ReadAsync(stored.Id, ct);
                if (bytes is null) return new MediationFileNotFound();
                rows.AddRange(mail.Compose(to, "Mail.Introduction", number, now, _ => [c.MediatorName ?? "", link],
                    _ => (stored.FileName, stored.ContentType, bytes)));
            }
            var channel = paper ? "Print" : "Mail";
            channels.Add($"{party.Name}: {channel}");
            rows.Add(new MediationIntroduction
            {
                Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, DocumentId = stored.Id, Channel = channel,
                IntroducedBy = call.Value.Actor.UserId, IntroducedAt = now,
            });
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AddRange(rows);
        foreach (var letter in letters) printQueue.Add(db, letter);
        await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "IntroduceMediation", null, null, string.Join("; ", channels), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new AlreadyIntroduced(); // a second click raced the first: the unique index (case, party) kept one
        }
        await tx.CommitAsync(ct);
        await events.PublishAsync([new CaseEvent(c.Number, "IntroduceMediation", c.StateName)], ct);
        return Result.Success;
    }

    /// <summary>A party reads its own letter; the mediator and staff every letter of the case.</summary>
    public async Task<Result<(byte[] Content, string ContentType, string FileName)>> OpenAsync(ClaimsPrincipal user, string number, Guid documentId, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        MediationIntroduction? row;
        await using (var db = await factory.CreateDbContextAsync(ct))
            row = await db.Set<MediationIntroduction>().AsNoTracking().FirstOrDefaultAsync(i => i.CaseNumber == number && i.DocumentId == documentId, ct);
        if (row is null || !Visible(call.Value, row)) return new MediationFileNotFound();
        var stored = await documents.FindAsync(documentId, ct);
        var bytes = await ReadAsync(documentId, ct);
        return stored is null || bytes is null ? new MediationFileNotFound() : (bytes, stored.ContentType, stored.FileName);
    }

    private static bool Visible(MediationCall call, MediationIntroduction row) => !call.IsParty || row.PartyId == call.Party?.Id;

    private async Task<byte[]?> ReadAsync(Guid documentId, CancellationToken ct)
    {
        var opened = await documents.OpenAsync(documentId, ct);
        if (opened.IsFailure) return null;
        await using var document = opened.Value;
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
