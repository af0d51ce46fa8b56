using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;

namespace AdrDesk.Features.Cases;

/// <summary>
/// A letter for the one print queue (D21): the desk prints it, encloses the stored document <see cref="DocumentId"/> if
/// any, and posts it. A letter is never queued without an <see cref="Address"/>: without one it waits until the desk
/// enters it (<see cref="IPrintQueue.AddressNeededAsync"/>). <see cref="PartyId"/> is the party written to (empty when unknown).
/// </summary>
public sealed record PrintLetter(string CaseNumber, string RecipientName, string Subject, DateTimeOffset CreatedAt)
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PartyId { get; init; }
    public string? Address { get; init; }
    public Guid? DocumentId { get; init; }
    public string Body { get; init; } = "";
    public string Language { get; init; } = "nl";
}

/// <summary>
/// The one print queue, an extension point of the shared core: the case file keeps it (its table, the page
/// /desk/print-queue, marking letters sent) and registers the implementation; any feature that writes to a party on
/// paper queues its letter here instead of reaching into the case file.
/// </summary>
public interface IPrintQueue
{
    /// <summary>Adds the letter to <paramref name="db"/> when the caller's transaction commits, or not at all: queued with an address, else held for one.</summary>
    void Add(AdrDbContext db, PrintLetter letter);

    /// <summary>The letters not yet posted and ready to print (they have an address), oldest first; desk staff only.</summary>
    Task<Result<IReadOnlyList<PrintLetter>>> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>D21: letters held back because no postal address is known ("adres nodig"), oldest first; desk staff only.</summary>
    Task<Result<IReadOnlyList<PrintLetter>>> AddressNeededAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>D21: the desk enters the address for a held letter; it, and the party's other held letters on that case, are queued.</summary>
    Task<Result> SetAddressAsync(ClaimsPrincipal user, Guid letterId, string address, CancellationToken cancellationToken = default);
}

/// <summary>D21: a letter cannot go out without a postal address.</summary>
public sealed record AddressRequired() : DomainError("D21");

/// <summary>D21: the letter is not waiting for an address (unknown, already queued, or sent).</summary>
public sealed record LetterNotWaitingForAddress() : DomainError("D21");
