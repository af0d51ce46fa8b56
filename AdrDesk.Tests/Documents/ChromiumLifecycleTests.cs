using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Pdf;
using AdrDesk.Resources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 4, items 1 and 4: the shared Chromium is restarted when it dies, leaves no process behind,
/// and a missing Chromium gives a named error and the HTML instead. Each test owns its browser, so
/// these run outside the shared collection, one at a time.
/// </summary>
[Collection(Name)]
public class ChromiumLifecycleTests
{
    public const string Name = "Chromium lifecycle (own browsers)";

    private static ServiceProvider Services(string chromiumPath = "/usr/bin/chromium") =>
        new ServiceCollection()
            .AddLogging()
            .AddDocuments(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Documents:PrintCssPath"] = DocumentsFixture.RepoFile("wwwroot-assets/css/print.css"),
                ["Pdf:ChromiumPath"] = chromiumPath,
            }).Build())
            .BuildServiceProvider();

    private static async Task<PdfRenderResult> PrintRefusalAsync(ServiceProvider services)
    {
        var renderer = services.GetRequiredService<DocumentRenderer>();
        var html = await renderer.RenderHtmlAsync<RefusalLetter, RefusalLetterModel>(Samples.Refusal(DocumentLanguage.Nl));
        return await renderer.RenderPdfAsync(html.Value);
    }

    [Fact]
    public async Task A_missing_chromium_is_a_named_error_and_the_issuer_stores_the_printable_html()
    {
        await using var services = Services("/nonexistent/chromium");
        await using var store = new StoreFixture();
        var issuer = new DocumentIssuer(services.GetRequiredService<DocumentRenderer>(), store.Store);

        var issued = await issuer.IssueAsync<RefusalLetter, RefusalLetterModel>(Samples.Refusal(DocumentLanguage.Nl), new DocumentAuthor(Guid.NewGuid(), "L. Visser"));

        Assert.True(issued.IsSuccess, issued.Error?.Message(Language.En));
        Assert.IsType<PdfBrowserMissingError>(issued.Value.PdfUnavailable);
        Assert.Contains("printable page", issued.Value.PdfUnavailable!.Message);
        Assert.Equal("text/html; charset=utf-8", issued.Value.Stored.ContentType);
        Assert.EndsWith(".html", issued.Value.Stored.FileName);
    }

    [Fact]
    public async Task A_chromium_that_died_is_started_again_on_the_next_print()
    {
        await using var services = Services();
        Assert.True((await PrintRefusalAsync(services)).Succeeded);
        var browser = ChromiumProcesses.Browser();
        Assert.NotNull(browser);

        System.Diagnostics.Process.GetProcessById(browser.Id).Kill(); // only the browser this test started
        await WaitUntilAsync(() => ChromiumProcesses.Browser()?.Id != browser.Id);

        Assert.True((await PrintRefusalAsync(services)).Succeeded);
        Assert.NotEqual(browser.Id, ChromiumProcesses.Browser()?.Id);
    }

    [Fact]
    public async Task Disposing_the_app_leaves_no_chromium_process_behind()
    {
        var services = Services();
        Assert.True((await PrintRefusalAsync(services)).Succeeded);
        Assert.NotEmpty(ChromiumProcesses.Mine());

        await services.DisposeAsync();

        await WaitUntilAsync(() => ChromiumProcesses.Mine().Count == 0);
        Assert.Empty(ChromiumProcesses.Mine());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
            await Task.Delay(100);
    }
}

[CollectionDefinition(ChromiumLifecycleTests.Name, DisableParallelization = true)]
public sealed class ChromiumLifecycleCollection;
