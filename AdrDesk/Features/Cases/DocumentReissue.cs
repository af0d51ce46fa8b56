using System.Text;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Issue 19 item 6: a document that fell back to HTML (Chromium missing or failing when it was issued) is issued again as
/// PDF once Chromium works: the stored HTML is printed, the file replaced under the same document id, and the case's
/// audit trail gets "opnieuw uitgegeven als PDF" in the same transaction; the case's pages reload after the commit.
/// Tries at start and every <see cref="Every"/>; a round stops at the first failure (Chromium still down).
/// </summary>
public sealed class DocumentReissue(
    IDocumentStore store, DocumentRenderer renderer, ICaseEventBus events, IDbContextFactory<AdrDbContext> factory, TimeProvider clock,
    ILogger<DocumentReissue> log) : BackgroundService
{
    public const string Action = "DocumentReissuedAsPdf";
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Re-issues what it can now; returns how many documents became PDF.</summary>
    public async Task<int> ReissueNowAsync(CancellationToken cancellationToken = default)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            // Issue 17: one server at a time (ClusterWork), or two would re-issue the same document.
            return await ClusterWork.AloneAsync(factory, nameof(DocumentReissue), async () =>
            {
                var done = 0;
                foreach (var fallback in await store.HtmlFallbacksAsync(50, cancellationToken))
                {
                    if (!await ReissueAsync(fallback, cancellationToken)) break;
                    done++;
                }
                return done;
            }, cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<bool> ReissueAsync(StoredDocument fallback, CancellationToken cancellationToken)
    {
        string html;
        var opened = await store.OpenAsync(fallback.Id, cancellationToken);
        if (!opened.IsSuccess) return true; // erased or missing: nothing to print, try the next one
        await using (var content = opened.Value)
        using (var reader = new StreamReader(content.Content, Encoding.UTF8))
            html = await reader.ReadToEndAsync(cancellationToken);

        var date = AmsterdamCalendar.DateOf(fallback.CreatedAt);
        var pdf = await renderer.RenderPdfAsync(new RenderedDocument(fallback.Kind, fallback.Language, fallback.Title, fallback.CaseNumber, date, html), cancellationToken);
        if (!pdf.Succeeded) return false;

        string? state = null;
        var replaced = await store.ReplaceHtmlFallbackAsync(fallback.Id, pdf.Pdf!, async (db, document) =>
        {
            if (await db.Set<CaseSummary>().AsNoTracking().SingleOrDefaultAsync(s => s.Number == document.CaseNumber, cancellationToken) is not { } summary)
                return; // a document of no case (a blank form): nothing to audit
            state = summary.State;
            await CaseStore.AppendAuditAsync(db, summary.CaseId, summary.Number, Actor.System, clock.GetUtcNow(), Action,
                fallback.FileName, document.FileName, $"opnieuw uitgegeven als PDF: {document.Title}", cancellationToken);
        }, cancellationToken);
        if (!replaced.IsSuccess) return true;
        log.LogInformation("Document {Id} of case {Case} re-issued as PDF", fallback.Id, fallback.CaseNumber);
        if (state is not null && CaseNumber.Parse(fallback.CaseNumber) is { IsSuccess: true } number)
            await events.PublishAsync([new CaseEvent(number.Value, Action, state)], cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the start
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try { await ReissueNowAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Re-issuing HTML documents as PDF failed"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
