using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Features.Documents.Store;

/// <summary>
/// An issued document: written once, never changed (issue 4, item 3), except that an HTML fallback is replaced by its
/// PDF under the same id (issue 19 item 6). A correction is a new
/// document whose <see cref="SupersedesId"/> points to the version it replaces.
/// </summary>
public sealed class StoredDocument
{
    private StoredDocument() { } // EF Core

    public Guid Id { get; private init; }
    public string CaseNumber { get; private init; } = "";
    public DocumentKind Kind { get; private init; }
    public DocumentLanguage Language { get; private init; }
    public string Title { get; private init; } = "";
    /// <summary>The name a download is offered under, e.g. <c>DD-2026-00042-bindingruling-nl.pdf</c>.</summary>
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    /// <summary>SHA-256 of the bytes, lower-case hex: proves later that a document is the one issued.</summary>
    public string Sha256 { get; private set; } = "";
    public long Size { get; private set; }
    public Guid AuthorId { get; private init; }
    public string AuthorName { get; private init; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public Guid? SupersedesId { get; private init; }
    /// <summary>The random name of the file under the store's folder; never shown, never derived from user input.</summary>
    internal string StorageName { get; private set; } = "";

    /// <summary>
    /// Issue 19 item 6: the issuer stored the print-ready HTML because Chromium failed; <see cref="DocumentReissue"/>
    /// replaces it with the PDF once Chromium works (Cases: DocumentReissue). The content type is the record: issued documents are PDF or this fallback.
    /// </summary>
    public bool IsHtmlFallback => ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The HTML fallback becomes the PDF: same id, case and title; the new file's name, hash and size.</summary>
    internal void ReplaceWithPdf(string sha256, long size, string storageName)
    {
        FileName = Path.ChangeExtension(FileName, ".pdf");
        ContentType = "application/pdf";
        Sha256 = sha256;
        Size = size;
        StorageName = storageName;
    }

    internal static StoredDocument Create(NewDocument document, string sha256, long size, string storageName, DateTimeOffset createdAt) => new()
    {
        Id = document.Id,
        CaseNumber = document.CaseNumber,
        Kind = document.Kind,
        Language = document.Language,
        Title = document.Title,
        FileName = document.FileName,
        ContentType = document.ContentType,
        Sha256 = sha256,
        Size = size,
        AuthorId = document.Author.UserId,
        AuthorName = document.Author.Name,
        CreatedAt = createdAt,
        SupersedesId = document.SupersedesId,
        StorageName = storageName,
    };
}

/// <summary>Who issued a document: the signed-in user, by id and by the name shown at that time.</summary>
public sealed record DocumentAuthor(Guid UserId, string Name);

/// <summary>A document to store. The caller chooses the id, so that retrying an issue cannot store it twice.</summary>
public sealed record NewDocument(
    Guid Id,
    string CaseNumber,
    DocumentKind Kind,
    DocumentLanguage Language,
    string Title,
    string FileName,
    string ContentType,
    byte[] Content,
    DocumentAuthor Author,
    Guid? SupersedesId = null);

/// <summary>A stored document opened for reading; the caller disposes it.</summary>
public sealed record OpenedDocument(StoredDocument Document, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
