using System.Security.Cryptography;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Documents.Store;

/// <summary>
/// Bytes in files under <see cref="DocumentOptions.StorePath"/> (outside wwwroot, random names,
/// created with CreateNew so an existing file is never overwritten), metadata in the database.
/// The file is written first: a row never points to a missing file; a failed insert removes the file.
/// </summary>
public sealed class FileDocumentStore(
    IDbContextFactory<AdrDbContext> dbFactory,
    IOptions<DocumentOptions> options,
    TimeProvider clock,
    ILogger<FileDocumentStore> logger) : IDocumentStore
{
    private readonly string _root = Path.GetFullPath(options.Value.StorePath);

    public async Task<Result<StoredDocument>> SaveAsync(NewDocument document, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var documents = db.Set<StoredDocument>();
        if (await documents.AnyAsync(d => d.Id == document.Id, cancellationToken))
            return new DocumentAlreadyStoredError(document.Id);
        if (document.SupersedesId is { } supersededId && await CheckCorrectionAsync(documents, document, supersededId, cancellationToken) is { } invalid)
            return invalid;

        var storageName = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
        var path = PathOf(storageName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            await file.WriteAsync(document.Content, cancellationToken);

        var stored = StoredDocument.Create(document, Convert.ToHexStringLower(SHA256.HashData(document.Content)),
            document.Content.LongLength, storageName, clock.GetUtcNow());
        documents.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            File.Delete(path);
            if (await IdTakenAsync(document.Id, cancellationToken))
                return new DocumentAlreadyStoredError(document.Id); // lost a race for the same id
            logger.LogError(e, "Document {Id} of case {Case} not stored", document.Id, document.CaseNumber);
            throw;
        }
        return stored;
    }

    public async Task<StoredDocument?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    public async Task<Result<OpenedDocument>> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } document)
            return new DocumentNotFoundError(id);
        // D13: a row without its file is a 404 with a message for staff, not a 500 (issue 19 item 6).
        if (!File.Exists(PathOf(document.StorageName)))
            return new AdrDesk.Infrastructure.Files.StoredFileMissing(document.FileName);
        var content = new FileStream(PathOf(document.StorageName), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        return new OpenedDocument(document, content);
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredDocument>().AsNoTracking()
            .Where(d => d.CaseNumber == caseNumber)
            .OrderByDescending(d => d.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredDocument>> HtmlFallbacksAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredDocument>().AsNoTracking()
            .Where(d => d.ContentType.StartsWith("text/html"))
            .OrderBy(d => d.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<StoredDocument>> ReplaceHtmlFallbackAsync(Guid id, byte[] pdf, Func<AdrDbContext, StoredDocument, Task> alsoInTransaction,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<StoredDocument>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
            return new DocumentNotFoundError(id);
        if (!document.IsHtmlFallback)
            return document;

        // A new file under a new name, as SaveAsync writes: the old one stays until the row points elsewhere.
        var storageName = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.bin";
        var path = PathOf(storageName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            await file.WriteAsync(pdf, cancellationToken);

        var old = document.StorageName;
        document.ReplaceWithPdf(Convert.ToHexStringLower(SHA256.HashData(pdf)), pdf.LongLength, storageName);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await alsoInTransaction(db, document);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        try { File.Delete(PathOf(old)); }
        catch (IOException e) { logger.LogWarning(e, "The HTML file of document {Id} was not deleted", id); }
        return document;
    }

    private static async Task<InvalidCorrectionError?> CheckCorrectionAsync(DbSet<StoredDocument> documents, NewDocument document, Guid supersededId, CancellationToken cancellationToken)
    {
        var superseded = await documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == supersededId, cancellationToken);
        if (superseded is null)
            return new InvalidCorrectionError(supersededId, CorrectionRefusal.NotFound);
        if (superseded.CaseNumber != document.CaseNumber)
            return new InvalidCorrectionError(supersededId, CorrectionRefusal.OtherCase);
        if (await documents.AnyAsync(d => d.SupersedesId == supersededId, cancellationToken))
            return new InvalidCorrectionError(supersededId, CorrectionRefusal.AlreadyCorrected);
        return null;
    }

    private async Task<bool> IdTakenAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredDocument>().AnyAsync(d => d.Id == id, cancellationToken);
    }

    // Two-character folders keep any one directory small over the years of retention (D24).
    private string PathOf(string storageName) => Path.Combine(_root, storageName[..2], storageName);
}
