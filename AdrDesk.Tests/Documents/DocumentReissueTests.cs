using AdrDesk.Domain.Cases;
using AdrDesk.Features.Admin.AuditCheck;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Pdf;
using AdrDesk.Tests.Cases;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 19 item 6: a document stored as HTML because Chromium failed is issued again as PDF once it works: same id, the
/// file replaced, an audit entry "opnieuw uitgegeven als PDF" in the case's (still verifiable) chain. Over the real database
/// and the real Chromium behind a switch that makes it fail first.
/// </summary>
[Trait("Issue", "19")]
public sealed class DocumentReissueTests : IAsyncLifetime
{
    private readonly string _documents = Path.Combine(Path.GetTempPath(), "adrdesk-tests", "reissue-" + Guid.NewGuid().ToString("N")[..8]);
    private ServiceHost _host = default!;
    private SwitchablePdf _pdf = default!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost.StartAsync(services =>
        {
            services.AddSingleton(sp => new SwitchablePdf(sp.GetRequiredService<ChromiumPdfRenderer>()));
            services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<SwitchablePdf>());
        }, new Dictionary<string, string?> { ["Documents:StorePath"] = _documents });
        _pdf = _host.Services.GetRequiredService<SwitchablePdf>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        AppHost.TryDelete(_documents);
    }

    [Fact]
    public async Task A_document_that_fell_back_to_HTML_is_issued_again_as_PDF_under_the_same_id_once_Chromium_works()
    {
        var services = _host.Services;
        var @case = await CaseFixtures.NewBindingRulingAsync(services.GetRequiredService<CaseStore>(), services.GetRequiredService<TimeProvider>());
        var number = @case.Number.ToString();
        var store = services.GetRequiredService<IDocumentStore>();
        var reissue = services.GetRequiredService<DocumentReissue>();

        _pdf.Works = false;
        var issued = await services.GetRequiredService<DocumentIssuer>().IssueAsync<FilingReceipt, FilingReceiptModel>(
            Samples.FilingReceipt(DocumentLanguage.Nl) with { CaseNumber = number }, new DocumentAuthor(Guid.NewGuid(), "K. de Boer"));
        Assert.True(issued.IsSuccess);
        Assert.NotNull(issued.Value.PdfUnavailable);
        var id = issued.Value.Stored.Id;
        Assert.True(issued.Value.Stored.IsHtmlFallback);
        Assert.EndsWith(".html", issued.Value.Stored.FileName);

        Assert.Equal(0, await reissue.ReissueNowAsync()); // Chromium still fails: it stays HTML
        Assert.True((await store.FindAsync(id))!.IsHtmlFallback);

        _pdf.Works = true;
        Assert.Equal(1, await reissue.ReissueNowAsync());

        var pdf = (await store.FindAsync(id))!;
        Assert.False(pdf.IsHtmlFallback);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.EndsWith(".pdf", pdf.FileName);
        Assert.Equal(number, pdf.CaseNumber);
        await using (var opened = (await store.OpenAsync(id)).Value)
        using (var bytes = new MemoryStream())
        {
            await opened.Content.CopyToAsync(bytes);
            Assert.Equal("%PDF-"u8.ToArray(), bytes.ToArray()[..5]);
            Assert.Equal(pdf.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray())));
            Assert.Equal(pdf.Size, bytes.Length);
        }
        Assert.Single(Directory.GetFiles(_documents, "*", SearchOption.AllDirectories)); // the HTML file is gone

        await using var db = await services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        var entry = Assert.Single(await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number && a.Action == DocumentReissue.Action).ToListAsync());
        Assert.Contains("opnieuw uitgegeven als PDF", entry.Detail);
        Assert.True((await services.GetRequiredService<AuditChainCheck>().VerifyAllAsync()).Ok);

        Assert.Equal(0, await reissue.ReissueNowAsync()); // nothing left to do, nothing told twice
    }

    /// <summary>The real Chromium renderer, or a failure as when the executable is missing.</summary>
    private sealed class SwitchablePdf(ChromiumPdfRenderer chromium) : IPdfRenderer
    {
        public volatile bool Works = true;

        public Task<PdfRenderResult> RenderAsync(PdfRequest request, CancellationToken cancellationToken = default) => Works
            ? chromium.RenderAsync(request, cancellationToken)
            : Task.FromResult(PdfRenderResult.Failure(new PdfBrowserMissingError("/nowhere/chromium")));
    }
}
