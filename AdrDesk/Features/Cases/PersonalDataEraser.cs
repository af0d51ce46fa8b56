using AdrDesk.Domain.BindingRuling;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Cases;

/// <summary>
/// D24: when a binding-ruling case reaches DataErased, its personal data goes, in the same transaction
/// as the transition. What stays is what the desk's statistics need (D22, Directive art. 7(2)): number,
/// states, dates, deadlines, refusal grounds by rule id, the webshop's register link, who assessed.
/// The audit trail keeps who acted in which role, when and what; a party's name and free-text detail
/// are overwritten with the erased marker (the only change its triggers allow, and only for an erased case).
/// </summary>
internal static class PersonalDataEraser
{
    public const string Erased = "[verwijderd]";

    private const string OfCase = """ WHERE "CaseId" IN (SELECT "Id" FROM "BindingRulingCases" WHERE "Number" = {0})""";

    private static readonly string[] Statements =
    [
        """DELETE FROM "Submissions" """ + OfCase,
        """UPDATE "InformationRequests" SET "Question" = '' """ + OfCase,
        $"""UPDATE "BindingRulingParties" SET "Name" = '{Erased}', "UserId" = NULL, "Representative" = NULL """ + OfCase,
        """UPDATE "Challenges" SET "Grounds" = '', "DecisionReason" = NULL """ + OfCase,
        """UPDATE "ConflictDeclarations" SET "Description" = '' """ + OfCase,
        """UPDATE "StaffDecisions" SET "Reason" = '' """ + OfCase,
        """UPDATE "RefusalReasons" SET "WrittenReason" = '' """ + OfCase,
        """UPDATE "Rulings" SET "Decision" = '', "Reasons" = '', "ComplianceManner" = '' """ + OfCase,
        """UPDATE "BindingRulingCases" SET "SettlementAttempt" = NULL WHERE "Number" = {0}""",
        $"""UPDATE "AuditTrail" SET "Detail" = '{Erased}' WHERE "Detail" IS NOT NULL""" + """ AND "CaseNumber" = {0}""",
        $"""UPDATE "AuditTrail" SET "ActorName" = '{Erased}' WHERE "Role" IN ('Consumer', 'Business')""" + """ AND "CaseNumber" = {0}""",
        """DELETE FROM "Outbox" WHERE "CaseNumber" = {0}""",
    ];

    public static async Task EraseAsync(AdrDbContext db, BindingRulingCase @case, CancellationToken cancellationToken)
    {
        var number = @case.Number.ToString();
        foreach (var statement in Statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, [number], cancellationToken);
        }
        await db.Set<CaseSummary>().Where(s => s.CaseId == @case.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ConsumerName, (string?)null)
            .SetProperty(x => x.ConsumerUserId, (Guid?)null)
            .SetProperty(x => x.BusinessUserId, (Guid?)null), cancellationToken);
        await db.Set<CaseParticipant>()
            .Where(p => p.CaseId == @case.Id && p.Relation != CaseRelation.Assessor && p.Relation != CaseRelation.Mediator)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
