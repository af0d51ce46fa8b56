namespace AdrDesk.Infrastructure.Files;

/// <summary>
/// The one rule for the names uploaded files are stored, shown and served under, used by every feature that keeps
/// uploads (intake, case file, post scans, mediation files, signed scans) and by every download endpoint (issue 19
/// item 6).
/// </summary>
public static class FileNames
{
    private const int MaxLength = 200;

    /// <summary>
    /// A name only (no folders), without control characters, bidi controls (U+200E/F, U+202A–U+202E, U+2066–U+2069:
    /// "factuur_\u202Efdp.exe" would show as "factuur_exe.pdf") or quotes, at most 200 characters; "bijlage" when
    /// nothing is left.
    /// </summary>
    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !IsRemoved(c)).ToArray()).Trim().Trim('.').Trim();
        if (name.Length == 0) name = "bijlage";
        if (name.Length <= MaxLength) return name;
        var extension = Path.GetExtension(name);
        return extension.Length is > 0 and <= 10 ? name[..(MaxLength - extension.Length)] + extension : name[..MaxLength];
    }

    /// <summary>Kept for the callers that only show a name; the same as <see cref="Clean"/>.</summary>
    public static string Safe(string fileName) => Clean(fileName);

    /// <summary>
    /// The cleaned name with the extension of the type its bytes were detected as: a PDF named "tool.exe" becomes
    /// "tool.pdf", "foto.png" holding a PDF becomes "foto.pdf"; a name that already says the type keeps its spelling
    /// (".jpeg" stays for a JPEG). The name is never trusted over the content.
    /// </summary>
    public static string WithDetectedExtension(string? fileName, string detectedExtension)
    {
        var name = Clean(fileName);
        var extension = Path.GetExtension(name);
        if (Same(extension, detectedExtension)) return name;
        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        if (stem.Length == 0) stem = "bijlage";
        return Clean(stem + detectedExtension);
    }

    /// <summary>The name a stored file is served under: cleaned, with the extension of its content type (rows written before the rule).</summary>
    public static string ForContentType(string? fileName, string contentType) =>
        FileSignature.ExtensionOf(contentType) is { } extension ? WithDetectedExtension(fileName, extension) : Clean(fileName);

    private static bool Same(string extension, string detected) =>
        string.Equals(extension, detected, StringComparison.OrdinalIgnoreCase)
        || (detected == ".jpg" && string.Equals(extension, ".jpeg", StringComparison.OrdinalIgnoreCase));

    private static bool IsRemoved(char c) =>
        char.IsControl(c) || c is '"' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || c is '\u061C' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D';
}
