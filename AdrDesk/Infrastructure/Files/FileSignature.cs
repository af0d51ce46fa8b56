namespace AdrDesk.Infrastructure.Files;

/// <summary>
/// What a file is, by its first bytes, not by its name: PDF, JPEG and PNG only. A renamed
/// executable ("factuur.pdf" that starts with "MZ") is none of these and is refused (item 10). Shared by every
/// feature that takes uploads (intake, mediation).
/// </summary>
public static class FileSignature
{
    public const int BytesNeeded = 8;

    private static readonly (string ContentType, string Extension, byte[] Magic)[] Known =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public static readonly string[] AllowedExtensions = [".pdf", ".jpg", ".jpeg", ".png"];

    /// <summary>The content type and canonical extension, or null when the bytes are not an allowed type.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (type, extension, magic) in Known)
        {
            if (head.StartsWith(magic)) return (type, extension);
        }
        return null;
    }

    /// <summary>The canonical extension of an allowed content type (".pdf", ".jpg", ".png", ".txt"), or null.</summary>
    public static string? ExtensionOf(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "text/plain" => ".txt",
        _ => null,
    };

    /// <summary>The name must also say what the bytes are, so the download opens in the right program.</summary>
    public static bool NameMatches(string fileName, string contentType)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return contentType switch
        {
            "application/pdf" => extension == ".pdf",
            "image/jpeg" => extension is ".jpg" or ".jpeg",
            "image/png" => extension == ".png",
            _ => false,
        };
    }
}
