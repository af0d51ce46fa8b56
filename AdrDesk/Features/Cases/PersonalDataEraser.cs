using System.Threading.Channels;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Cases;

/// <summary>
/// D24 (and the retention of mediation and bemiddeling, issue 19 item 7): when a case reaches DataErased, its personal data goes, in the same transaction
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
    private const string OfMediation = """ WHERE "CaseId" IN (SELECT "Id" FROM "MediationCases" WHERE "Number" = {0})""";
    private const string OfBemiddeling = """ WHERE "CaseId" IN (SELECT "Id" FROM "BemiddelingCases" WHERE "Number" = {0})""";

    /// <summary>Binding ruling (D24): the procedure's own tables.</summary>
    private static readonly string[] BindingRulingStatements =
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
    ];

    /// <summary>B2B mediation (retention, issue 19 item 7): positions, outcome, agreement drafts, signatures, proposals.</summary>
    private static readonly string[] MediationStatements =
    [
        $"""UPDATE "MediationParties" SET "Name" = '{Erased}', "UserId" = NULL, "Representative" = NULL """ + OfMediation,
        """UPDATE "MediationPositions" SET "Text" = '' """ + OfMediation,
        """UPDATE "MediationCases" SET "AgreementText" = NULL, "IneligibilityReason" = NULL WHERE "Number" = {0}""",
        """UPDATE "MediationAgreementVersions" SET "Dispute" = '', "Terms" = '', "Place" = '' WHERE "CaseNumber" = {0}""",
        """DELETE FROM "MediationChangeProposals" WHERE "CaseNumber" = {0}""",
        """DELETE FROM "MediationAgreementSignatures" WHERE "CaseNumber" = {0}""",
        """UPDATE "MediationAppointments" SET "CancelReason" = NULL WHERE "CaseNumber" = {0}""",
    ];

    /// <summary>Consumer bemiddeling (retention, issue 19 item 7): the request and its outcome.</summary>
    private static readonly string[] BemiddelingStatements =
    [
        $"""UPDATE "BemiddelingParties" SET "Name" = '{Erased}', "UserId" = NULL, "Representative" = NULL """ + OfBemiddeling,
        """UPDATE "BemiddelingCases" SET "Description" = '', "Outcome" = NULL WHERE "Number" = {0}""",
    ];

    /// <summary>What every scheme shares: the audit trail's personal text, mails, messages, invitations, letters, notices.</summary>
    private static readonly string[] Statements =
    [
        $"""UPDATE "AuditTrail" SET "Detail" = '{Erased}' WHERE "Detail" IS NOT NULL""" + """ AND "CaseNumber" = {0}""",
        $"""UPDATE "AuditTrail" SET "ActorName" = '{Erased}' WHERE "Role" IN ('Consumer', 'Business')""" + """ AND "CaseNumber" = {0}""",
        $"""UPDATE "AuditTrail" SET "OnBehalfOf" = '{Erased}' WHERE "OnBehalfOf" IS NOT NULL""" + """ AND "CaseNumber" = {0}""",
        // Issue 19 item 9: the salts go with the personal text, so the kept digests can neither be checked nor used to guess
        // a name; the chain still links every entry (AuditChain), and the erasure's own entry below marks where this happened.
        """UPDATE "AuditTrail" SET "Salt" = NULL WHERE "CaseNumber" = {0}""",
        // The mails: their text and attachments (the receipt PDF) go now, and an unsent one is never sent; the row keeps the
        // .eml file's name until OutboxMailFiles has deleted the file from the outbox folder (issue 19 item 7).
        """DELETE FROM "OutboxAttachments" WHERE "MessageId" IN (SELECT "Id" FROM "Outbox" WHERE "CaseNumber" = {0})""",
        $"""UPDATE "Outbox" SET "ToAddress" = '{Erased}', "ToName" = '{Erased}', "Subject" = '{Erased}', "TextBody" = '', "LastError" = NULL, "GaveUp" = TRUE WHERE "CaseNumber" = """ + "{0}",
        """DELETE FROM "PartyInvitations" WHERE "CaseNumber" = {0}""",
        """DELETE FROM "PendingReceipts" WHERE "CaseNumber" = {0}""",
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

    public static async Task EraseAsync(AdrDbContext db, CaseBase @case, CancellationToken cancellationToken)
    {
        var number = @case.Number.ToString();
        string[] own = @case switch
        {
            BindingRulingCase => BindingRulingStatements,
            MediationCase => MediationStatements,
            BemiddelingCase => BemiddelingStatements,
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case.GetType().Name, "A scheme without an eraser."),
        };
        foreach (var statement in (string[])[.. own, .. Statements])
        {
            await db.Database.ExecuteSqlRawAsync(statement, [number], cancellationToken);
        }
        await db.Set<CaseSummary>().Where(s => s.CaseId == @case.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ConsumerName, (string?)null)
            .SetProperty(x => x.ClientUserId, (Guid?)null)
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
    private static readonly string ErasedState = nameof(BindingRulingState.DataErased); // the same name in every scheme
    private readonly IReadOnlyList<IStoredCaseFiles> _kinds = kinds.ToList();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public sealed record Round(int Cases, int Files);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe(null, e =>
        {
            if (e.Kind == nameof(BindingRulingCase.EraseData)) _wake.Writer.TryWrite(true); // every scheme's trigger has this name
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
    public Task<Round> RunOnceAsync(CancellationToken cancellationToken = default) =>
        // Issue 17: one server at a time (ClusterWork).
        ClusterWork.AloneAsync(factory, nameof(ErasedCaseFiles), () => RunOnceHereAsync(cancellationToken), cancellationToken);

    private async Task<Round> RunOnceHereAsync(CancellationToken cancellationToken)
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

/// <summary>
/// Issue 19 item 7: the mails of an erased case as written to the outbox folder (<c>Mail:OutboxFolder</c>): each .eml file
/// carries the mail's text and attachments (a filing receipt: name, address, complaint). The outbox row names its file and
/// its case; the eraser blanked the row's text in the erasure's transaction, this deletes the file and then the row.
/// </summary>
public sealed class OutboxMailFiles(IOptions<MailOptions> mail) : IStoredCaseFiles
{
    public IQueryable<string> CaseNumbers(AdrDbContext db) =>
        db.Set<OutboxMessage>().Where(m => m.CaseNumber != null).Select(m => m.CaseNumber!);

    public async Task<int> DeleteFilesAsync(AdrDbContext db, string number, CancellationToken cancellationToken)
    {
        var names = await db.Set<OutboxMessage>().Where(m => m.CaseNumber == number && m.FileName != null)
            .Select(m => m.FileName!).ToListAsync(cancellationToken);
        var folder = Path.GetFullPath(mail.Value.OutboxFolder);
        // A retry of a half-written mail leaves a hidden temporary file of the same name (MailKitMailer).
        return names.Sum(n => ErasedCaseFiles.Delete(Path.Combine(folder, Path.GetFileName(n)))
            + ErasedCaseFiles.Delete(Path.Combine(folder, $".{Path.GetFileName(n)}.tmp")));
    }

    public Task DeleteRowsAsync(AdrDbContext db, string number, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().Where(m => m.CaseNumber == number).ExecuteDeleteAsync(cancellationToken);
}
