using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Cases.Complaint;

/// <summary>D13: a document filed with the case does not exist, or the caller may not see the case: the same error.</summary>
public sealed record FiledDocumentNotFound() : DomainError("D13");

/// <summary>The filed complaint as the caller may see it; <see cref="ShowRuleCodes"/> only for the desk and the case's assessor or mediator.</summary>
public sealed record ComplaintView(FiledComplaint Complaint, CaseAccessKind Viewer)
{
    public bool ShowRuleCodes => Viewer is CaseAccessKind.Staff or CaseAccessKind.Assessor or CaseAccessKind.Mediator;
}

/// <summary>
/// D13 ("each party receives everything the other submits"), M6, B2-B3: the complaint as filed is the first entry of the
/// case file, readable by whoever may see the case (its parties, a colleague of a party's organisation, a representative,
/// the desk, the case's assessors or mediator; <see cref="CaseAccess"/>) and by nobody else. Filing features add it in
/// the transaction that creates the case (<see cref="Add"/>).
/// </summary>
public sealed class CaseComplaints(IDbContextFactory<AdrDbContext> factory, CaseAccess access)
{
    /// <summary>In the caller's (the filing's) context and transaction.</summary>
    public static void Add(AdrDbContext db, FiledComplaint complaint) => db.Add(complaint);

    /// <summary>The case's filed complaint; <c>null</c> when the case was opened without one (older cases). <see cref="CaseNotFound"/> for whom may not see the case.</summary>
    public async Task<Result<ComplaintView?>> ForCaseAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var complaint = await db.Set<FiledComplaint>().AsNoTracking().Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.CaseId == grant.Value.Summary.CaseId, ct);
        if (complaint is null) return Result<ComplaintView?>.Success(null);
        complaint.Documents = complaint.Documents.OrderBy(d => d.UploadedAt).ToList();
        return new ComplaintView(complaint, grant.Value.Kind);
    }

    /// <summary>D13: may the caller open this filed document; the same <see cref="FiledDocumentNotFound"/> for "no such document" and "not yours".</summary>
    public async Task<Result<FiledComplaintDocument>> DocumentAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await db.Set<FiledComplaintDocument>().AsNoTracking()
            .Join(db.Set<FiledComplaint>(), d => d.CaseId, c => c.CaseId, (d, c) => new { Document = d, c.CaseNumber })
            .SingleOrDefaultAsync(x => x.Document.Id == id, ct);
        if (found is null) return new FiledDocumentNotFound();
        var grant = await access.ForCaseAsync(user, found.CaseNumber, ct);
        return grant.IsSuccess ? found.Document : new FiledDocumentNotFound();
    }
}
