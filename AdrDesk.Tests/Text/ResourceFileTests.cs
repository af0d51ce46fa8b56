using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Text;

/// <summary>
/// No silent fallback in any text catalogue: a key missing from the English or German file would be read
/// from the Dutch default, and a German file holding the English words says nothing a German reader can use.
/// </summary>
public sealed partial class ResourceFileTests
{
    public static TheoryData<string> Catalogues() => [.. Files().Select(f => f.Base).Distinct().Order()];

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Every_key_is_in_every_language_with_the_same_placeholders(string catalogue)
    {
        var languages = Files().Where(f => f.Base == catalogue).ToDictionary(f => f.Language, f => Read(f.Path));
        Assert.Equal(["de", "en", "nl"], languages.Keys.Order());

        var keys = languages.Values.SelectMany(l => l.Keys).ToHashSet();
        var problems = new List<string>();
        foreach (var key in keys.Order())
        {
            foreach (var (language, texts) in languages)
            {
                if (!texts.TryGetValue(key, out var text)) problems.Add($"{key}: no {language} text");
                else if (string.IsNullOrWhiteSpace(text)) problems.Add($"{key}: empty {language} text");
            }
            var placeholders = languages.Values.Where(l => l.ContainsKey(key)).Select(l => string.Join(",", Placeholders(l[key]))).Distinct().ToList();
            if (placeholders.Count > 1) problems.Add($"{key}: placeholders differ between languages ({string.Join(" / ", placeholders)})");
        }
        Assert.True(problems.Count == 0, catalogue + ":\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void The_German_and_English_texts_are_not_copies_of_each_other(string catalogue)
    {
        var en = Read(Files().Single(f => f.Base == catalogue && f.Language == "en").Path);
        var de = Read(Files().Single(f => f.Base == catalogue && f.Language == "de").Path);

        // One word ("Status", "Webshop", "Mediator") may be the same in both; a sentence may not.
        var copies = en.Where(e => de.TryGetValue(e.Key, out var d) && d == e.Value && Words(e.Value) > 1).Select(e => $"{e.Key}: \"{e.Value}\"").ToList();
        Assert.True(copies.Count == 0, catalogue + ": German text still in English:\n" + string.Join("\n", copies));
    }

    [Fact]
    public void The_check_sees_the_catalogues() =>
        Assert.Contains(Files(), f => f.Base.EndsWith("ErrorResource", StringComparison.Ordinal) && f.Language == "de");

    private sealed record ResourceFile(string Path, string Base, string Language);

    private static IEnumerable<ResourceFile> Files() =>
        Directory.EnumerateFiles(AppHost.AppProjectFolder(), "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p =>
            {
                var relative = Path.GetRelativePath(AppHost.AppProjectFolder(), p);
                var m = ResxName().Match(relative);
                return new ResourceFile(p, m.Groups["base"].Value, m.Groups["lang"].Success ? m.Groups["lang"].Value : "nl");
            });

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static IEnumerable<int> Placeholders(string text) =>
        Placeholder().Matches(text.Replace("{{", "").Replace("}}", "")).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order();

    private static int Words(string text) => WordPattern().Matches(Placeholder().Replace(text, "")).Count;

    [GeneratedRegex(@"^(?<base>.+?)(\.(?<lang>[a-z]{2}))?\.resx$")]
    private static partial Regex ResxName();

    [GeneratedRegex(@"\{(\d+)(?:,[^}]*)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
