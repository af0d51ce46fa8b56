using System.Text.RegularExpressions;
using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// Issue 20 item 4, one term per thing: no document uses a word docs/glossary.md lists as "not" (the ruling's
/// heading once said "webwinkel" where its body said "webshop"), and no document shows a rule code to a party.
/// </summary>
[Collection(DocumentsCollection.Name)]
[Trait("Issue", "20")]
public partial class GlossaryTermTests(DocumentsFixture fixture)
{
    /// <summary>The glossary's "not" column, as whole words.</summary>
    private static readonly string[] NotUsed =
    [
        "webwinkel", "Onlineshop", "Händler", "geschillencommissie", "commissie", "secretariaat", "loket", "Sekretariat",
        "Schiedsspruch", "Prüfer", "Schlichter", "Streitfall", "verweer", "Erwiderung", "Vergleichsvereinbarung", "Vermittlung",
    ];

    [Theory]
    [MemberData(nameof(TemplateCatalog.Offered), MemberType = typeof(TemplateCatalog))]
    public async Task Every_document_uses_the_glossarys_terms_and_no_rule_codes(DocumentKind kind, DocumentLanguage language)
    {
        var html = await TemplateCatalog.For(kind).Render(fixture.Renderer, language);
        Assert.True(html.IsSuccess);
        var body = html.Value.Html[html.Value.Html.IndexOf("<body", StringComparison.Ordinal)..];
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(body, " "));

        var found = NotUsed.Where(word => Regex.IsMatch(text, $@"\b{word}\b", RegexOptions.IgnoreCase)).ToList();
        Assert.True(found.Count == 0, $"{kind} {language} uses {string.Join(", ", found)}");
        Assert.DoesNotMatch(@"\((D|M|B)\d{1,2}[a-j]?\)", text);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
