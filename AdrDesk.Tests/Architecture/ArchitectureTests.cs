using System.Reflection;
using System.Text.RegularExpressions;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Architecture;

/// <summary>Domain holds the rules; it must not reach into storage, the web stack or the UI (style.md rule 2).</summary>
public sealed partial class ArchitectureTests
{
    private const string Domain = "AdrDesk.Domain";

    private static readonly string[] Forbidden =
    [
        "AdrDesk.Infrastructure", "AdrDesk.Features", "AdrDesk.Components", "AdrDesk.AppSetup",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Radzen",
    ];

    [Fact]
    public void Domain_types_reference_neither_Infrastructure_nor_the_web_stack_nor_the_UI()
    {
        var assembly = typeof(AdrDesk.Security.Roles).Assembly;
        var domainTypes = DependencyScanner.TypesIn(assembly, Domain);

        var violations = DependencyScanner.Scan(assembly, Domain, Forbidden);

        Assert.True(violations.Count == 0, "Domain references:\n" + string.Join("\n", violations.Take(50)));
        // Every Domain type with code had its IL read: the check saw what it found (none while Domain is empty).
        Assert.Equal(TypesWithCode(assembly, Domain), TypesWhoseIlWasRead(assembly, Domain));
    }

    [Fact]
    public void Scanner_reads_the_IL_of_every_type_with_code()
    {
        var assembly = typeof(AdrDesk.Security.Roles).Assembly;
        var withCode = TypesWithCode(assembly, "AdrDesk.Infrastructure");

        Assert.Contains("AdrDesk.Infrastructure.Mail.OutboxDispatcher", withCode);
        Assert.Equal(withCode, TypesWhoseIlWasRead(assembly, "AdrDesk.Infrastructure"));
    }

    private static List<string> TypesWithCode(Assembly assembly, string prefix) =>
        DependencyScanner.TypesIn(assembly, prefix)
            .Where(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)).Any(m => m.GetMethodBody() is not null))
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();

    private static List<string> TypesWhoseIlWasRead(Assembly assembly, string prefix) =>
        DependencyScanner.IlReferences(assembly.Location, prefix).Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).ToList();

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Domain_source_files_do_not_import_Infrastructure_the_web_stack_or_the_UI()
    {
        var offending = new List<string>();
        foreach (var file in DomainSourceFiles())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }
                var names = UsingDirective().Match(line) is { Success: true } u
                    ? [u.Groups["ns"].Value]
                    : QualifiedName().Matches(line).Select(m => m.Value);
                if (names.Any(n => Forbidden.Any(f => DependencyScanner.InNamespace(n, f) || n.StartsWith(f + ".", StringComparison.Ordinal))))
                {
                    offending.Add($"{Path.GetRelativePath(AppHost.AppProjectFolder(), file)}:{i + 1}: {line}");
                }
            }
        }
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    // The checks above pass trivially if the scanner sees nothing; these prove it sees.

    [Fact]
    public void Scanner_finds_references_hidden_in_method_bodies_and_locals()
    {
        var assembly = typeof(ArchitectureTests).Assembly;

        var violations = DependencyScanner.Scan(assembly, "AdrDesk.Tests.Architecture.Samples", Forbidden);

        Assert.Contains(violations, v => v.Type.EndsWith("TypeofInBody", StringComparison.Ordinal) && v.Where.StartsWith("IL", StringComparison.Ordinal) && v.Referenced == "Microsoft.EntityFrameworkCore.DbContext");
        Assert.Contains(violations, v => v.Type.EndsWith("GenericInBody", StringComparison.Ordinal) && v.Referenced == "Radzen.DialogService");
        Assert.Contains(violations, v => v.Type.EndsWith("StaticCallInBody", StringComparison.Ordinal) && v.Referenced.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Type.EndsWith("InSignature", StringComparison.Ordinal) && v.Where.StartsWith("field", StringComparison.Ordinal) && v.Referenced == "AdrDesk.Infrastructure.Mail.OutboxMessage");
        Assert.DoesNotContain(violations, v => v.Type.EndsWith("Clean", StringComparison.Ordinal));
    }

    [Fact]
    public void Scanner_finds_what_Infrastructure_uses_from_EF_Core()
    {
        var assembly = typeof(AdrDesk.Security.Roles).Assembly;

        var violations = DependencyScanner.Scan(assembly, "AdrDesk.Infrastructure.Mail", ["Microsoft.EntityFrameworkCore"]);

        Assert.Contains(violations, v => v.Type.StartsWith("AdrDesk.Infrastructure.Mail.OutboxDispatcher", StringComparison.Ordinal)
            && v.Where.StartsWith("IL", StringComparison.Ordinal)
            && v.Referenced == "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions");
    }

    private static IEnumerable<string> DomainSourceFiles()
    {
        var folder = Path.Combine(AppHost.AppProjectFolder(), "Domain");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories) : [];
    }

    [GeneratedRegex(@"^(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?(?<ns>[\w.]+)\s*;")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])(AdrDesk|Microsoft|Radzen)(\.\w+)+")]
    private static partial Regex QualifiedName();
}
