using AdrDesk.Features.Documents;
using AdrDesk.Infrastructure.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// The documents services as the app wires them, with one Chromium shared by every test in the
/// collection (starting it is the slow part). print.css is read from its source in wwwroot-assets/.
/// </summary>
public sealed class DocumentsFixture : IAsyncLifetime
{
    public DocumentsFixture()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Documents:PrintCssPath"] = RepoFile("wwwroot-assets/css/print.css"),
            })
            .Build();
        Services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddDocuments(configuration)
            .BuildServiceProvider();
    }

    public ServiceProvider Services { get; }
    public DocumentRenderer Renderer => Services.GetRequiredService<DocumentRenderer>();
    public IPdfRenderer Pdf => Services.GetRequiredService<IPdfRenderer>();

    public static string RepoFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"'{relativePath}' not found above {AppContext.BaseDirectory}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Services.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DocumentsCollection : ICollectionFixture<DocumentsFixture>
{
    public const string Name = "Documents (shared Chromium)";
}
