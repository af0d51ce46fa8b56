using System.Security.Claims;
using AdrDesk.Features.Documents.Store;

namespace AdrDesk.Features.Cases;

/// <summary>Issue 4 item 3, issue 6 item 9: a case's documents are read by whoever CaseAccess lets on that case (parties, their organisation and representatives, the panel or mediator, desk staff).</summary>
public sealed class CaseDocumentAccessPolicy(CaseAccess access) : IDocumentAccessPolicy
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, string caseNumber) => (await access.ForCaseAsync(user, caseNumber)).IsSuccess;
}
