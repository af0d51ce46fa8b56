using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Documents;

/// <summary>
/// The print stylesheet, read once and inlined into every document: the PDF is printed from
/// SetContent, where a linked stylesheet would not load, and a saved HTML copy stays complete.
/// </summary>
public sealed class PrintStyles
{
    public const string WebRootPath = "assets/css/print.css";

    public PrintStyles(IOptions<DocumentOptions> options, IServiceProvider services)
    {
        Css = options.Value.PrintCssPath is { } path ? File.ReadAllText(path) : ReadFromWebRoot(services);
    }

    public string Css { get; }

    private static string ReadFromWebRoot(IServiceProvider services)
    {
        var file = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(WebRootPath);
        if (!file.Exists)
            throw new PrintStylesheetMissingException(WebRootPath);
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}

/// <summary>The build copies wwwroot-assets/ into wwwroot/assets/; without print.css documents would print unstyled.</summary>
public sealed class PrintStylesheetMissingException(string path)
    : InvalidOperationException($"The print stylesheet '{path}' is not in the web root: build the app so that wwwroot-assets/ is copied.");
