using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace AdrDesk.Infrastructure.Pdf;

/// <summary>
/// Prints HTML to PDF in the shared Chromium (platform.md "PDF"). At most
/// <see cref="PdfOptions.MaxConcurrency"/> prints run at once; pages are kept warm in a small pool
/// and closed when they fail or the pool is full. Never throws for a Chromium failure: it returns a
/// named <see cref="PdfRenderError"/> and logs it, so the caller can serve the HTML (issue 4, item 4).
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly ChromiumBrowser _browser;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentQueue<PooledPage> _idle = new();

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger)
    {
        _options = options.Value;
        _logger = logger;
        _browser = new ChromiumBrowser(_options, logger);
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrency));
    }

    public async Task<PdfRenderResult> RenderAsync(PdfRequest request, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(_options.ChromiumPath))
            return Fail(new PdfBrowserMissingError(_options.ChromiumPath), null);

        await _slots.WaitAsync(cancellationToken);
        try
        {
            IBrowser browser;
            try
            {
                browser = await _browser.GetAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
            {
                return Fail(new PdfBrowserStartFailedError(e.Message), e);
            }
            var printed = await PrintOnPooledPageAsync(browser, request, cancellationToken);
            if (printed.Succeeded)
                return printed;
            // Once more on a fresh Chromium: the usual cause of a failed print is a browser that died.
            try
            {
                browser = await _browser.ReplaceAsync(browser, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
            {
                return Fail(new PdfBrowserStartFailedError(e.Message), e);
            }
            return await PrintOnPooledPageAsync(browser, request, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<PdfRenderResult> PrintOnPooledPageAsync(IBrowser browser, PdfRequest request, CancellationToken cancellationToken)
    {
        PooledPage? page = null;
        try
        {
            page = await RentAsync(browser);
            var pdf = await PrintAsync(page.Page, request).WaitAsync(_options.PrintTimeout, cancellationToken);
            Return(page);
            return PdfRenderResult.Success(WithAuthor(pdf, request));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            if (page is not null)
                await CloseQuietlyAsync(page.Page);
            return Fail(new PdfPrintFailedError(e.Message), e);
        }
    }

    private static async Task<byte[]> PrintAsync(IPage page, PdfRequest request)
    {
        await page.SetContentAsync(request.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            Tagged = true, // accessible PDF: the structure tree comes from the HTML's semantics
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = request.HeaderTemplate,
            FooterTemplate = request.FooterTemplate,
            Margin = new Margin { Top = "24mm", Bottom = "20mm", Left = "20mm", Right = "20mm" },
        });
    }

    private byte[] WithAuthor(byte[] pdf, PdfRequest request)
    {
        if (PdfInfoStamp.Stamp(pdf, request.Author, request.Subject) is { } stamped)
            return stamped;
        _logger.LogWarning("Chromium's PDF layout was not recognised; the PDF has no author metadata");
        return pdf;
    }

    private async Task<PooledPage> RentAsync(IBrowser browser)
    {
        while (_idle.TryDequeue(out var pooled))
        {
            if (pooled.Browser == browser && !pooled.Page.IsClosed)
                return pooled;
            await CloseQuietlyAsync(pooled.Page); // from a Chromium that has since died
        }
        return new PooledPage(browser, await browser.NewPageAsync());
    }

    private void Return(PooledPage page)
    {
        if (_idle.Count < _options.PagePoolSize)
            _idle.Enqueue(page);
        else
            _ = CloseQuietlyAsync(page.Page);
    }

    private PdfRenderResult Fail(PdfRenderError error, Exception? exception)
    {
        _logger.LogError(exception, "PDF not produced ({Error}): {Detail}", error.GetType().Name, error.Detail);
        return PdfRenderResult.Failure(error);
    }

    private async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException e)
        {
            _logger.LogDebug(e, "Closing a Chromium page failed; its browser is gone");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _idle.Clear(); // closing the browser closes its pages
        await _browser.DisposeAsync();
        _slots.Dispose();
    }

    private sealed record PooledPage(IBrowser Browser, IPage Page);
}
