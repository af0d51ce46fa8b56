using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Documents.Store;

/// <summary>
/// A link to an issued document as a page shows it. Issue 19 item 6: no text promises a PDF that is not there, so a page
/// says "PDF" only when <see cref="IsPdf"/> (an HTML fallback is issued again as PDF by DocumentReissue, same id).
/// </summary>
public sealed record DocumentLink(Guid Id, bool IsPdf)
{
    public static DocumentLink Of(StoredDocument document) => new(document.Id, !document.IsHtmlFallback);
}

/// <summary>Issue 19 item 6: which of a page's documents are still HTML fallbacks, in one query with the page's list (never one per row).</summary>
public static class DocumentFormats
{
    /// <summary>The ids among <paramref name="ids"/> whose stored file is the HTML fallback, not a PDF.</summary>
    public static async Task<IReadOnlySet<Guid>> HtmlFallbacksAmongAsync(this AdrDbContext db, IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new HashSet<Guid>();
        // the same test as StoredDocument.IsHtmlFallback, written for SQL
        var html = await db.Set<StoredDocument>().AsNoTracking()
            .Where(d => wanted.Contains(d.Id) && d.ContentType.StartsWith("text/html"))
            .Select(d => d.Id).ToListAsync(ct);
        return html.ToHashSet();
    }
}
