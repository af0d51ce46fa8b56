using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AdrDesk.Infrastructure.Data;

namespace AdrDesk.AppSetup;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (issue 19 item 4). Configured by
/// <c>DataProtection:CertificatePath</c> (and <c>DataProtection:CertificatePassword</c>); every server of a scale-out
/// must be given the same file. Without configuration AdrDesk makes one on first start beside the database
/// (<c>keys/dataprotection.pfx</c>, readable by its own user only), so a one-machine desk needs no step; a backup must
/// then keep that file apart from the database copy, or the copy's keys are as open as the file.
/// </summary>
public static class DataProtectionKeyCertificate
{
    public const string Section = "DataProtection";

    public static X509Certificate2 Load(IConfiguration config, IHostEnvironment environment)
    {
        var section = config.GetSection(Section);
        var password = section["CertificatePassword"];
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            var database = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path))!, "keys", "dataprotection.pfx");
            if (!File.Exists(path)) Create(path, password);
        }
        else if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DataProtection:CertificatePath names {path}, which does not exist. Every AdrDesk server needs the same certificate file.", path);
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.Exportable);
    }

    private static void Create(string path, string? password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=AdrDesk Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(30));
        var bytes = certificate.Export(X509ContentType.Pkcs12, password);
        // Written under a temporary name and moved, so two servers starting at once never read half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options))
        {
            file.Write(bytes);
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another process made it first: use theirs
        }
    }
}
