using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Files;
using Microsoft.AspNetCore.Components.Forms;

namespace AdrDesk.Features.Mediation.Files;

/// <summary>Reads a file chosen in the browser, refusing a too large one before reading a byte.</summary>
public static class BrowserUpload
{
    public static async Task<Result<MediationUpload>> ReadAsync(IBrowserFile file, CancellationToken ct = default)
    {
        if (file.Size > MediationFileStore.MaxBytes) return new UploadTooLarge(FileNames.Safe(file.Name), MediationFileStore.MaxBytes);
        await using var stream = file.OpenReadStream(MediationFileStore.MaxBytes, ct);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return new MediationUpload(file.Name, buffer.ToArray());
    }
}
