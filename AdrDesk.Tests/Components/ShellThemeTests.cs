using System.Text.RegularExpressions;
using AdrDesk.Components.Layout;
using Bunit;
using MudBlazor;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 7: the theme travels as a static stylesheet (wwwroot-assets/css/mud-theme.css) instead of
/// MudThemeProvider's &lt;style&gt;, which every circuit built as a string and kept in its render tree. The file is what
/// MudThemeProvider renders for <see cref="DeskTheme"/>; this test fails when the two drift apart (a colour changed in
/// DeskTheme, or a MudBlazor update that renders the theme differently) and writes what the provider renders to
/// TestResults/mud-theme.css, to copy over the file.
/// </summary>
public sealed partial class ShellThemeTests
{
    [Fact]
    public async Task The_static_theme_stylesheet_is_what_MudThemeProvider_renders_for_DeskTheme()
    {
        await using var ctx = ComponentHost.Create();
        var provider = ctx.Render<MudThemeProvider>(p => p.Add(t => t.Theme, DeskTheme.Theme));
        var rendered = string.Join("\n", provider.FindAll("style").Select(s => s.TextContent.Trim()));

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AdrDesk.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var results = Directory.CreateDirectory(Path.Combine(root.FullName, "AdrDesk.Tests", "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(results.FullName, "mud-theme.css"), Header + rendered + "\n");

        Assert.Contains("--mud-palette-primary: rgba(31,78,121,1);", rendered); // DeskTheme.Primary, #1f4e79
        var file = await File.ReadAllTextAsync(Path.Combine(root.FullName, "wwwroot-assets", "css", "mud-theme.css"));
        Assert.True(Normalised(file) == Normalised(rendered),
            "wwwroot-assets/css/mud-theme.css differs from what MudThemeProvider renders for DeskTheme: copy AdrDesk.Tests/TestResults/mud-theme.css over it");
    }

    public const string Header =
        "/* Generated: what MudThemeProvider renders for DeskTheme (issue 16 item 7). Served as a file so that no circuit holds\n" +
        "   the theme; ShellThemeTests fails when DeskTheme and this file disagree and writes the new text to\n" +
        "   AdrDesk.Tests/TestResults/mud-theme.css. Do not edit by hand. */\n";

    // Comments and whitespace do not count; everything else (every property and value) must match.
    private static string Normalised(string css) => Whitespace().Replace(Comment().Replace(css, ""), " ").Trim();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
