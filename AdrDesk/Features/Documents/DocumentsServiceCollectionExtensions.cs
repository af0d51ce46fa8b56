using AdrDesk.Infrastructure.Pdf;

namespace AdrDesk.Features.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Documents: templates → HTML → PDF in one shared Chromium (a singleton, disposed with the app).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        // Features/_Imports.razor injects a localizer into every component under Features/, the
        // templates included; the HtmlRenderer resolves it even outside the web app (tools, tests).
        services.AddLocalization();
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<PrintStyles>();
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        services.AddSingleton<DocumentRenderer>();
        return services;
    }
}
