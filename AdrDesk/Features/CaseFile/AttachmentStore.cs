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
            var name = FileNames.Clean(file.FileName);
            if (file.Content.LongLength > CaseFileLimits.MaxFileBytes) return new FileTooLarge(name, CaseFileLimits.MaxFileBytes);
            if (Detect(name, file.Content) is null)
                return CaseFileLimits.AllowedTypes.ContainsKey(Path.GetExtension(name)) ? new FileContentMismatch(name) : new FileTypeNotAllowed(name);
        }
        return Result.Success;
    }

    /// <summary>
    /// What the bytes are, and the name they are kept under: PDF, JPEG or PNG by their first bytes whatever the name says
    /// ("tool.exe" holding a PDF is kept as "tool.pdf"); plain text only under a ".txt" name. Null: not accepted.
    /// </summary>
    public static (string FileName, string ContentType)? Detect(string fileName, byte[] content)
    {
        if (content.Length == 0) return null;
        if (FileSignature.Detect(content.AsSpan(0, Math.Min(content.Length, FileSignature.BytesNeeded))) is { } kind)
            return (FileNames.WithDetectedExtension(fileName, kind.Extension), kind.ContentType);
        var name = FileNames.Clean(fileName);
        return string.Equals(Path.GetExtension(name), ".txt", StringComparison.OrdinalIgnoreCase)
            && !content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0)
            ? (name, "text/plain")
            : null;
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
                var (name, contentType) = Detect(file.FileName, file.Content) ?? throw new InvalidOperationException("Validate first.");
                var storage = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
                // Through a part file: a cancelled request leaves nothing behind (issue 19 item 6).
                await PartialFiles.WriteAsync(PathOf(storage), file.Content, cancellationToken);
                rows.Add(new CaseAttachment
                {
                    Id = Guid.NewGuid(), CaseId = caseId, CaseNumber = caseNumber, OwnerId = ownerId, FileName = name,
                    ContentType = contentType, Size = file.Content.LongLength,
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

    /// <summary>The attachment's bytes, or null when its file is gone from the disk.</summary>
    public Stream? Open(CaseAttachment attachment)
    {
        try
        {
            return new FileStream(PathOf(attachment.StorageName), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The folder the attachments live in (the part-file sweep reads it).</summary>
    public string Root => _root;

    private string PathOf(string storageName) => Path.Combine(_root, storageName[..2], storageName);
}
