using AdrDesk.Domain.Common;

namespace AdrDesk.Infrastructure.Files;

/// <summary>
/// The row of a document, attachment or scan exists but its file is gone from the disk (a restore without the files, a
/// manual delete): the download answers 404 with this message for staff instead of failing with 500 (issue 19 item 6).
/// </summary>
public sealed record StoredFileMissing(string FileName) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [FileName];
}
