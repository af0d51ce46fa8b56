using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.CaseFile.Pages;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;
using AdrDesk.Tests.Components;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Workbench;

/// <summary>
/// Issue 19 item 6: "no text promises a PDF that is not there". A document that fell back to HTML (Chromium down) is linked
/// as HTML that will be issued again as PDF; a PDF keeps its "(PDF)" label. Over the real database, with Chromium missing.
/// </summary>
[Trait("Issue", "19")]
public sealed class HtmlFallbackLinkTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;

    // Chromium missing: every document the kit issues falls back to HTML
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync(new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nowhere/chromium" });
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    [Fact, Trait("Rule", "D26")]
    public async Task D26_A_refusal_letter_stored_as_HTML_is_not_linked_as_a_PDF()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var desk = _kit.Get<DeskService>();
        ResultAssert.Ok(await desk.StartScreeningAsync(_kit.Desk.Principal, n));

        var letter = ResultAssert.Ok(await desk.RefuseAsync(_kit.Desk.Principal, n, [new RefusalInput("D25b", "Het gebrek is een kras van 2 mm.")]));

        Assert.False(letter.IsPdf);
        Assert.True((await _kit.Get<IDocumentStore>().FindAsync(letter.Id))!.IsHtmlFallback);
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_The_print_queue_says_PDF_only_for_an_enclosure_stored_as_PDF()
    {
        var (html, pdf) = await TwoLettersAsync();

        var queue = ResultAssert.Ok(await _kit.Get<CaseFileService>().PrintQueueAsync(_kit.Desk.Principal));

        Assert.False(queue.IsPdf(html));
        Assert.True(queue.IsPdf(pdf));
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_The_print_queue_page_links_an_HTML_enclosure_as_HTML_and_a_PDF_as_PDF()
    {
        var (html, pdf) = await TwoLettersAsync();
        await using var ctx = ComponentHost.Create(configure: c =>
        {
            c.SignIn(_kit.Desk.Name, Roles.CaseManager);
            c.Services.AddSingleton(_kit.Get<CaseFileService>());
        });

        var page = ctx.Render<PrintQueue>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=enclosure]").Count));
        var links = page.FindAll("[data-testid=enclosure]").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal("Document openen (HTML, wordt opnieuw als PDF uitgegeven)", links[DocumentEndpoints.DownloadUrl(html)]);
        Assert.Equal("Document openen (PDF)", links[DocumentEndpoints.DownloadUrl(pdf)]);
    }

    /// <summary>Two letters in the print queue: one encloses a document stored as HTML, the other one stored as PDF.</summary>
    private async Task<(Guid Html, Guid Pdf)> TwoLettersAsync()
    {
        var c = await _kit.FiledCaseAsync();
        var n = c.Number.ToString();
        var store = _kit.Get<IDocumentStore>();
        var author = new DocumentAuthor(_kit.Desk.Id, _kit.Desk.Name);
        var html = ResultAssert.Ok(await store.SaveAsync(new NewDocument(Guid.NewGuid(), n, DocumentKind.FilingReceipt, DocumentLanguage.Nl, "Ontvangstbevestiging",
            $"{n}-receipt.html", "text/html; charset=utf-8", "<html><body>Ontvangen</body></html>"u8.ToArray(), author)));
        var pdf = ResultAssert.Ok(await store.SaveAsync(new NewDocument(Guid.NewGuid(), n, DocumentKind.FilingReceipt, DocumentLanguage.Nl, "Ontvangstbevestiging",
            $"{n}-receipt.pdf", "application/pdf", "%PDF-1.7\n"u8.ToArray(), author)));
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        foreach (var document in new[] { html, pdf })
            db.Add(new PrintQueueEntry
            {
                Id = Guid.NewGuid(), CaseNumber = n, DocumentId = document.Id, Subject = "Ontvangstbevestiging", RecipientName = "J. Jansen",
                Address = "Dorpsstraat 1, 1234 AB Ons Dorp", CreatedAt = _kit.Clock.GetUtcNow(),
            });
        await db.SaveChangesAsync();
        return (html.Id, pdf.Id);
    }
}
