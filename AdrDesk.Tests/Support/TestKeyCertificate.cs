using AdrDesk.AppSetup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace AdrDesk.Tests.Support;

/// <summary>The Data Protection key certificate every test host of this run shares, made once the way AdrDesk makes its own.</summary>
public static class TestKeyCertificate
{
    private static readonly Lazy<string> Made = new(() =>
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adrdesk-tests", "keys-" + Environment.ProcessId);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = System.IO.Path.Combine(folder, "unused.db"),
        }).Build();
        using var _ = DataProtectionKeyCertificate.Load(config, new HostingEnvironment { EnvironmentName = "Testing" });
        return System.IO.Path.Combine(folder, "keys", "dataprotection.pfx");
    });

    public static string Path => Made.Value;
}
