using System.Text.RegularExpressions;

namespace AdrDesk.Tests.Domain;

/// <summary>style.md 2 and 6: Domain has no EF, ASP.NET, UI or I/O, and reads time only through TimeProvider.</summary>
public class DomainPurityTests
{
    private static readonly string DomainFolder = Path.Combine(RepositoryRoot(), "AdrDesk", "Domain");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdrDesk.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("AdrDesk.sln not found above the test output.");
    }

    [Fact]
    public void Domain_uses_only_System_and_its_own_namespaces()
    {
        var usings = Directory.EnumerateFiles(DomainFolder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => Regex.Match(line, @"^using (static )?(\w+ = )?(?<ns>[\w.]+)"))
            .Where(m => m.Success)
            .Select(m => m.Groups["ns"].Value)
            .Distinct();
        Assert.All(usings, ns => Assert.True(ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("AdrDesk.Domain", StringComparison.Ordinal), ns));
    }

    [Fact]
    public void Domain_reads_no_wall_clock_and_does_no_IO()
    {
        string[] banned = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "DateTime.Today", "File.", "HttpClient", "Console."];
        foreach (var file in Directory.EnumerateFiles(DomainFolder, "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(banned, b => Assert.False(text.Contains(b, StringComparison.Ordinal), $"{Path.GetFileName(file)} uses {b}"));
        }
    }
}
