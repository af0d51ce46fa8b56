using Microsoft.Playwright;

namespace AdrDesk.Infrastructure.Pdf;

/// <summary>
/// The one warm Chromium shared by every PDF: started on first use (an app that never prints never
/// pays for it), started again when it has died, closed with the renderer that owns it.
/// </summary>
internal sealed class ChromiumBrowser(PdfOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public async Task<IBrowser> GetAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } warm)
            return warm;

        await _startGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } started)
                return started;
            if (_browser is not null)
            {
                logger.LogWarning("Chromium is no longer connected; starting a new instance");
                await CloseQuietlyAsync(_browser);
            }
            _browser = await LaunchAsync();
            return _browser;
        }
        finally
        {
            _startGate.Release();
        }
    }

    /// <summary>
    /// After a failed print: the browser may have died before Playwright noticed (IsConnected still
    /// true). Replaces it unless another print already did.
    /// </summary>
    public async Task<IBrowser> ReplaceAsync(IBrowser failed, CancellationToken cancellationToken)
    {
        await _startGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } current && current != failed)
                return current;
            logger.LogWarning("A print failed; starting a new Chromium instance to try once more");
            if (_browser is not null)
                await CloseQuietlyAsync(_browser);
            _browser = await LaunchAsync();
            return _browser;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        try
        {
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ChromiumPath,
                Args = options.LaunchArgs,
                Headless = true,
            });
            browser.Disconnected += (_, _) => logger.LogWarning("Chromium disconnected; it is restarted on the next print");
            logger.LogInformation("Chromium {Version} started from {Path}", browser.Version, options.ChromiumPath);
            return browser;
        }
        catch
        {
            // The driver may be what failed: start it afresh next time rather than reuse a broken one.
            _playwright.Dispose();
            _playwright = null;
            throw;
        }
    }

    private async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync();
        }
        catch (PlaywrightException e)
        {
            logger.LogDebug(e, "Closing a dead Chromium failed, as expected");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _startGate.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
                await CloseQuietlyAsync(_browser);
            _browser = null;
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _startGate.Release();
        }
    }
}
