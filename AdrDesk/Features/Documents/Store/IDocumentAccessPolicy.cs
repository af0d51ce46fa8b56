using System.Security.Claims;

namespace AdrDesk.Features.Documents.Store;

/// <summary>
/// Who may read a case's documents (issue 4, item 3: parties only their own cases). The case file
/// feature supplies the rule; until it does, <see cref="NoDocumentAccess"/> lets nobody read.
/// </summary>
public interface IDocumentAccessPolicy
{
    Task<bool> CanReadAsync(ClaimsPrincipal user, string caseNumber);
}

/// <summary>The safe default: every download is refused (and answered 404).</summary>
internal sealed class NoDocumentAccess : IDocumentAccessPolicy
{
    public Task<bool> CanReadAsync(ClaimsPrincipal user, string caseNumber) => Task.FromResult(false);
}
