using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;

namespace AdrDesk.Features.Cases;

/// <summary>
/// A letter for the one print queue (D21): the desk prints it, encloses the stored document <see cref="DocumentId"/> if
/// any, and posts it. <see cref="Address"/> when the sender knew it (paper filings); otherwise the desk takes it from
/// the case. <see cref="PartyId"/> is the party written to (empty when unknown).
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
    /// <summary>Adds the letter to <paramref name="db"/>: it is queued when the caller's transaction commits, or not at all.</summary>
    void Add(AdrDbContext db, PrintLetter letter);

    /// <summary>The letters not yet posted, oldest first; desk staff only.</summary>
    Task<Result<IReadOnlyList<PrintLetter>>> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
