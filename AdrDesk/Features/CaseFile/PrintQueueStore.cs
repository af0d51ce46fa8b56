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
    // D21: a letter without an address is held (Address null) until the desk enters one; the print queue shows only addressed letters.
    public void Add(AdrDbContext db, PrintLetter letter) => db.Add(new PrintQueueEntry
    {
        Id = letter.Id, CaseNumber = letter.CaseNumber, PartyId = letter.PartyId, RecipientName = letter.RecipientName,
        Address = string.IsNullOrWhiteSpace(letter.Address) ? null : letter.Address.Trim(), DocumentId = letter.DocumentId, Subject = letter.Subject, Body = letter.Body,
        Language = letter.Language, CreatedAt = letter.CreatedAt,
    });

    public Task<Result<IReadOnlyList<PrintLetter>>> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        LettersAsync(user, withAddress: true, cancellationToken);

    public Task<Result<IReadOnlyList<PrintLetter>>> AddressNeededAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        LettersAsync(user, withAddress: false, cancellationToken);

    public async Task<Result> SetAddressAsync(ClaimsPrincipal user, Guid letterId, string address, CancellationToken cancellationToken = default)
    {
        if (!CaseFileService.IsDesk(user)) return new NotAllowedOnThisCase("PrintQueue");
        var trimmed = address?.Trim() ?? "";
        if (trimmed.Length == 0) return new AddressRequired();
        if (trimmed.Length > MaxAddressLength) return new TextTooLong(MaxAddressLength);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var letter = await db.Set<PrintQueueEntry>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == letterId && p.SentAt == null && p.Address == null, cancellationToken);
        if (letter is null) return new LetterNotWaitingForAddress();
        // The party's other letters on this case that wait for an address go with it.
        var changed = await db.Set<PrintQueueEntry>()
            .Where(p => p.SentAt == null && p.Address == null && (p.Id == letterId
                || (letter.PartyId != Guid.Empty && p.CaseNumber == letter.CaseNumber && p.PartyId == letter.PartyId)))
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Address, trimmed), cancellationToken);
        return changed > 0 ? Result.Success : new LetterNotWaitingForAddress();
    }

    /// <summary>As long as the print queue's address column.</summary>
    public const int MaxAddressLength = 300;

    private async Task<Result<IReadOnlyList<PrintLetter>>> LettersAsync(ClaimsPrincipal user, bool withAddress, CancellationToken cancellationToken)
    {
        if (!CaseFileService.IsDesk(user)) return new NotAllowedOnThisCase("PrintQueue");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var letters = await db.Set<PrintQueueEntry>().AsNoTracking().Where(p => p.SentAt == null && (p.Address != null) == withAddress)
            .OrderBy(p => p.CreatedAt).Take(500)
            .Select(p => new PrintLetter(p.CaseNumber, p.RecipientName, p.Subject, p.CreatedAt)
            {
                Id = p.Id, PartyId = p.PartyId, Address = p.Address, DocumentId = p.DocumentId, Body = p.Body, Language = p.Language,
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<PrintLetter>>.Success(letters);
    }
}
