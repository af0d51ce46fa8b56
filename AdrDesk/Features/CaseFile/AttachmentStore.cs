using System.Security.Cryptography;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.CaseFile;

/// <summary>A file as received from the browser, before any check.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Attachment bytes on disk: outside wwwroot, under random names (never the uploaded name), created
/// with CreateNew. Every limit is checked before the first byte is written.
/// </summary>
public sealed class AttachmentStore(IOptions<CaseFileOptions> options, DatabaseOptions database)
{
    private readonly string _root = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.AttachmentPath)
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path))!, "attachments")
        : options.Value.AttachmentPath);

    public static Result Validate(IReadOnlyList<UploadedFile> files)
    {
        if (files.Count > CaseFileLimits.MaxFiles) return new TooManyFiles(CaseFileLimits.MaxFiles);
        foreach (var file in files)
        {
            var name = FileNames.Safe(file.FileName);
            if (!CaseFileLimits.AllowedTypes.ContainsKey(Path.GetExtension(name))) return new FileTypeNotAllowed(name);
            if (file.Content.LongLength > CaseFileLimits.MaxFileBytes) return new FileTooLarge(name, CaseFileLimits.MaxFileBytes);
            if (file.Content.Length == 0 || !ContentMatches(Path.GetExtension(name), file.Content)) return new FileContentMismatch(name);
        }
        return Result.Success;
    }

    /// <summary>Writes the (validated) files and returns their rows, not yet added to any context.</summary>
    public async Task<List<CaseAttachment>> WriteAsync(
        Guid caseId, string caseNumber, Guid ownerId, IReadOnlyList<UploadedFile> files, Guid uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = new List<CaseAttachment>();
        try
        {
            foreach (var file in files)
            {
                var name = FileNames.Safe(file.FileName);
                var storage = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
                var path = PathOf(storage);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    await stream.WriteAsync(file.Content, cancellationToken);
                rows.Add(new CaseAttachment
                {
                    Id = Guid.NewGuid(), CaseId = caseId, CaseNumber = caseNumber, OwnerId = ownerId, FileName = name,
                    ContentType = CaseFileLimits.AllowedTypes[Path.GetExtension(name)], Size = file.Content.LongLength,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), StorageName = storage, UploadedBy = uploadedBy, UploadedAt = now,
                });
            }
        }
        catch
        {
            Delete(rows);
            throw;
        }
        return rows;
    }

    /// <summary>Removes files whose rows were not committed.</summary>
    public void Delete(IEnumerable<CaseAttachment> rows)
    {
        foreach (var row in rows)
        {
            try { File.Delete(PathOf(row.StorageName)); }
            catch (IOException) { /* an orphan file is harmless: nothing points to it */ }
        }
    }

    public Stream Open(CaseAttachment attachment) =>
        new FileStream(PathOf(attachment.StorageName), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    private string PathOf(string storageName) => Path.Combine(_root, storageName[..2], storageName);

    private static bool ContentMatches(string extension, byte[] content) => extension.ToLowerInvariant() switch
    {
        ".pdf" => StartsWith(content, "%PDF"u8),
        ".png" => StartsWith(content, [0x89, 0x50, 0x4E, 0x47]),
        ".jpg" or ".jpeg" => StartsWith(content, [0xFF, 0xD8, 0xFF]),
        ".txt" => !content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0),
        _ => false,
    };

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);
}
