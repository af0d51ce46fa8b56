using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>The case file's side of the core's <see cref="IPrintQueue"/>: letters of every feature in the one table the print queue page works from.</summary>
public sealed class PrintQueueStore(IDbContextFactory<AdrDbContext> factory) : IPrintQueue
{
    public void Add(AdrDbContext db, PrintLetter letter) => db.Add(new PrintQueueEntry
    {
        Id = letter.Id, CaseNumber = letter.CaseNumber, PartyId = letter.PartyId, RecipientName = letter.RecipientName,
        Address = letter.Address, DocumentId = letter.DocumentId, Subject = letter.Subject, Body = letter.Body,
        Language = letter.Language, CreatedAt = letter.CreatedAt,
    });

    public async Task<Result<IReadOnlyList<PrintLetter>>> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!CaseFileService.IsDesk(user)) return new NotAllowedOnThisCase("PrintQueue");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var letters = await db.Set<PrintQueueEntry>().AsNoTracking().Where(p => p.SentAt == null)
            .OrderBy(p => p.CreatedAt).Take(500)
            .Select(p => new PrintLetter(p.CaseNumber, p.RecipientName, p.Subject, p.CreatedAt)
            {
                Id = p.Id, PartyId = p.PartyId, Address = p.Address, DocumentId = p.DocumentId, Body = p.Body, Language = p.Language,
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<PrintLetter>>.Success(letters);
    }
}
