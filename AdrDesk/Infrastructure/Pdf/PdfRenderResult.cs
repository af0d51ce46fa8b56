namespace AdrDesk.Infrastructure.Pdf;

/// <summary>A PDF, or the named reason there is none. The caller then serves the print-ready HTML (issue 4, item 4).</summary>
public sealed record PdfRenderResult
{
    private PdfRenderResult(byte[]? pdf, PdfRenderError? error) => (Pdf, Error) = (pdf, error);

    public byte[]? Pdf { get; }
    public PdfRenderError? Error { get; }
    public bool Succeeded => Error is null;

    public static PdfRenderResult Success(byte[] pdf) => new(pdf, null);
    public static PdfRenderResult Failure(PdfRenderError error) => new(null, error);
}

/// <summary>Why no PDF was produced; <see cref="Message"/> is safe to show to a user.</summary>
public abstract record PdfRenderError(string Message, string Detail);

/// <summary>The Chromium executable is not where the configuration says.</summary>
public sealed record PdfBrowserMissingError(string ExecutablePath)
    : PdfRenderError("PDF generation is unavailable: the browser engine is not installed. The printable page is shown instead.",
        $"No Chromium executable at '{ExecutablePath}'.");

/// <summary>Chromium is installed but could not be started.</summary>
public sealed record PdfBrowserStartFailedError(string Detail)
    : PdfRenderError("PDF generation is unavailable: the browser engine could not be started. The printable page is shown instead.", Detail);

/// <summary>Chromium started but failed or timed out while printing this document.</summary>
public sealed record PdfPrintFailedError(string Detail)
    : PdfRenderError("The PDF could not be produced. The printable page is shown instead.", Detail);
