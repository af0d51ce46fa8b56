using System.Diagnostics;

namespace AdrDesk.Tests.Documents;

/// <summary>Reads a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a reader of the document would.</summary>
public static class Poppler
{
    public static Task<string> TextAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "{file}", "-");
    public static Task<string> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "{file}");
    public static Task<string> FontsAsync(byte[] pdf) => RunAsync("pdffonts", pdf, "{file}");
    /// <summary>pdfinfo for every page ("Page    3 size: …"), not only the first.</summary>
    public static Task<string> PageInfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, "-f", "1", "-l", "9999", "{file}");
    /// <summary>Each word with its box in points (pdftotext -bbox), per page.</summary>
    public static Task<string> WordBoxesAsync(byte[] pdf) => RunAsync("pdftotext", pdf, "-bbox", "{file}", "-");
    /// <summary>The text of one page (1-based).</summary>
    public static Task<string> PageTextAsync(byte[] pdf, int page) => RunAsync("pdftotext", pdf, "-f", $"{page}", "-l", $"{page}", "{file}", "-");

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"adrdesk-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
                start.ArgumentList.Add(arg == "{file}" ? file : arg);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
