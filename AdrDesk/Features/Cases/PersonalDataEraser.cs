using System.Threading.Channels;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Cases;

/// <summary>
/// D24: when a binding-ruling case reaches DataErased, its personal data goes, in the same transaction
/// as the transition. What stays is what the desk's statistics need (D22, Directive art. 7(2)): number,
/// states, dates, deadlines, refusal grounds by rule id, the webshop's register link, who assessed.
/// The audit trail keeps who acted in which role, when and what; a party's name and free-text detail
/// are overwritten with the erased marker (the only change its triggers allow, and only for an erased case).
/// Stored files (issued documents, case-file attachments, intake uploads) are removed by <see cref="ErasedCaseFiles"/>
/// right after the commit: a file is deleted only once the erasure is certain, and a crash in between leaves the
/// rows by which the next round finds the files.
/// </summary>
internal static class PersonalDataEraser
{
    public const string Erased = "[verwijderd]";

    private const string OfCase = """ WHERE "CaseId" IN (SELECT "Id" FROM "BindingRulingCases" WHERE "Number" = {0})""";

    private static readonly string[] Statements =
    [
        """DELETE FROM "Submissions" """ + OfCase,
        // D13: the complaint as filed (the filer's account, the earlier reply, the documents' names).
        """DELETE FROM "FiledComplaintDocuments" WHERE "CaseId" IN (SELECT "CaseId" FROM "FiledComplaints" WHERE "CaseNumber" = {0})""",
        """DELETE FROM "FiledComplaints" WHERE "CaseNumber" = {0}""",
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
        $"""UPDATE "AuditTrail" SET "OnBehalfOf" = '{Erased}' WHERE "OnBehalfOf" IS NOT NULL""" + """ AND "CaseNumber" = {0}""",
        // Issue 19 item 9: the salts go with the personal text, so the kept digests can neither be checked nor used to guess
        // a name; the chain still links every entry (AuditChain), and the erasure's own entry below marks where this happened.
        """UPDATE "AuditTrail" SET "Salt" = NULL WHERE "CaseNumber" = {0}""",
        """DELETE FROM "Outbox" WHERE "CaseNumber" = {0}""",
        // The case file's own rows (issue 6): the message thread, settlement terms, representation invitations
        // (e-mail addresses), letters waiting in the print queue (names, addresses) and who was notified of what.
        """DELETE FROM "CaseMessages" WHERE "CaseNumber" = {0}""",
        $$"""UPDATE "SettlementReports" SET "Terms" = '', "ReportedByName" = '{{Erased}}', "ConfirmedByName" = CASE WHEN "ConfirmedByName" IS NULL THEN NULL ELSE '{{Erased}}' END WHERE "CaseNumber" = {0}""",
        """DELETE FROM "RepresentativeInvitations" WHERE "CaseNumber" = {0}""",
        """DELETE FROM "PrintQueue" WHERE "CaseNumber" = {0}""",
        """DELETE FROM "UserNotifications" WHERE "CaseNumber" = {0}""",
        // The filer's questionnaire answers (issue 18).
        """DELETE FROM "FilingAnswers" WHERE "CaseNumber" = {0}""",
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
        // Issue 19 item 9: the erasure is itself an entry of the chain, linked after every entry whose personal text it
        // removed (their number is its detail); the verification accepts erased personal text only before such an entry.
        var erasedEntries = await db.Set<AuditEntry>().CountAsync(a => a.CaseId == @case.Id, cancellationToken);
        var at = @case.PendingAudit.Count > 0 ? @case.PendingAudit.Max(a => a.At) : @case.CreatedAt;
        await CaseStore.AppendAuditAsync(db, @case.Id, number, Actor.System, at, AuditChain.PersonalDataErasedAction,
            null, null, erasedEntries.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// D24, the files: for every case whose data is erased, deletes the files still stored for it (every registered
/// <see cref="IStoredCaseFiles"/>: issued documents, case-file attachments, intake uploads) and then their rows. Runs when
/// a case event says a case was erased (after the commit) and every hour, so a round cut off by a crash or restart is
/// finished by the next.
/// </summary>
public sealed class ErasedCaseFiles(
    IDbContextFactory<AdrDbContext> factory, IEnumerable<IStoredCaseFiles> kinds, ICaseEventBus bus, ILogger<ErasedCaseFiles> logger) : BackgroundService
{
    private static readonly string ErasedState = nameof(BindingRulingState.DataErased);
    private readonly IReadOnlyList<IStoredCaseFiles> _kinds = kinds.ToList();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public sealed record Round(int Cases, int Files);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(null, e =>
        {
            if (e.Kind == nameof(BindingRulingCase.EraseData)) _wake.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while ((await RunOnceAsync(stoppingToken)).Cases > 0) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Erasing the files of erased cases failed; trying again later");
            }
            using var hourly = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            hourly.CancelAfter(TimeSpan.FromHours(1));
            try
            {
                await _wake.Reader.ReadAsync(hourly.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    /// <summary>One round over at most 20 erased cases that still have files.</summary>
    public async Task<Round> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (_kinds.Count == 0) return new Round(0, 0);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var erased = db.Set<CaseSummary>().Where(s => s.State == ErasedState).Select(s => s.Number);
        var withFiles = _kinds.Select(k => k.CaseNumbers(db)).Aggregate((a, b) => a.Concat(b));
        var numbers = await erased.Where(n => withFiles.Contains(n)).OrderBy(n => n).Take(20).ToListAsync(cancellationToken);
        var files = 0;
        foreach (var number in numbers)
        {
            // Files first, rows after: a row whose file is gone is found again and finished; the reverse would orphan the file.
            foreach (var kind in _kinds) files += await kind.DeleteFilesAsync(db, number, cancellationToken);

            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var kind in _kinds) await kind.DeleteRowsAsync(db, number, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            logger.LogInformation("D24: the stored files of {Case} are erased", number);
        }
        return new Round(numbers.Count, files);
    }

    /// <summary>Deletes one stored file if it is (still) there: 1 if it was.</summary>
    public static int Delete(string path)
    {
        if (!File.Exists(path)) return 0;
        File.Delete(path);
        return 1;
    }
}

/// <summary>D24: the issued documents of an erased case (the documents feature's store).</summary>
public sealed class StoredDocumentFiles(IOptions<DocumentOptions> documents) : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) => db.Set<StoredDocument>().Select(d => d.CaseNumber);

    public async Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        var issued = await db.Set<StoredDocument>().Where(d => d.CaseNumber == number).ToListAsync(cancellationToken);
        var root = Path.GetFullPath(documents.Value.StorePath);
        return issued.Sum(d => ErasedCaseFiles.Delete(Path.Combine(root, d.StorageName[..2], d.StorageName)));
    }

    public async Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        // Corrections point at what they supersede (RESTRICT): unlink within the case, then delete.
        await db.Set<StoredDocument>().Where(d => d.CaseNumber == number)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SupersedesId, (Guid?)null), cancellationToken);
        await db.Set<StoredDocument>().Where(d => d.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
    }
}
