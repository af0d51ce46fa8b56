using System.Security.Cryptography;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Mediation.Files;

/// <summary>A file as the browser sent it, before any check.</summary>
public sealed record MediationUpload(string FileName, byte[] Content);

/// <summary>A file that passed the checks: its safe name and the type its first bytes show.</summary>
public sealed record CheckedUpload(string FileName, string ContentType, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

public sealed class MediationFileOptions
{
    public const string Section = "Mediation:Files";

    /// <summary>Where the bytes go; empty: "mediation-files" beside the database file (never under wwwroot).</summary>
    public string Path { get; set; } = "";
}

/// <summary>
/// Position documents and signed scans on disk: outside wwwroot, under random names (never the uploaded
/// name), written with CreateNew, and only after the checks: size, and PDF/JPEG/PNG by the first bytes
/// (<see cref="FileSignature"/>, as the intake), kept under a name with the detected type's extension.
/// </summary>
public sealed class MediationFileStore(IOptions<MediationFileOptions> options, DatabaseOptions database)
{
    /// <summary>A scan of a few pages fits easily; larger files are refused before a byte is kept.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Per party and position: enough for a contract, invoices and photos; more belongs in the session.</summary>
    public const int MaxDocumentsPerParty = 10;

    private readonly string _root = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.Path)
        ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(database.Path))!, "mediation-files")
        : options.Value.Path);

    public static Result<CheckedUpload> Check(MediationUpload upload)
    {
        var name = FileNames.Clean(upload.FileName);
        if (upload.Content.LongLength > MaxBytes) return new UploadTooLarge(name, MaxBytes);
        if (upload.Content.Length < FileSignature.BytesNeeded
            || FileSignature.Detect(upload.Content.AsSpan(0, FileSignature.BytesNeeded)) is not { } detected)
            return new UploadTypeNotAllowed(name);
        // Kept under the detected type's extension: the name is never trusted over the bytes (issue 19 item 6).
        return new CheckedUpload(FileNames.WithDetectedExtension(upload.FileName, detected.Extension), detected.ContentType, upload.Content);
    }

    /// <summary>Writes the bytes under a new random name and returns that name.</summary>
    public async Task<string> WriteAsync(CheckedUpload file, CancellationToken ct)
    {
        var storage = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
        // Through a part file: a cancelled request leaves nothing behind (issue 19 item 6).
        await PartialFiles.WriteAsync(PathOf(storage), file.Content, ct);
        return storage;
    }

    /// <summary>Removes a file whose row was not committed (an orphan is harmless: nothing points to it).</summary>
    public void Delete(string storageName)
    {
        try { File.Delete(PathOf(storageName)); }
        catch (IOException) { }
    }

    public async Task<byte[]?> ReadAsync(string storageName, CancellationToken ct)
    {
        var path = PathOf(storageName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    /// <summary>The folder the files live in (the part-file sweep reads it).</summary>
    public string Root => _root;

    private string PathOf(string storageName) => System.IO.Path.Combine(_root, storageName[..2], storageName);
}
