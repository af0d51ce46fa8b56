using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Tests.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Benchmarks;

/// <summary>The documents services as the app wires them, printing the sample 3-page ruling.</summary>
public sealed class Pipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly DocumentRenderer _renderer;
    private readonly BindingRulingModel _ruling = Samples.BindingRuling(DocumentLanguage.Nl);

    public Pipeline()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Documents:PrintCssPath"] = RepoFile("wwwroot-assets/css/print.css"),
        }).Build();
        _services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddDocuments(configuration)
            .BuildServiceProvider();
        _renderer = _services.GetRequiredService<DocumentRenderer>();
    }

    /// <summary>Template → HTML → PDF, as issuing a ruling does; throws if no PDF, so a failure never looks fast.</summary>
    public async Task<byte[]> RulingPdfAsync()
    {
        var html = await _renderer.RenderHtmlAsync<BindingRuling, BindingRulingModel>(_ruling);
        var pdf = await _renderer.RenderPdfAsync(html.Value);
        return pdf.Pdf ?? throw new InvalidOperationException(pdf.Error!.Detail);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static string RepoFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relativePath)))
                return Path.Combine(dir.FullName, relativePath);
        throw new FileNotFoundException(relativePath);
    }
}
