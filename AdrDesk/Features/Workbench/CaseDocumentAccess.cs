using System.Security.Claims;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// Who may download a case's documents: whoever CaseAccess lets see the case (both parties, their
/// organisation and representatives, the panel, desk staff). Registered by the workbench so that both
/// parties can download the ruling (issue 7 item 5); the case file feature may register the same rule.
/// </summary>
public sealed class CaseDocumentAccess(CaseAccess access) : IDocumentAccessPolicy
{
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, string caseNumber) =>
        (await access.ForCaseAsync(user, caseNumber)).IsSuccess;
}
