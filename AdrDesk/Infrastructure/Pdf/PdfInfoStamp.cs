using System.Text;
using System.Text.RegularExpressions;

namespace AdrDesk.Infrastructure.Pdf;

/// <summary>
/// Adds Author and Subject to the PDF's document information. Chromium writes Title (from
/// &lt;title&gt;), Creator, Producer and dates, and the language as the catalog's /Lang (from
/// &lt;html lang&gt;), but no author (pdfinfo, Chromium 156). The addition is a standard
/// incremental update (PDF 1.7 §7.5.6): the original bytes stay as they are, a new version of the
/// info dictionary and a one-entry cross-reference section are appended.
/// </summary>
internal static partial class PdfInfoStamp
{
    private static readonly Encoding Bytes = Encoding.Latin1; // one char per byte: offsets stay byte offsets

    /// <summary>The stamped PDF, or null when the file is not laid out as Chromium writes it (classic xref table).</summary>
    public static byte[]? Stamp(byte[] pdf, string author, string? subject)
    {
        var text = Bytes.GetString(pdf);
        var trailer = Trailer().Match(text, Math.Max(0, text.Length - 2048));
        if (!trailer.Success)
            return null;
        var infoNumber = trailer.Groups["info"].Value;
        var infoObject = new Regex($@"(?<![0-9]){infoNumber} 0 obj\s*<<(?<body>.*?)>>\s*endobj", RegexOptions.Singleline).Match(text);
        if (!infoObject.Success)
            return null;

        var entries = $"/Author {PdfText(author)}" + (subject is null ? "" : $"\n/Subject {PdfText(subject)}");
        var update = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        update.Append($"\n{infoNumber} 0 obj\n<<{entries}\n{infoObject.Groups["body"].Value.Trim()}>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append($"xref\n{infoNumber} 1\n{objectOffset:D10} 00000 n \n");
        update.Append($"trailer\n<</Size {trailer.Groups["size"].Value} /Root {trailer.Groups["root"].Value} /Info {infoNumber} 0 R /Prev {trailer.Groups["xref"].Value}>>\n");
        update.Append($"startxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Bytes.GetBytes(update.ToString())];
    }

    // A text string in UTF-16BE with its byte-order mark, so any name (é, ü) survives.
    private static string PdfText(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+)\s*/Root (?<root>\d+ \d+ R)\s*/Info (?<info>\d+) 0 R\s*>>\s*startxref\s*(?<xref>\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex Trailer();
}
