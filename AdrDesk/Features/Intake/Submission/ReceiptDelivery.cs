using System.Text.Json;
using System.Threading.Channels;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Diagnostics;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Intake.Submission;

/// <summary>
/// Issues the filing receipts the submission owes (<see cref="PendingReceipt"/>), one at a time, after the case is
/// committed (issue 5 items 5 and 12). Rendering a PDF in Chromium takes hundreds of milliseconds, and fifty filers
/// submitting at once would queue on it before seeing their case number; here they queue behind each other in the
/// background instead, and the confirmation says the receipt follows by mail.
/// Per receipt: store the document under the id chosen at submission (a retry finds it stored), then in one transaction
/// add the outbox mail with the PDF attached, or the print-queue letter enclosing it (D21), and delete the row. A failed
/// receipt is retried with back-off; a restart picks up what is left, so no filer goes without a receipt.
/// </summary>
public sealed class ReceiptDelivery(
    IDbContextFactory<AdrDbContext> factory, DocumentIssuer issuer, IDocumentStore documents, IPrintQueue printQueue, ICaseEventBus events,
    OutboxSignal outbox, OperationTimings timings, TimeProvider clock, ILogger<ReceiptDelivery> logger) : BackgroundService
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Retried after 30 s, 2, 10 and 30 minutes, then hourly: a Chromium that is missing makes an HTML receipt, so failures are rare.</summary>
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)];

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>Called after a submission committed a receipt: start now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Filing receipt round failed; trying again next round");
            }
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            poll.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await _wake.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    /// <summary>Delivers every receipt that is due; returns how many were delivered. Rounds never overlap (public for tests).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _round.WaitAsync(ct);
        try
        {
            // Issue 17: one server at a time (ClusterWork); a second finds the rows the first delivered deleted.
            return await ClusterWork.AloneAsync(factory, nameof(ReceiptDelivery), () => DeliverDueAsync(ct), ct);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var delivered = 0;
        while (true)
        {
            List<Guid> due;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var now = clock.GetUtcNow();
                due = await db.Set<PendingReceipt>().AsNoTracking().Where(r => r.NextAttemptAt <= now)
                    .OrderBy(r => r.NextAttemptAt).Select(r => r.Id).Take(20).ToListAsync(ct);
            }
            if (due.Count == 0) return delivered;
            var progress = 0;
            foreach (var id in due)
            {
                if (await DeliverAsync(id, ct)) progress++;
            }
            delivered += progress;
            if (progress == 0) return delivered; // all of this batch failed: they wait for their back-off
        }
    }

    private async Task<bool> DeliverAsync(Guid id, CancellationToken ct)
    {
        using var timed = timings.Measure("intake.receipt");
        await using var db = await factory.CreateDbContextAsync(ct);
        var receipt = await db.Set<PendingReceipt>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (receipt is null) return false;
        try
        {
            var stored = await documents.FindAsync(receipt.DocumentId, ct) ?? await IssueAsync(receipt, ct);
            var opened = await documents.OpenAsync(stored.Id, ct);
            if (opened.IsFailure) throw new InvalidOperationException(opened.Error!.Message(Language.En));
            byte[] content;
            await using (var document = opened.Value)
            using (var buffer = new MemoryStream())
            {
                await document.Content.CopyToAsync(buffer, ct);
                content = buffer.ToArray();
            }

            if (receipt.PostalAddress is not null)
            {
                printQueue.Add(db, new PrintLetter(receipt.CaseNumber, receipt.RecipientName, receipt.Subject, clock.GetUtcNow())
                {
                    PartyId = receipt.PartyId ?? Guid.Empty, Address = receipt.PostalAddress, DocumentId = stored.Id,
                    Body = receipt.Body, Language = receipt.Language,
                });
            }
            if (receipt.MailTo is not null)
            {
                db.Add(OutboxMessage.Create(receipt.MailTo, receipt.RecipientName, receipt.Subject, receipt.Body, receipt.Language,
                        clock.GetUtcNow(), receipt.CaseNumber)
                    .Attach(stored.FileName, stored.ContentType, content));
            }
            db.Remove(receipt);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Filing receipt of case {Case} not delivered (attempt {Attempt})", receipt.CaseNumber, receipt.Attempts + 1);
            await using var retry = await factory.CreateDbContextAsync(ct);
            var wait = Backoff[Math.Min(receipt.Attempts, Backoff.Length - 1)];
            await retry.Set<PendingReceipt>().Where(r => r.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Attempts, r => r.Attempts + 1)
                .SetProperty(r => r.NextAttemptAt, clock.GetUtcNow() + wait)
                .SetProperty(r => r.LastError, Truncate(ex.Message, 1000)), ct);
            return false;
        }

        if (receipt.MailTo is not null) outbox.Wake();
        await PublishAsync(receipt.CaseNumber, ct);
        return true;
    }

    private async Task<StoredDocument> IssueAsync(PendingReceipt receipt, CancellationToken ct)
    {
        var model = JsonSerializer.Deserialize<FilingReceiptModel>(receipt.ModelJson, Json)
            ?? throw new InvalidOperationException($"Receipt model of {receipt.CaseNumber} is empty");
        var issued = await issuer.IssueAsync<FilingReceipt, FilingReceiptModel>(model, new DocumentAuthor(receipt.AuthorId, receipt.AuthorName),
            cancellationToken: ct, documentId: receipt.DocumentId);
        if (issued.IsSuccess) return issued.Value.Stored;
        // Lost a race with another round for the same id: the stored one is the receipt.
        if (issued.Error is DocumentAlreadyStoredError && await documents.FindAsync(receipt.DocumentId, ct) is { } stored) return stored;
        throw new InvalidOperationException(issued.Error!.Message(Language.En));
    }

    /// <summary>Open case pages list the new document without a reload (the case's current state from its summary).</summary>
    private async Task PublishAsync(string caseNumber, CancellationToken ct)
    {
        if (CaseNumber.Parse(caseNumber) is not { IsSuccess: true } number) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        var state = await db.Set<CaseSummary>().Where(s => s.Number == caseNumber).Select(s => s.State).SingleOrDefaultAsync(ct);
        if (state is not null) await events.PublishAsync([new CaseEvent(number.Value, "IssueFilingReceipt", state)], ct);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
