using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Pdf;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdrDesk.Features.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Documents: templates → HTML → PDF in one shared Chromium (a singleton, disposed with the
    /// app), and the write-once store. Needs IDbContextFactory&lt;AdrDbContext&gt; and TimeProvider.
    /// The case file replaces <see cref="IDocumentAccessPolicy"/>; until then nobody can download.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        // Features/_Imports.razor injects a localizer into every component under Features/, the
        // templates included; the HtmlRenderer resolves it even outside the web app (tools, tests).
        services.AddLocalization();
        services.Configure<DeskOptions>(configuration.GetSection(DeskOptions.Section));
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        // One name for the desk: documents take the "Desk" section, not a copy of their own.
        services.AddOptions<DocumentOptions>().Configure<IOptions<DeskOptions>>((documents, desk) => documents.Desk = desk.Value);
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<PrintStyles>();
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<IDocumentStore, FileDocumentStore>();
        services.AddSingleton<DocumentIssuer>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentAccessPolicy, NoDocumentAccess>();
        return services;
    }
}
