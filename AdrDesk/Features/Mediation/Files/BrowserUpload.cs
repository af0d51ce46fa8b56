using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Files;
using Microsoft.AspNetCore.Components.Forms;

namespace AdrDesk.Features.Mediation.Files;

/// <summary>Reads a file chosen in the browser, refusing a too large one before reading a byte.</summary>
public static class BrowserUpload
{
    /// <summary>The types a position document or a signed scan may be; the store checks the first bytes again.</summary>
    public const string Accept = ".pdf,.jpg,.jpeg,.png";

    private static readonly HashSet<string> Extensions = new(Accept.Split(','), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Why a chosen file is refused by its size or its name's type, before a byte is read (null: it may be read). The
    /// browser's chooser offers only <see cref="Accept"/>, but a person can pick "all files"; this tells them at once.
    /// </summary>
    public static DomainError? Refusal(IBrowserFile file)
    {
        if (file.Size > MediationFileStore.MaxBytes) return new UploadTooLarge(FileNames.Clean(file.Name), MediationFileStore.MaxBytes);
        if (!Extensions.Contains(Path.GetExtension(file.Name))) return new UploadTypeNotAllowed(FileNames.Clean(file.Name));
        return null;
    }

    public static async Task<Result<MediationUpload>> ReadAsync(IBrowserFile file, CancellationToken ct = default)
    {
        if (file.Size > MediationFileStore.MaxBytes) return new UploadTooLarge(FileNames.Safe(file.Name), MediationFileStore.MaxBytes);
        await using var stream = file.OpenReadStream(MediationFileStore.MaxBytes, ct);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return new MediationUpload(file.Name, buffer.ToArray());
    }
}
