using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Files;
using Microsoft.AspNetCore.Components.Forms;

namespace AdrDesk.Features.CaseFile;

/// <summary>Reads files chosen in the browser, refusing too many or too large ones before reading a byte.</summary>
public static class UploadReader
{
    public static async Task<Result<IReadOnlyList<UploadedFile>>> ReadAsync(IReadOnlyList<IBrowserFile> files, CancellationToken cancellationToken = default)
    {
        if (files.Count > CaseFileLimits.MaxFiles) return new TooManyFiles(CaseFileLimits.MaxFiles);
        var read = new List<UploadedFile>();
        foreach (var file in files)
        {
            if (file.Size > CaseFileLimits.MaxFileBytes) return new FileTooLarge(FileNames.Safe(file.Name), CaseFileLimits.MaxFileBytes);
            await using var stream = file.OpenReadStream(CaseFileLimits.MaxFileBytes, cancellationToken);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            read.Add(new UploadedFile(file.Name, file.ContentType, buffer.ToArray()));
        }
        return read;
    }
}
